/**
 * The pane's look is Fluent's: the Fluent web light theme's tokens (colours, type, radii, strokes) on native elements.
 *
 * Why native elements rather than Fluent UI's web components: the buttons and the progress bar, the only two the pane
 * used, cost 17.5 KB gzipped of the 60 KB the pane may load before it is usable (measured on the production build:
 * taskpane.js 48.9 KB with them, 30.5 KB without), and native ones give Office's users the keyboard, screen-reader and
 * high-contrast behaviour they know. Text inputs and dropdowns were native already, for the same reasons (a
 * fluent-text-input keeps its <input> in a shadow root, where aria-describedby and aria-invalid never reach it).
 */

/** The theme's tokens the pane's stylesheet uses, as one `:root` rule; made by webpack.config.js. */
declare const FLUENT_THEME_CSS: string;

export const themeCss: string = typeof FLUENT_THEME_CSS === "string" ? FLUENT_THEME_CSS : "";
