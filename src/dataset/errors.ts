/**
 * The builder's two kinds of failure, which the command maps to its exit codes: a configuration or argument the user
 * must fix (exit 2) and a source that could not be read or understood (exit 1).
 */

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

export class SourceError extends Error {
  override readonly name = "SourceError";

  constructor(
    /** The URL path of the response, as laid out in an offline directory (e.g. /submissions/CIK0001018724.json). */
    readonly path: string,
    readonly problem: string,
    /** The provider being built, when the failure belongs to one. */
    readonly provider?: string,
  ) {
    super(`${provider === undefined ? "" : `${provider}: `}${path}: ${problem}`);
  }

  /** The same failure, attributed to the provider whose build read it. */
  forProvider(provider: string): SourceError {
    return this.provider === undefined ? new SourceError(this.path, this.problem, provider) : this;
  }
}
