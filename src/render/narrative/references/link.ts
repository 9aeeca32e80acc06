import type { Link, PhrasingContent, Text } from "mdast";

import { findReferences, type FoundReference } from "./find.ts";
import type { ReferenceTargets } from "./targets.ts";

/** A reference as found in a text, and where it links (null: the report has no such item). */
export interface ReferenceOutcome extends Pick<FoundReference, "kind" | "number"> {
  /** The reference as printed (`表 5-1`). */
  readonly text: string;
  readonly url: string | null;
}

/**
 * Splits a text into text and `link` nodes, one link per reference whose target exists; a
 * reference to a missing item stays text. Returns the nodes and every reference's outcome.
 */
export function linkReferences(
  value: string,
  targets: ReferenceTargets,
): { nodes: PhrasingContent[]; outcomes: ReferenceOutcome[] } {
  const nodes: PhrasingContent[] = [];
  const outcomes: ReferenceOutcome[] = [];
  let at = 0;
  for (const ref of findReferences(value)) {
    const target = targets(ref.kind, ref.number);
    const printed = value.slice(ref.start, ref.end);
    outcomes.push({ kind: ref.kind, number: ref.number, text: printed, url: target?.url ?? null });
    if (!target) continue;
    if (ref.start > at) nodes.push(text(value.slice(at, ref.start)));
    const link: Link = { type: "link", url: target.url, title: target.title, children: [text(printed)] };
    nodes.push(link);
    at = ref.end;
  }
  if (at < value.length || nodes.length === 0) nodes.push(text(value.slice(at)));
  return { nodes, outcomes };
}

function text(value: string): Text {
  return { type: "text", value };
}
