import type { CaseBlock, HeadingBlock, ParsedBlock } from "../parse/blocks/types.ts";
import { endsCase } from "./case-extent.ts";

/** Where a block sits: its section heading and the case it belongs to. */
export interface Placement {
  readonly block: ParsedBlock;
  readonly section: HeadingBlock | null;
  readonly inCase: CaseBlock | null;
}

/**
 * Walks the blocks in reading order, tracking the current section and the
 * open case; a case stays open until a block that ends it (see endsCase).
 */
export function placeBlocks(blocks: readonly ParsedBlock[]): Placement[] {
  const out: Placement[] = [];
  let section: HeadingBlock | null = null;
  let open: CaseBlock | null = null;
  let last: ParsedBlock | null = null;
  blocks.forEach((block, i) => {
    if (open && endsCase(block, last, blocks[i + 1])) open = null;
    if (block.kind === "heading") section = block;
    if (block.kind === "case") {
      open = block;
      last = null;
      out.push({ block, section, inCase: null });
      return;
    }
    out.push({ block, section, inCase: open });
    if (open) last = block;
  });
  return out;
}
