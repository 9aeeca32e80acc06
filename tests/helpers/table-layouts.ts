/** Test helpers: a pdftotext -layout style rendering of tab tables, and the accounted-characters check. */
import type { SourceLine } from "../../src/ingest/lines.ts";
import { displayWidth } from "../../src/lib/text.ts";
import type { ParsedTable } from "../../src/parse/types.ts";

/**
 * Replaces the tabs of lines `from..to` (0-based, inclusive) by spaces that keep
 * columns aligned: every cell is padded to its column's display width (CJK = 2)
 * and columns are two spaces apart, as another converter would print the table.
 */
export function toAlignedLayout(lines: readonly SourceLine[], from: number, to: number): SourceLine[] {
  const rows = lines
    .slice(from, to + 1)
    .filter((l) => l.text.includes("\t"))
    .map((l) => l.text.split("\t"));
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, j) => (widths[j] = Math.max(widths[j] ?? 0, displayWidth(c.trim()))));
  return lines.map((l, i) => {
    if (i < from || i > to || !l.text.includes("\t")) return l;
    const cells = l.text.split("\t").map((c, j) => c.trim() + " ".repeat((widths[j] ?? 0) - displayWidth(c.trim())));
    return { no: l.no, text: cells.join("  ").trimEnd() };
  });
}

function countChars(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts) for (const ch of t) if (!/\s/.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/**
 * Characters of the claimed lines that the table lost: every non-space
 * character must reappear in the header, rows, note or an artefact.
 * Returns the missing characters with their shortfall (empty when all are accounted for).
 */
export function unaccountedChars(lines: readonly SourceLine[], table: ParsedTable): string[] {
  const claimed = new Set(table.claimed);
  const input = countChars(lines.filter((l) => claimed.has(l.no)).map((l) => l.text));
  const output = countChars([
    ...table.header.flat(),
    ...table.rows.flat(),
    table.note ?? "",
    ...table.artefacts.map((a) => a.text),
  ]);
  return [...input]
    .filter(([ch, n]) => (output.get(ch) ?? 0) < n)
    .map(([ch, n]) => `${ch}×${n - (output.get(ch) ?? 0)}`);
}
