import type { BlockContent } from "mdast";

import type { Block } from "../../../model/index.ts";
import { type BlockContext, positionOf } from "./context.ts";
import { paragraphToMdast } from "./paragraph.ts";

/** A figure caption becomes a `reportFigure` node holding the figure record. */
export function figureToMdast(block: Block, ctx: BlockContext): BlockContent {
  const figure = block.ref ? ctx.figures.get(block.ref) : undefined;
  if (!figure) return paragraphToMdast(block);
  return { type: "reportFigure", figure, position: positionOf(block) };
}
