import { MAX_QUOTED_LENGTH, safeText } from "../core/safe-text";

/** Quoting outside text is the core's (`core/safe-text.ts`), shared with the functions; the scenario adds values. */
export { MAX_QUOTED_LENGTH, safeText };

/** Any value as a message shows it, without calling its own toString (a file can set that to anything). */
export function describeValue(value: unknown, max = MAX_QUOTED_LENGTH): string {
  if (typeof value === "string") return `"${safeText(value, max)}"`;
  if (typeof value === "number" || typeof value === "boolean" || value === null || value === undefined) {
    return String(value);
  }
  return Array.isArray(value) ? "a list" : "an object";
}
