/** An XML element holding either text or child elements. */
export type XmlNode =
  | { name: string; text: string }
  | { name: string; attributes?: Readonly<Record<string, string>>; children: XmlNode[] };

/** Characters XML 1.0 cannot hold at all (not even as character references). */
export const XML_INVALID_CHARS =
  // eslint-disable-next-line no-control-regex -- the characters XML forbids are control characters
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes the characters XML 1.0 cannot hold; returns the text and how many were removed. */
export function withoutInvalidChars(text: string): { text: string; removed: number } {
  let removed = 0;
  const cleaned = text.replace(XML_INVALID_CHARS, () => {
    removed++;
    return '';
  });
  return { text: cleaned, removed };
}

/**
 * Escapes element text: `&`, `<`, `>` as entities, and carriage returns as `&#13;` so that XML readers (which
 * turn CR and CRLF into LF) give back exactly the text. Characters XML cannot hold are dropped.
 */
export function escapeXmlText(text: string): string {
  return text
    .replace(XML_INVALID_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

function escapeAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** An element with children; `undefined` children (absent data) are left out. */
export function element(
  name: string,
  ...children: Array<XmlNode | undefined | ReadonlyArray<XmlNode | undefined>>
): XmlNode {
  const list: XmlNode[] = [];
  for (const child of children.flat()) if (child) list.push(child);
  return { name, children: list };
}

/** A text element, or undefined when there is no text. */
export function leaf(name: string, text: string | undefined): XmlNode | undefined {
  return text === undefined ? undefined : { name, text };
}

/** The upload's `TextBlock`: `<name><textblock>text</textblock></name>`. */
export function textBlock(name: string, text: string | undefined): XmlNode | undefined {
  return text === undefined ? undefined : { name, children: [{ name: 'textblock', text }] };
}

/** Whether an element has any content. */
export function isEmpty(node: XmlNode): boolean {
  return 'children' in node && node.children.length === 0;
}

function write(node: XmlNode, depth: number, out: string[]): void {
  const indent = '  '.repeat(depth);
  if ('text' in node) {
    out.push(`${indent}<${node.name}>${escapeXmlText(node.text)}</${node.name}>`);
    return;
  }
  const attributes = Object.entries(node.attributes ?? {})
    .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
    .join('');
  if (!node.children.length) {
    out.push(`${indent}<${node.name}${attributes}/>`);
    return;
  }
  out.push(`${indent}<${node.name}${attributes}>`);
  for (const child of node.children) write(child, depth + 1, out);
  out.push(`${indent}</${node.name}>`);
}

/** An XML document (UTF-8 declaration, two-space indentation, text kept exactly), ending with a newline. */
export function serializeXml(root: XmlNode): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, 0, out);
  return `${out.join('\n')}\n`;
}
