/** A child for {@link h}: a node, text, or nothing (so conditions can sit inline). */
export type Child = Node | string | null | undefined | false;

/** Attributes for {@link h}: `true` sets a bare attribute, `false` or `undefined` leaves it off. */
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * Makes an element with attributes and children: text is always text (never
 * parsed as HTML), so only {@link trustedHtml} ever sets markup.
 * @example
 * h('button', { type: 'button', class: 'button' }, 'Continue');
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/**
 * A container holding HTML the laptop made from the scenario's Markdown
 * (raw HTML in the Markdown is dropped there, so this is not user input).
 * @example
 * trustedHtml('<p>Mia is in Year 4.</p>', 'prose');
 */
export function trustedHtml(html: string, className: string): HTMLDivElement {
  const container = h('div', { class: className });
  container.innerHTML = html;
  return container;
}
