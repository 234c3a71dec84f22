/**
 * The Fluent UI web components the pane uses, each from its own entry point so that the bundle carries only these
 * (webpack.config.js lists the same names to cut the theme down to their tokens).
 *
 * Text inputs and the preset/profile dropdowns stay native elements styled with the Fluent tokens:
 * - fluent-text-input keeps its <input> in a shadow root, so aria-describedby (unit, help, inline error),
 *   aria-invalid and inputmode set on the host never reach it, and screen readers would lose the field's unit and
 *   its error message; it would also add about 2.7 KB gzipped.
 * - fluent-dropdown is a listbox pattern of its own (about 7.5 KB gzipped with option and listbox) where a native <select>
 *   already gives Office's users the keyboard, screen-reader and high-contrast behaviour they know, and the pane has
 *   no room for it within its 60 KB budget.
 */
import "@fluentui/web-components/button/define.js";
import "@fluentui/web-components/progress-bar/define.js";

/** The Fluent web light theme's tokens the pane uses, as one `:root` rule; made by webpack.config.js. */
declare const FLUENT_THEME_CSS: string;

export const themeCss: string = typeof FLUENT_THEME_CSS === "string" ? FLUENT_THEME_CSS : "";
