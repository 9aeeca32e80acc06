import type { SourceLine } from "../ingest/lines.ts";
import { isBlank, squash } from "../lib/text.ts";
import type { TocEntry } from "../model/index.ts";

/** Titles of table-of-contents blocks (compared without whitespace). */
const TOC_TITLES = new Set(["目录", "目次", "表目录", "图目录", "图表目录", "案例目录", "目录页"]);

/** A page reference at the end of a TOC entry: tab or dot leaders, then `7`, `- 7 -`, `17 -`. */
const PAGE = /(?:\t+|[.·…]{2,}\s*|\s{2,})\s*[-－—]?\s*(\d{1,4})\s*[-－—]?\s*$/;

export interface TocZone {
  /** 0-based first and last line index of the zone (header included). */
  readonly start: number;
  readonly end: number;
}

export interface TocResult {
  readonly zones: TocZone[];
  readonly entries: TocEntry[];
}

/** True when the line is a TOC block title such as 目 录 or 案例目录. */
export function isTocHeader(text: string): boolean {
  return text.length <= 24 && TOC_TITLES.has(squash(text));
}

/** Splits a TOC entry line into its text and page number; null when it has no page reference. */
export function splitTocEntry(text: string): { text: string; page: string } | null {
  const m = PAGE.exec(text);
  if (!m || !m[1]) return null;
  const body = text.slice(0, m.index).replace(/[.·…]{2,}\s*$/, "");
  if (isBlank(body)) return null;
  return { text: body.replace(/\t+/g, " ").trim(), page: m[1] };
}

function classify(text: string): TocEntry["kind"] {
  if (/^表\s*\d/.test(text)) return "table";
  if (/^【?图\s*\d/.test(text)) return "figure";
  if (/^【?(案例|典型)/.test(text)) return "case";
  return "heading";
}

/** Finds where a zone that starts at a header ends: entries, blanks and other headers continue it. */
function zoneEnd(lines: readonly SourceLine[], start: number): number {
  let last = start;
  let i = start + 1;
  while (i < lines.length) {
    const text = lines[i]?.text ?? "";
    if (isBlank(text) || isTocHeader(text) || splitTocEntry(text)) {
      if (!isBlank(text)) last = i;
      i++;
      continue;
    }
    // One entry without a page number is tolerated when entries follow it.
    const next = lines.slice(i + 1, i + 4).find((l) => !isBlank(l.text));
    if (next && splitTocEntry(next.text) && !isTocHeader(text)) {
      last = i;
      i++;
      continue;
    }
    break;
  }
  return last;
}

/** Parses one entry line of a TOC zone (the caller knows it is not blank or a header). */
function entryOf(line: SourceLine): TocEntry {
  const split = splitTocEntry(line.text);
  const text = split ? split.text : line.text.trim();
  const kind = classify(text);
  return { kind, number: null, title: text, page: split ? split.page : null, line: line.no };
}

/**
 * Finds the tables of contents (目录, 表目录, 图目录, 案例目录, 图表目录) and their
 * entries. Entry numbers are filled in later by the handler that knows each
 * kind's numbering; here `title` holds the whole entry text.
 */
export function findToc(lines: readonly SourceLine[]): TocResult {
  const zones: TocZone[] = [];
  const entries: TocEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isTocHeader(lines[i]?.text ?? "")) continue;
    const end = zoneEnd(lines, i);
    if (end === i) continue;
    zones.push({ start: i, end });
    for (let j = i + 1; j <= end; j++) {
      const line = lines[j];
      if (!line || isBlank(line.text) || isTocHeader(line.text)) continue;
      entries.push(entryOf(line));
    }
    i = end;
  }
  return { zones, entries };
}
