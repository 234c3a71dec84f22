/** The status line under the pane's buttons: what the pane is doing, or what its last action came to. */
export type StatusKind = "idle" | "working" | "ok" | "failed";

export interface Status {
  readonly kind: StatusKind;
  readonly text: string;
  /** Extra lines under the main message, e.g. which sheets were renamed. */
  readonly details: readonly string[];
  /** 0..1, or undefined for an indeterminate bar while working. */
  readonly progress?: number;
}

export const IDLE: Status = { kind: "idle", text: "", details: [] };

export const ok = (text: string, details: readonly string[] = []): Status => ({ kind: "ok", text, details });

export const failed = (text: string, details: readonly string[] = []): Status => ({ kind: "failed", text, details });

/** Working, with a fraction done (0..1) or none for an indeterminate bar. */
export const working = (text: string, progress?: number): Status => ({ kind: "working", text, details: [], progress });
