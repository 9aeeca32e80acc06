import type { Heading } from "../../model/index.ts";

/** A heading with the headings nested under it. */
export interface OutlineNode {
  readonly heading: Heading;
  readonly children: OutlineNode[];
}

/**
 * Nests headings by `parentId`, keeping document order. A heading whose parent
 * is unknown becomes a top-level entry rather than disappearing.
 */
export function outline(headings: readonly Heading[]): OutlineNode[] {
  const nodes = new Map(headings.map((h) => [h.id, { heading: h, children: [] as OutlineNode[] }]));
  const roots: OutlineNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.heading.parentId ? nodes.get(node.heading.parentId) : undefined;
    (parent && parent !== node ? parent.children : roots).push(node);
  }
  return roots;
}
