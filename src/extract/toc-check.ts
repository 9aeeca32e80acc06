import { type Finding, finding, type TocEntry } from "../model/index.ts";
import { matchCaseMarker } from "../parse/blocks/case.ts";
import { matchFigureCaption } from "../parse/blocks/figure.ts";
import { matchHeadingCandidate } from "../parse/heading-candidate.ts";
import { matchTableCaption } from "../parse/table/index.ts";
import { fold } from "../parse/text.ts";

/** Reads the number and title out of a TOC entry's text, by its kind's own numbering. */
export function readTocEntry(entry: TocEntry): TocEntry {
  const m = numbered(entry.kind, entry.title);
  return m ? { ...entry, number: m.number, title: m.title } : entry;
}

function numbered(kind: TocEntry["kind"], text: string): { number: string | null; title: string } | null {
  if (kind === "table") return toNumbered(matchTableCaption(text), "caption");
  if (kind === "figure") return toNumbered(matchFigureCaption(text), "caption");
  if (kind === "case") return matchCaseMarker(text);
  const c = matchHeadingCandidate(text);
  return c ? { number: c.number, title: c.title } : null;
}

function toNumbered<T extends { number: string }>(m: T | null, key: keyof T): { number: string; title: string } | null {
  return m ? { number: m.number, title: String(m[key]) } : null;
}

const KIND_NAMES: Record<TocEntry["kind"], string> = {
  heading: "heading",
  table: "table",
  figure: "figure",
  case: "case",
};

/**
 * Cross-checks the 表目录/图目录/案例目录 entries against what the body has:
 * a listed item missing from the body is a warning, a differing title a notice.
 * (Headings are cross-checked while they are found.)
 */
export function checkToc(
  entries: readonly TocEntry[],
  body: { kind: "table" | "figure" | "case"; number: string | null; title: string }[],
): Finding[] {
  const findings: Finding[] = [];
  const byKey = new Map<string, { title: string }>();
  for (const b of body) if (!byKey.has(`${b.kind} ${b.number}`)) byKey.set(`${b.kind} ${b.number}`, b);
  for (const e of entries) {
    if (e.kind === "heading" || e.number === null) continue;
    const hit = byKey.get(`${e.kind} ${e.number}`);
    const kind = KIND_NAMES[e.kind];
    if (!hit) {
      findings.push(finding("toc-entry-missing-in-body", { kind, number: e.number, title: e.title }, e.line));
    } else if (fold(hit.title) !== fold(e.title)) {
      findings.push(finding("toc-title-differs", { kind, number: e.number, toc: e.title, body: hit.title }, e.line));
    }
  }
  return findings;
}
