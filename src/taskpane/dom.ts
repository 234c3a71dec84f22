/** Small DOM builders for the pane's view. */
export type Attributes = Record<string, string>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * A native button in the Fluent look (taskpane.css draws it with the theme's tokens); its text is its accessible name.
 * `primary` gives the brand colour. A busy button (`setBusy`) stays focusable, announced as unavailable, and ignores
 * clicks and Enter, so that keyboard focus stays where it was during a build.
 */
export function pushButton(attributes: Attributes, label: string, primary = false): HTMLButtonElement {
  const button = el("button", { ...attributes, class: primary ? "button primary" : "button" }, label);
  // Registered first, so it runs before any action listener; a submit button must not submit either.
  button.addEventListener("click", (event) => {
    if (button.getAttribute("aria-disabled") !== "true") return;
    event.preventDefault();
    event.stopImmediatePropagation();
  });
  return button;
}

/** Switches a button off while the pane is busy, without taking it out of the tab order. */
export function setBusy(button: HTMLElement, busy: boolean): void {
  if (busy) button.setAttribute("aria-disabled", "true");
  else button.removeAttribute("aria-disabled");
}

/** A part of the view: its nodes, built once, and how it follows the state. */
export interface ViewPart<S> {
  readonly nodes: readonly Node[];
  readonly render: (state: S) => void;
}
