import { safeText } from "../scenario/quote";

/**
 * What the command-line tools print about what the user gave them (an option's value, a file's name, a message that
 * quotes either): through the one quoting helper (`safeText`), so that a hostile argument is echoed short and with its
 * escape codes, bidi overrides and line breaks shown as \uXXXX instead of acted on by the terminal.
 */

/** The longest line a tool prints about one failure: a scenario's problems, one per field, fit with room to spare. */
export const MAX_MESSAGE_LINE = 4000;

/** Outside text quoted inside a message: short, in double quotes. */
export function quoted(text: string): string {
  return `"${safeText(text)}"`;
}

/** How much of a path a message shows: a deep temporary folder's file name must still be in it. */
export const MAX_PATH_SHOWN = 300;

/** A file's path inside a message, unquoted as the tools have always shown paths, but safe and bounded. */
export function shownPath(path: string): string {
  return safeText(path, MAX_PATH_SHOWN);
}

/**
 * A whole line as printed: the last guard for messages built from text the tool does not control (a parser's error
 * that repeats the argument, a server's words in a source error), bounded and on one line.
 */
export function messageLine(line: string): string {
  return safeText(line.replace(/\s*\n\s*/g, " "), MAX_MESSAGE_LINE);
}

/**
 * The options parser's refusal as one line: node:util's parseArgs repeats the offending argument (twice, in its hint),
 * so the whole message, hint included, is bounded. Its errors come from Node's own realm, where `instanceof Error`
 * may not hold (as under Jest).
 */
export function parserMessage(error: unknown): string {
  const raw = (error as { message?: unknown } | null)?.message;
  const message = typeof raw === "string" ? raw.replace(/\s*\n\s*/g, " ") : "cannot read the options";
  return safeText(message, 300);
}
