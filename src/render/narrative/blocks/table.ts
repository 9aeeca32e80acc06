import type { BlockContent } from "mdast";

import type { Block } from "../../../model/index.ts";
import { type BlockContext, positionOf } from "./context.ts";
import { paragraphToMdast } from "./paragraph.ts";

/** A table reference becomes a `reportTable` node holding the table record. */
export function tableToMdast(block: Block, ctx: BlockContext): BlockContent {
  const table = block.ref ? ctx.tables.get(block.ref) : undefined;
  if (!table) return paragraphToMdast(block);
  return { type: "reportTable", table, position: positionOf(block) };
}
