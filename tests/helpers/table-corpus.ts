/** Test helpers: load a report, a simple boundary predicate and the table captions of its body. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { type SourceLine, splitLines } from "../../src/ingest/lines.ts";
import { matchTableCaption } from "../../src/parse/table/index.ts";
import type { ScanContext } from "../../src/parse/types.ts";

const REPORTS = fileURLToPath(new URL("../../content/reports/", import.meta.url));

/** The lines of `content/reports/<file>`. */
export function loadReport(file: string): SourceLine[] {
  return splitLines(readFileSync(REPORTS + file, "utf8"));
}

const HEADING = [
  /^\s*\d+(?:\.\s*\d+)+\.?\s*\p{Script=Han}/u, // 1.1 / 2. 1. 2 / 3.2.1. (a title follows, not `8403.16`)
  /^\s*\d+\.\s*\p{Script=Han}/u, // 1. 人才培养 / 1.基本情况
  /^\s*[一二三四五六七八九十]+、/,
  /^\s*[（(][一二三四五六七八九十]+[）)]/,
];
const OTHER_BLOCKS = [
  /^\s*【?图\s*\d/,
  /^\s*【(?:案例|典型)/,
  /^\s*案例\s*\d/,
  /^\s*(?:目\s*录|表目录|图目录|案例目录|图表目录)\s*$/,
];

/** A simple stand-in for the document scanner's boundaries: headings, captions, cases, TOC headers. */
export function isBlockStart(text: string): boolean {
  // Table rows: tab-separated, or aligned with gutters of two or more spaces.
  if (text.includes("\t") || /\S {2,}\S/.test(text)) return false;
  if (matchTableCaption(text)) return true;
  return [...HEADING, ...OTHER_BLOCKS].some((re) => re.test(text));
}

/** A ScanContext over `lines` using isBlockStart. */
export function contextFor(lines: readonly SourceLine[]): ScanContext {
  return { lines, isBoundary: (i) => isBlockStart(lines[i]?.text ?? "") };
}

/** Indexes of the table captions outside tables of contents (TOC entries carry a tab and page). */
export function captionIndexes(lines: readonly SourceLine[]): number[] {
  return lines.flatMap((l, i) => (!l.text.includes("\t") && matchTableCaption(l.text) ? [i] : []));
}
