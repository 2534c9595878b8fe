/// <reference lib="dom" />
/**
 * A tiny helper to build the page's elements. Text always goes in as text (textContent), never as
 * HTML, so nothing a practice or a link holds can become markup.
 */
type Attributes = Record<string, string | boolean | undefined>
type Child = Node | string | undefined | false

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue
    element.setAttribute(name, value === true ? '' : value)
  }
  for (const child of children) {
    if (child === undefined || child === false) continue
    element.append(typeof child === 'string' ? document.createTextNode(child) : child)
  }
  return element
}

/** Replaces what an element holds. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(...children.filter((child): child is Node | string => Boolean(child)))
}

/** Waits for one click on any of the buttons; resolves with the one clicked. */
export function choice<T extends HTMLElement>(buttons: readonly T[]): Promise<T> {
  return new Promise((resolve) => {
    const done = (button: T) => () => {
      for (const other of buttons) other.removeEventListener('click', handlers.get(other)!)
      resolve(button)
    }
    const handlers = new Map(buttons.map((button) => [button, done(button)]))
    for (const button of buttons) button.addEventListener('click', handlers.get(button)!)
  })
}
