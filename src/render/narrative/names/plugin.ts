import type { Element, ElementContent, Root as HastRoot } from "hast";
import type { Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import type { VFile } from "vfile";

import { type NameIndex, type NamePiece, splitNames } from "./find.ts";

declare module "vfile" {
  interface DataMap {
    /** The school names to link (see `remarkNameLinks`, `rehypeCellNameLinks`). */
    nameLinks: NameIndex;
  }
}

/**
 * The tooltip a linked name needs: the school's full name when the text prints a shorter or other
 * form; none when the text is that name (a title repeating the link text tells nothing, and on a long
 * report it weighs ~10 KB).
 */
function tooltip(text: string, fullName: string): string | null {
  return text === fullName ? null : fullName;
}

function toMdast(piece: NamePiece): PhrasingContent {
  if (!("target" in piece)) return { type: "text", value: piece.text };
  const { url, title } = piece.target;
  return { type: "link", url, title: tooltip(piece.text, title), children: [{ type: "text", value: piece.text }] };
}

/**
 * Links the first mention of each name in a paragraph. Only plain text nodes directly in the paragraph
 * are touched: never a link's text (cross-references are linked first), a number label (a text node
 * with `data`), a heading or a table.
 */
export function linkParagraphNames(node: Paragraph, index: NameIndex): void {
  const seen = new Set<string>();
  node.children = node.children.flatMap((child) =>
    child.type !== "text" || child.data ? [child] : splitNames(child.value, index, seen).map(toMdast),
  );
}

function visit(nodes: readonly RootContent[], index: NameIndex): void {
  for (const node of nodes) {
    if (node.type === "paragraph") linkParagraphNames(node, index);
    else if (node.type === "reportCase") visit(node.children, index);
  }
}

/** remark plugin: `linkParagraphNames` on every paragraph (cases included); without `file.data.nameLinks` it does nothing. */
export function remarkNameLinks() {
  return (tree: Root, file: VFile): void => {
    const index = file.data.nameLinks;
    if (index) visit(tree.children, index);
  };
}

function toHast(piece: NamePiece): ElementContent {
  if (!("target" in piece)) return { type: "text", value: piece.text };
  const { url, title } = piece.target;
  const named = tooltip(piece.text, title);
  return {
    type: "element",
    tagName: "a",
    properties: named === null ? { href: url } : { href: url, title: named },
    children: [{ type: "text", value: piece.text }],
  };
}

/** Links the first mention of each name in a table cell (its own text children only). */
export function linkCellNames(cell: Element, index: NameIndex): void {
  const seen = new Set<string>();
  cell.children = cell.children.flatMap((child) =>
    child.type === "text" ? splitNames(child.value, index, seen).map(toHast) : [child],
  );
}

function eachCell(node: HastRoot | Element, fn: (cell: Element) => void): void {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (child.tagName === "td") fn(child);
    else eachCell(child, fn);
  }
}

/**
 * rehype plugin: links school names in data cells (`<td>`), as tables print them (a school column).
 * Run it after rehype-sanitize: the links it adds are ours. Without `file.data.nameLinks` it does nothing.
 */
export function rehypeCellNameLinks() {
  return (tree: HastRoot, file: VFile): void => {
    const index = file.data.nameLinks;
    if (index) eachCell(tree, (cell) => linkCellNames(cell, index));
  };
}
