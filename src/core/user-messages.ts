/**
 * Failures the user is told about (a refresh that failed, a scenario set that cannot be built, a model that could not
 * be replaced) as a key and its parameters, so that each edge says them in its own language: the CLI and the logs in
 * the English below, the task pane through its i18n (src/taskpane/messages-*.ts), which has a text for every key.
 * They live here, at the bottom of the layers, because they arise in the benchmarks, the scenario set and the
 * workbook alike, and the pane must recognise them whichever layer threw.
 */

export interface UserMessageParams {
  readonly duplicateScenarioName: { readonly name: string };
  /** `problems` are the scenario's validation messages, in English (the pane translates them). */
  readonly scenarioDoesNotFit: { readonly name: string; readonly built: string; readonly problems: readonly string[] };
  readonly tooManyScenarios: { readonly max: number; readonly given: number };
  readonly scenarioInvalid: { readonly problems: readonly string[] };
  /** `detail` is Excel's own message, in Excel's language. */
  readonly modelReplaceFailed: { readonly detail: string };
  readonly sheetIsUsers: { readonly name: string };
  readonly refreshBadUrl: { readonly address: string };
  readonly refreshInsecureUrl: { readonly address: string };
  readonly refreshInsecureRedirect: { readonly host: string };
  readonly refreshHttp: { readonly host: string; readonly status: string };
  /** `type` is null when the server sent none. */
  readonly refreshContentType: { readonly host: string; readonly type: string | null };
  readonly refreshTimeout: { readonly host: string; readonly seconds: number };
  readonly refreshOversize: { readonly host: string; readonly kilobytes: number };
  readonly refreshOffline: { readonly host: string };
  readonly refreshInvalidJson: { readonly host: string };
  /**
   * `problem` is the schema's "where: what" in English; `where` its path alone ("figures[0].value", "" for the whole
   * dataset), for a language that has no words for the schema's rules.
   */
  readonly refreshSchema: { readonly host: string; readonly problem: string; readonly where: string };
  readonly refreshFutureDate: { readonly host: string; readonly asOf: string };
}

export type UserMessageKey = keyof UserMessageParams;

/** One message: its key and that key's parameters. */
export type UserMessage = {
  readonly [K in UserMessageKey]: { readonly key: K; readonly params: UserMessageParams[K] };
}[UserMessageKey];

/** A text for every key: a language's messages (the compiler holds each language to every key). */
export type UserMessageTexts = { readonly [K in UserMessageKey]: (params: UserMessageParams[K]) => string };

export const USER_MESSAGES_EN: UserMessageTexts = {
  duplicateScenarioName: (p) => `Two scenarios are named "${p.name}"; give each its own name.`,
  scenarioDoesNotFit: (p) =>
    `Scenario "${p.name}" cannot sit beside "${p.built}" (same timeline and trials): ${p.problems.join(" ")}`,
  tooManyScenarios: (p) => `A workbook carries at most ${p.max} scenarios side by side; ${p.given} were given.`,
  scenarioInvalid: (p) => `The scenario cannot be modelled: ${p.problems.join(" ")}`,
  modelReplaceFailed: (p) => `Replacing the previous model failed part-way (${p.detail}); build again to repair it.`,
  sheetIsUsers: (p) => `A sheet named "${p.name}" is the user's, not the model's.`,
  refreshBadUrl: (p) => `The benchmark address "${p.address}" is not a valid web address.`,
  refreshInsecureUrl: (p) => `The benchmark address ${p.address} was refused because only https is allowed.`,
  refreshInsecureRedirect: (p) =>
    `The benchmark server ${p.host} redirected to an address that is not https; the download was refused.`,
  refreshHttp: (p) => `The benchmark server ${p.host} answered with HTTP ${p.status}.`,
  refreshContentType: (p) =>
    `The benchmark server ${p.host} sent ${p.type === null ? "no content type" : `"${p.type}"`} instead of ` +
    "application/json.",
  refreshTimeout: (p) =>
    `The benchmark download from ${p.host} was stopped after ${p.seconds} seconds without a complete answer.`,
  refreshOversize: (p) => `The benchmark data from ${p.host} is larger than the limit of ${p.kilobytes} KB.`,
  refreshOffline: (p) =>
    `The benchmark data could not be downloaded from ${p.host} because the network is unavailable or the server did ` +
    "not answer.",
  refreshInvalidJson: (p) => `The benchmark data from ${p.host} is not valid JSON.`,
  refreshSchema: (p) =>
    `The benchmark data from ${p.host} does not match the dataset format (first problem: ${p.problem}).`,
  refreshFutureDate: (p) => `The benchmark data from ${p.host} is dated ${p.asOf}, in the future; it was refused.`,
};

/** `message` in the language of `texts`. */
export function userMessageText(texts: UserMessageTexts, message: UserMessage): string {
  // The key picks the function of the same key, whose parameter type is that key's: TypeScript cannot see the pairing.
  const say = texts[message.key] as (params: UserMessage["params"]) => string;
  return say(message.params);
}

/** A failure the user is told about: `message` is the English text (for the CLI, logs and tests), `user` the key. */
export class UserFacingError extends Error {
  constructor(
    readonly user: UserMessage,
    options?: { cause?: unknown },
  ) {
    super(userMessageText(USER_MESSAGES_EN, user), options);
    this.name = "UserFacingError";
  }
}
