import { type Finding, finding, type Heading } from "../model/index.ts";
import type { HeadingBlock, ParsedBlock } from "../parse/blocks/types.ts";
import { IdPool } from "./ids.ts";

interface Placed {
  readonly block: HeadingBlock;
  readonly path: string[];
  readonly id: string;
}

/** The numeric path of a heading: its own number under its parent's, e.g. 二 → （一） → 1. gives 2-1-1. */
function pathOf(block: HeadingBlock, parent: Placed | undefined, unnumbered: number): string[] {
  const c = block.candidate;
  if (!c) return [`u${unnumbered}`];
  const own = c.parts.map(String);
  if (c.style === "dotted" && (!parent || parent.block.candidate?.style === "dotted") && c.parts.length > 1) return own;
  if (c.style === "dotted" && !parent) return own;
  return [...(parent?.path ?? []), ...own];
}

/**
 * Heading records with ids from the report's own numbering (`sec-1-2-1`;
 * unnumbered ones `sec-u1`), so that they never depend on other reports.
 */
export function extractHeadings(blocks: readonly ParsedBlock[]): {
  headings: Heading[];
  idOf: Map<HeadingBlock, string>;
  findings: Finding[];
} {
  const pool = new IdPool();
  const stack: Placed[] = [];
  const headings: Heading[] = [];
  const idOf = new Map<HeadingBlock, string>();
  const findings: Finding[] = [];
  let unnumbered = 0;
  for (const block of blocks) {
    if (block.kind !== "heading") continue;
    while (stack.length > 0 && (stack.at(-1)?.block.level ?? 0) >= block.level) stack.pop();
    const parent = stack.at(-1);
    if (!block.candidate) unnumbered++;
    const path = pathOf(block, parent, unnumbered);
    const number = block.candidate?.number ?? null;
    const id = pool.take(`sec-${path.join("-")}`, () =>
      findings.push(finding("heading-duplicate-number", { number: number ?? block.title }, block.line)),
    );
    stack.push({ block, path, id });
    idOf.set(block, id);
    headings.push({
      id,
      number,
      title: block.title,
      level: block.level,
      line: block.line,
      parentId: parent?.id ?? null,
    });
  }
  return { headings, idOf, findings };
}
