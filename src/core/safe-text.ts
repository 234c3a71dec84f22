/**
 * Text from outside (a file, an option, a field name, a cell's argument) as a message may quote it: short, on one line, and without
 * anything a terminal or a log would act on. A message must never be longer than what it reports on, nor run escape
 * codes ("\u001b[2J" clears a terminal), nor break a line where the reader expects one.
 */

/** How many characters of outside text a message quotes. */
export const MAX_QUOTED_LENGTH = 60;

// C0 and C1 controls (escape codes among them), bidirectional overrides and isolates (which reorder what follows),
// line and paragraph separators, and lone surrogates.
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeOne(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** `text` made safe to show: unsafe characters as \uXXXX, cut to `max` characters with "…" where it was longer. */
export function safeText(text: string, max = MAX_QUOTED_LENGTH): string {
  const head = text.length > max ? text.slice(0, max) : text;
  // Cutting may split a surrogate pair; the lone half is then escaped like any other.
  const shown = head.replace(UNSAFE, escapeOne);
  return text.length > max ? `${shown}…` : shown;
}

/**
 * `text` cut to at most `max` characters in all ("…" marks a cut) with each unsafe character replaced by U+FFFD, one
 * for one, so that the length holds: for a message with a hard limit (an Excel error's), where escaping would lengthen
 * it. Cutting first may split a surrogate pair; the lone half is then replaced like any other.
 */
export function boundedText(text: string, max: number): string {
  const head = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return head.replace(UNSAFE, "\ufffd");
}
