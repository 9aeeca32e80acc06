import type { Paragraph, Root, RootContent } from "mdast";
import type { VFile } from "vfile";

import { linkReferences, type ReferenceOutcome } from "./link.ts";
import type { ReferenceTargets } from "./targets.ts";

/** A reference's outcome and the first source line of its paragraph. */
export interface PlacedReference extends ReferenceOutcome {
  readonly line: number | null;
}

/**
 * What the plugin reads and fills, passed in `file.data.crossReferences`: the report's targets, and
 * the list that receives every reference found (the object is shared, so the caller sees it).
 */
export interface CrossReferenceContext {
  readonly targets: ReferenceTargets;
  readonly found: PlacedReference[];
}

declare module "vfile" {
  interface DataMap {
    crossReferences: CrossReferenceContext;
  }
}

/**
 * Replaces a paragraph's own text children by text and links. Only plain text nodes directly in
 * a paragraph are touched: never a link's text, a number label (a text node with `data`), a
 * heading or a table (they are not paragraphs).
 */
function linkParagraph(node: Paragraph, context: CrossReferenceContext): void {
  const line = node.position?.start.line ?? null;
  node.children = node.children.flatMap((child) => {
    if (child.type !== "text" || child.data) return [child];
    const { nodes, outcomes } = linkReferences(child.value, context.targets);
    for (const o of outcomes) context.found.push({ ...o, line });
    return nodes;
  });
}

function visit(nodes: readonly RootContent[], context: CrossReferenceContext): void {
  for (const node of nodes) {
    if (node.type === "paragraph") linkParagraph(node, context);
    else if (node.type === "reportCase") visit(node.children, context);
  }
}

/**
 * remark plugin: links cross-references in paragraphs (`见表1-1` → the table's page) to items that
 * exist in the report. A thin adapter around `linkReferences`; without `file.data.crossReferences`
 * it does nothing.
 */
export function remarkCrossReferences() {
  return (tree: Root, file: VFile): void => {
    const context = file.data.crossReferences;
    if (context) visit(tree.children, context);
  };
}
