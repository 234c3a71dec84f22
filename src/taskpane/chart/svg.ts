/** Small helpers for SVG markup built as text: every piece of text goes through `esc`, every number through `n`. */

export function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A coordinate with at most one decimal: short markup, and never "NaN" (a non-finite number draws at 0). */
export function n(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 10) / 10) : "0";
}

/**
 * An accessible picture: role="img" with the text alternative as its accessible name, so that a screen reader
 * reads the sentence and skips the shapes; the visible title is the figure's caption.
 */
export function figure(className: string, caption: string, alternative: string, body: string, height: number): string {
  return (
    `<figure class="cc-chart ${className}"><figcaption>${esc(caption)}</figcaption>` +
    `<svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${esc(alternative)}" focusable="false">` +
    `<title>${esc(alternative)}</title>${body}</svg></figure>`
  );
}

export const WIDTH = 300;

/**
 * Colours from the pane's tokens where it has them; in forced-colors (high contrast) mode every shape takes a
 * system colour, so the picture stays readable in any theme.
 */
export const CHART_STYLE =
  "<style>" +
  ".cc-chart{margin:8px 0 0}.cc-chart figcaption{font-weight:600;font-size:12px}" +
  ".cc-chart svg{width:100%;height:auto;font-size:10px;color:inherit}" +
  ".cc-neg{fill:#c50f1f}.cc-pos{fill:#107c10}.cc-assumed{fill:#0f6cbd}.cc-needed{fill:#8a8886}" +
  ".cc-axis{stroke:currentColor;stroke-width:1}.cc-mark{stroke:currentColor;stroke-width:1.5;stroke-dasharray:4 3}" +
  ".cc-chart text{fill:currentColor}" +
  "@media (forced-colors:active){.cc-neg,.cc-needed{fill:CanvasText}.cc-pos,.cc-assumed{fill:Highlight}" +
  ".cc-axis,.cc-mark{stroke:CanvasText}.cc-chart text{fill:CanvasText}}" +
  "</style>";
