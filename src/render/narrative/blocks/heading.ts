import type { BlockContent, Heading as MdastHeading } from "mdast";

import type { Block, Heading } from "../../../model/index.ts";
import { type BlockContext, numberedTitle, positionOf } from "./context.ts";
import { paragraphToMdast } from "./paragraph.ts";

/** Report level 1 is `<h2>`: the page title is the only `<h1>`. */
export function headingDepth(level: number): MdastHeading["depth"] {
  return Math.min(6, Math.max(2, level + 1)) as MdastHeading["depth"];
}

/**
 * The number as printed (`一、`, `1.2`, `（一）`) when the block's text is the
 * number followed by the title; otherwise the normalised number.
 */
export function printedNumber(text: string, heading: Heading): string | null {
  const trimmed = text.trim();
  if (heading.number === null || !trimmed.endsWith(heading.title)) return heading.number;
  const prefix = trimmed.slice(0, trimmed.length - heading.title.length).trim();
  return prefix === "" ? heading.number : prefix;
}

/** A section heading carrying its record id (`sec-1-2`) for the anchors plugin. */
export function headingToMdast(block: Block, ctx: BlockContext): BlockContent {
  const heading = block.ref ? ctx.headings.get(block.ref) : undefined;
  if (!heading) return paragraphToMdast(block);
  return {
    type: "heading",
    depth: headingDepth(heading.level),
    children: numberedTitle(printedNumber(block.text, heading), heading.title),
    position: positionOf(block),
    data: { hProperties: { dataRef: heading.id } },
  };
}
