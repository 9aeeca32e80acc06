/**
 * The school names to link, one index per report. The archive's full list grows with every report, and
 * a pattern of all of it costs every text it scans in proportion to the archive (V8 runs, and hashes
 * on each `matchAll`, the whole alternation). A report's own index keeps the names that occur anywhere
 * in its records, so it links exactly what the full list would (every text the renderer scans is a part
 * of those records, and at each place the same names match), at a cost that does not grow with the archive.
 */
import { collectWords, type WordTrie, wordTrie } from "../../lib/word-trie.ts";
import type { Report } from "../../model/index.ts";
import { type NameIndex, nameIndex, type NameTarget } from "../../render/narrative/names/find.ts";

/** A name to link and its page, in the order of precedence (a name listed twice keeps its first target). */
export interface NameEntry {
  readonly name: string;
  readonly target: NameTarget;
}

/** The index to link one report's texts with. */
export type ReportNames = (report: Report) => NameIndex;

/** Calls `visit` with every string in a JSON-like value (the report's records), depth first. */
export function eachString(value: unknown, visit: (text: string) => void): void {
  if (typeof value === "string") visit(value);
  else if (Array.isArray(value)) for (const item of value) eachString(item, visit);
  else if (value !== null && typeof value === "object")
    for (const item of Object.values(value)) eachString(item, visit);
}

/** The words of the trie that occur somewhere in the report's records. */
function namesInReport(trie: WordTrie, report: Report): Set<string> {
  const found = new Set<string>();
  eachString(report, (text) => collectWords(trie, text, found));
  return found;
}

/**
 * Per-report name indexes over `entries`, each built on first use and kept with the report object (its
 * narrative, tables and cases share one). The entries keep their order, so duplicates resolve as in an
 * index of them all.
 */
export function reportNames(entries: readonly NameEntry[]): ReportNames {
  const trie = wordTrie(entries.map((e) => e.name));
  const built = new WeakMap<Report, NameIndex>();
  return (report) => {
    let index = built.get(report);
    if (!index) {
      const found = namesInReport(trie, report);
      index = nameIndex(entries.filter((e) => found.has(e.name)));
      built.set(report, index);
    }
    return index;
  };
}
