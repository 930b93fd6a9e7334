// Building DOM nodes safely. Every string that can come from a report goes in as text (textContent or
// setAttribute on a short allow-list), never as markup: nothing here parses HTML.

const SAFE_ATTRS = new Set([
  "class", "id", "title", "dir", "lang", "role", "tabindex", "type", "value", "name", "for", "hidden",
  "datetime", "aria-label", "aria-selected", "aria-expanded", "aria-controls", "aria-pressed",
  "data-testid", "data-id", "data-a", "data-b", "data-index",
]);

/**
 * Create an element: el("p", {class: "x", text: "hello"}, child, ...).
 * `text` becomes textContent; other keys must be allow-listed attributes (href goes through safeUrl).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "text") node.textContent = String(value);
    else if (key === "href") {
      const url = safeUrl(value);
      if (url) node.setAttribute("href", url);
    } else if (SAFE_ATTRS.has(key)) node.setAttribute(key, value === true ? "" : String(value));
    else throw new Error(`attribute not allowed: ${key}`);
  }
  for (const child of children) append(node, child);
  return node;
}

/** Append children: nodes as they are, strings as text nodes, arrays flattened, nullish skipped. */
export function append(node, child) {
  if (child === undefined || child === null || child === false) return node;
  if (Array.isArray(child)) child.forEach((c) => append(node, c));
  else if (child instanceof Node) node.appendChild(child);
  else node.appendChild(document.createTextNode(String(child)));
  return node;
}

/** Remove every child of a node. */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** Return the URL if it is absolute http(s) (or same-site), else null: no javascript: or data: links. */
export function safeUrl(value) {
  if (typeof value !== "string" || value === "") return null;
  try {
    const url = new URL(value, window.location.origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** Create an SVG element with numeric or string attributes (no text from reports goes in attributes). */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "text") node.textContent = String(value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children) append(node, child);
  return node;
}

const RTL_LANGS = new Set(["ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv", "sd", "ug"]);

/** The dir attribute for a text in a language: rtl for right-to-left languages, else auto-detect. */
export function dirFor(lang) {
  const base = (lang || "").toLowerCase().split(/[-_]/)[0];
  return RTL_LANGS.has(base) ? "rtl" : "auto";
}
