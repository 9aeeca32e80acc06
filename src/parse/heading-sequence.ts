import type { HeadingCandidate, HeadingStyle } from "./heading-candidate.ts";

/** Rank of a style in the usual hierarchy 第一部分 > 一、 > （一） > 1./1.1 > （1）. */
export const STYLE_RANK: Record<HeadingStyle, number> = { chapter: 0, cn: 1, cnParen: 2, dotted: 3, arParen: 4 };

/** Largest jump in a numbering sequence still read as "next" (a report may skip one). */
const MAX_GAP = 2;

function startsSequence(parts: readonly number[]): boolean {
  return parts.every((p) => p === 1);
}

function continuesDotted(next: readonly number[], last: readonly number[]): boolean {
  const k = next.length;
  const samePrefix = (n: number) => next.slice(0, n).every((p, i) => p === last[i]);
  if (k === last.length + 1) return samePrefix(k - 1) && next[k - 1] === 1;
  if (k > last.length) return false;
  const prev = last[k - 1] ?? 0;
  const cur = next[k - 1] ?? 0;
  return samePrefix(k - 1) && cur > prev && cur <= prev + MAX_GAP;
}

/**
 * Per-style numbering state: a candidate is accepted without a table of
 * contents only when its number continues the sequence (first child, next
 * sibling, or next at a higher level). Accepting a heading resets the
 * counters of lower-ranked styles, as （一） restarts under each 一、.
 */
export class NumberingState {
  private readonly last = new Map<HeadingStyle, readonly number[]>();

  /** True when `c` is a plausible next number given what was accepted so far. */
  continues(c: HeadingCandidate): boolean {
    const last = this.last.get(c.style);
    if (!last) return startsSequence(c.parts);
    if (c.style === "dotted") return continuesDotted(c.parts, last);
    const prev = last[0] ?? 0;
    const cur = c.parts[0] ?? 0;
    return cur > prev && cur <= prev + MAX_GAP;
  }

  /** Records an accepted heading (unnumbered ones reset everything). */
  accept(c: HeadingCandidate | null): void {
    const rank = c ? STYLE_RANK[c.style] : -1;
    for (const style of [...this.last.keys()]) if (STYLE_RANK[style] > rank) this.last.delete(style);
    if (c) this.last.set(c.style, c.parts);
  }
}
