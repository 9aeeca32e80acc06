import type { BlockContent, PhrasingContent, Text } from "mdast";
import type { Position } from "unist";

import type { Block, Case, Figure, Heading, Report, Table } from "../../../model/index.ts";

/** The records a block may refer to, by id. */
export interface BlockContext {
  readonly headings: ReadonlyMap<string, Heading>;
  readonly tables: ReadonlyMap<string, Table>;
  readonly figures: ReadonlyMap<string, Figure>;
  readonly cases: ReadonlyMap<string, Case>;
}

/** Turns one body block into one mdast node. */
export type BlockToMdast = (block: Block, ctx: BlockContext) => BlockContent;

/** Indexes a report's records by id for the block handlers. */
export function blockContext(report: Report): BlockContext {
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]));
  return {
    headings: byId(report.headings),
    tables: byId(report.tables),
    figures: byId(report.figures),
    cases: byId(report.cases),
  };
}

/** The block's source lines as a unist position (columns unknown, so 1). */
export function positionOf(block: Block): Position {
  return { start: { line: block.line, column: 1 }, end: { line: block.endLine, column: 1 } };
}

/** A plain text node: the text is data, never parsed as markdown or HTML. */
export function text(value: string): Text {
  return { type: "text", value };
}

/** The visible number of an item (`表1-2`, `1.2`), which the anchors plugin turns into a self-link. */
export function numberLabel(label: string): Text {
  return { type: "text", value: label, data: { hName: "span", hProperties: { className: ["num"] } } };
}

/** A label ending in punctuation (`一、`, `（一）`, `1.`) needs no space before the title. */
export function titleSeparator(label: string): string {
  return /[、.．）)：:]$/.test(label) ? "" : " ";
}

/** `[number] title` as phrasing content; no number span when there is no number. */
export function numberedTitle(label: string | null, title: string): PhrasingContent[] {
  return label ? [numberLabel(label), text(`${titleSeparator(label)}${title}`)] : [text(title)];
}
