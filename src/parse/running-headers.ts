import type { SourceLine } from "../ingest/lines.ts";

/** Fewest repetitions, and fewest lines between them, for a line to be page furniture. */
const MIN_REPEATS = 3;
const MIN_GAP = 20;
const MAX_LENGTH = 40;

/**
 * Finds running headers and footers: the same short line (the report title,
 * the publisher) printed again on every page. A line qualifies when it recurs
 * at least three times, always at least 20 lines apart (once a page, not a
 * repeated label inside a table), and `isStructure` says it is not a heading,
 * caption or case marker. Returns their 0-based indexes.
 */
export function findRunningHeaders(lines: readonly SourceLine[], isStructure: (index: number) => boolean): Set<number> {
  const seen = new Map<string, number[]>();
  lines.forEach((line, i) => {
    const text = line.text.trim();
    // Furniture carries words (a title, a publisher): a lone 。 left by a wrap is text.
    if (text.length > MAX_LENGTH || line.text.includes("\t") || !/[\p{L}\p{N}].*[\p{L}\p{N}]/u.test(text)) return;
    seen.set(text, [...(seen.get(text) ?? []), i]);
  });
  const found = new Set<number>();
  for (const at of seen.values()) {
    if (at.length < MIN_REPEATS) continue;
    const spread = at.every((i, k) => k === 0 || i - (at[k - 1] ?? 0) >= MIN_GAP);
    if (spread && !at.some(isStructure)) for (const i of at) found.add(i);
  }
  return found;
}
