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

/** A Fluent button; its text is its accessible name. */
export function fluentButton(attributes: Attributes, label: string): HTMLElement {
  const button = document.createElement("fluent-button");
  for (const [name, value] of Object.entries(attributes)) button.setAttribute(name, value);
  button.append(label);
  return button;
}

/** A part of the view: its nodes, built once, and how it follows the state. */
export interface ViewPart<S> {
  readonly nodes: readonly Node[];
  readonly render: (state: S) => void;
}
