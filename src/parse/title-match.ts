import { fold } from "./text.ts";

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length - 1; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** Dice coefficient over character bigrams of the folded titles (0..1). */
export function titleSimilarity(a: string, b: string): number {
  const x = bigrams(fold(a));
  const y = bigrams(fold(b));
  if (x.length === 0 || y.length === 0) return fold(a) === fold(b) ? 1 : 0;
  const pool = new Map<string, number>();
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of x) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      common++;
      pool.set(g, n - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

/**
 * True when two printings of one title agree closely enough to be the same
 * item (a TOC entry and its body heading): equal when folded, one a prefix
 * of the other, or mostly the same characters.
 */
export function sameTitle(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb) return true;
  if (fa.length >= 4 && fb.length >= 4 && (fa.startsWith(fb) || fb.startsWith(fa))) return true;
  return titleSimilarity(a, b) >= 0.5;
}
