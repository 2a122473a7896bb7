// Builds DOM elements from data without ever parsing it as HTML: every string becomes a text node.

/** Children accepted by `h`: strings become text nodes, null/false are skipped. */
export type Child = Node | string | number | null | undefined | false;

/** Element properties `h` knows how to set; attributes are set with setAttribute (never as HTML). */
export interface Props {
  class?: string;
  attrs?: Record<string, string>;
  dataset?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

/** Creates `<tag>` with the given props and children; untrusted text is only ever a text node. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) el.setAttribute(name, value);
  for (const [name, value] of Object.entries(props.dataset ?? {})) el.dataset[name] = value;
  for (const [type, fn] of Object.entries(props.on ?? {})) el.addEventListener(type, fn as EventListener);
  append(el, ...children);
  return el;
}

/** Appends children to a node, turning strings into text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

/** Removes every child of a node. */
export function clear(el: Node): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Returns the URL when it is http(s), else null: `javascript:` and friends never reach an href. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url, "http://invalid.example/");
    if (parsed.host === "invalid.example") return null;
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** An external link that opens in a new tab without giving the target a handle on this page. */
export function externalLink(url: string | null | undefined, text: string): HTMLElement {
  const href = safeUrl(url);
  if (!href) return h("span", { class: "no-link" }, text);
  return h("a", { attrs: { href, target: "_blank", rel: "noopener noreferrer" } }, text);
}
