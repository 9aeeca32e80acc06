import { finding, type Finding, type TocEntry } from "../model/index.ts";
import { matchCaseMarker } from "../parse/blocks/case.ts";
import { matchFigureCaption } from "../parse/blocks/figure.ts";
import { matchHeadingCandidate } from "../parse/heading-candidate.ts";
import { matchTableCaption } from "../parse/table/index.ts";
import { fold } from "../parse/text.ts";

/** Reads the number and title out of a TOC entry's text, by its kind's own numbering. */
export function readTocEntry(entry: TocEntry): TocEntry {
  const text = entry.title;
  let m: { number: string | null; title: string } | null = null;
  if (entry.kind === "table") m = toNumbered(matchTableCaption(text), "caption");
  else if (entry.kind === "figure") m = toNumbered(matchFigureCaption(text), "caption");
  else if (entry.kind === "case") m = matchCaseMarker(text);
  else {
    const c = matchHeadingCandidate(text);
    m = c ? { number: c.number, title: c.title } : null;
  }
  return m ? { ...entry, number: m.number, title: m.title } : entry;
}

function toNumbered<T extends { number: string }>(m: T | null, key: keyof T): { number: string; title: string } | null {
  return m ? { number: m.number, title: String(m[key]) } : null;
}

const KIND_NAMES: Record<TocEntry["kind"], string> = { heading: "heading", table: "table", figure: "figure", case: "case" };

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
  for (const e of entries) {
    if (e.kind === "heading" || e.number === null) continue;
    const hit = body.find((b) => b.kind === e.kind && b.number === e.number);
    const kind = KIND_NAMES[e.kind];
    if (!hit) {
      findings.push(finding("toc-entry-missing-in-body", { kind, number: e.number, title: e.title }, e.line));
    } else if (fold(hit.title) !== fold(e.title)) {
      findings.push(finding("toc-title-differs", { kind, number: e.number, toc: e.title, body: hit.title }, e.line));
    }
  }
  return findings;
}
