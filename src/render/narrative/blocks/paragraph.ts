import type { Paragraph } from "mdast";

import type { Block } from "../../../model/index.ts";
import { positionOf, text } from "./context.ts";

/** A paragraph of prose, as one text node. */
export function paragraphToMdast(block: Block): Paragraph {
  return { type: "paragraph", children: [text(block.text)], position: positionOf(block) };
}
