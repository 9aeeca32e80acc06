import type { SourceLine } from "../ingest/lines.ts";
import { displayWidth } from "../lib/text.ts";

/**
 * Detects hard-wrapped prose (every line cut at about the same width, as
 * some converters do) and returns that width in display columns, or null.
 * Needed to tell a run-in numbered paragraph that fills the line from a
 * short heading.
 */
export function detectWrapWidth(lines: readonly SourceLine[]): number | null {
  const widths = lines
    .map((l) => l.text.trim())
    // A line under 20 code units cannot reach 40 columns: skip measuring it.
    .filter((t) => t.length >= 20 && !t.includes("\t"))
    .map(displayWidth);
  const long = widths.filter((w) => w >= 40);
  if (long.length < 10) return null;
  const counts = new Map<number, number>();
  for (const w of long) counts.set(w, (counts.get(w) ?? 0) + 1);
  let mode = 0;
  let best = -1;
  for (const [w, c] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (c > best) [mode, best] = [w, c];
  }
  const near = long.filter((w) => Math.abs(w - mode) <= 4).length;
  return near >= long.length * 0.5 && near >= 10 ? mode : null;
}
