import type { BlockContent } from "mdast";

import type { Block, Case } from "../../../model/index.ts";
import { type BlockContext, numberLabel, positionOf, text, titleSeparator } from "./context.ts";
import { paragraphToMdast } from "./paragraph.ts";

/** How a case is labelled on the page: `案例2-1`, or the bare marker word when unnumbered. */
export function caseLabel(item: Case): string {
  return item.number ? `${item.label}${item.number}` : item.label;
}

/**
 * The marker line of a case becomes its title, the title linking to the case's own page;
 * the case region itself is built by the grouping step.
 */
export function caseToMdast(block: Block, ctx: BlockContext): BlockContent {
  const item = block.ref ? ctx.cases.get(block.ref) : undefined;
  if (!item) return paragraphToMdast(block);
  const label = caseLabel(item);
  return {
    type: "paragraph",
    children: [
      numberLabel(label),
      text(titleSeparator(label)),
      { type: "link", url: item.url, children: [text(item.title)] },
    ],
    position: positionOf(block),
    data: { hProperties: { className: ["case-title"] } },
  };
}
