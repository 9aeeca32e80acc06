import type { Paragraph } from "mdast";

import type { Block } from "../../../model/index.ts";
import { positionOf, text } from "./context.ts";

/** A footnote or source note: a paragraph marked as a note. */
export function noteToMdast(block: Block): Paragraph {
  return {
    type: "paragraph",
    children: [text(block.text)],
    position: positionOf(block),
    data: { hProperties: { className: ["note"] } },
  };
}
