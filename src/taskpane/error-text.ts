import { UserFacingError, userMessageText, type UserMessage } from "../core/user-messages";
import { localizeScenarioMessage } from "../scenario/scenario-messages";
import type { Locale } from "./i18n";
import { DatasetUnavailableError, messageOf, type RefreshFailure } from "./seam";

/**
 * The one boundary where a failure becomes the pane's text. A failure with a key (src/core/user-messages.ts: the
 * benchmarks' refresh, the scenario set, the workbook's build) is said in the pane's language, the scenario problems
 * inside it too; anything else (Excel's own message, which Excel gives in its language, or a fault of the add-in) is
 * shown as it came.
 */

/** `user` in the pane's language. */
export function userText(user: UserMessage, locale: Locale): string {
  const local = (problems: readonly string[]) => problems.map((p) => localizeScenarioMessage(p, locale.language));
  const message: UserMessage =
    user.key === "scenarioDoesNotFit" || user.key === "scenarioInvalid"
      ? ({ key: user.key, params: { ...user.params, problems: local(user.params.problems) } } as UserMessage)
      : user;
  return userMessageText(locale.text.failures, message);
}

/** What the pane says for a thrown failure. */
export function errorText(error: unknown, locale: Locale): string {
  if (error instanceof DatasetUnavailableError) return locale.text.datasetUnavailable;
  if (error instanceof UserFacingError) return userText(error.user, locale);
  return messageOf(error);
}

/** What the pane says for a refresh or preview that failed. */
export function refreshFailureText(failure: RefreshFailure, locale: Locale): string {
  return failure.user === undefined ? failure.message : userText(failure.user, locale);
}
