import "./nodes.ts";

import type { BlockContent, Root } from "mdast";

import type { Block, Report } from "../../model/index.ts";
import { type BlockContext, blockContext } from "./blocks/context.ts";
import { blockHandlers } from "./blocks/index.ts";
import type { ReportCase } from "./nodes.ts";

/** The case a block belongs to: its own `caseId`, or the case a marker block stands for. */
export function caseIdOf(block: Block): string | null {
  return block.caseId ?? (block.kind === "case" ? block.ref : null);
}

/** The body blocks of one case, in reading order, without its marker (title) block. */
export function caseBody(report: Report, caseId: string): Block[] {
  return report.body.filter((b) => caseIdOf(b) === caseId && !(b.kind === "case" && b.ref === caseId));
}

/** Some blocks as a flat mdast tree (no case grouping): the body of a case page. */
export function blocksToFlatMdast(report: Report, blocks: readonly Block[]): Root {
  const ctx = blockContext(report);
  return { type: "root", children: blocks.map((b) => blockHandlers[b.kind](b, ctx)) };
}

/**
 * Builds the narrative mdast tree from a report's body blocks, in reading order.
 * Consecutive blocks of one case are wrapped in a `reportCase` node.
 */
export function blocksToMdast(report: Report): Root {
  const ctx: BlockContext = blockContext(report);
  const children: BlockContent[] = [];
  let open: ReportCase | null = null;
  for (const block of report.body) {
    const node = blockHandlers[block.kind](block, ctx);
    const id = caseIdOf(block);
    const item = id ? ctx.cases.get(id) : undefined;
    if (!item) {
      open = null;
      children.push(node);
      continue;
    }
    if (open?.case.id !== item.id) {
      open = { type: "reportCase", case: item, children: [] };
      children.push(open);
    }
    open.children.push(node);
  }
  return { type: "root", children };
}
