import type { SourceLine } from "../ingest/lines.ts";
import { displayWidth, isBlank, squash } from "../lib/text.ts";
import { type Finding, finding, type TocEntry } from "../model/index.ts";
import { type HeadingCandidate, type HeadingStyle, matchHeadingCandidate } from "./heading-candidate.ts";
import { NumberingState, STYLE_RANK } from "./heading-sequence.ts";
import { endsSentence, fold } from "./text.ts";
import { sameTitle } from "./title-match.ts";

/** A line accepted as a section heading. */
export interface AcceptedHeading {
  readonly index: number;
  readonly line: number;
  /** null for an unnumbered heading (known from the table of contents). */
  readonly candidate: HeadingCandidate | null;
  readonly title: string;
  level: number;
}

export interface HeadingInput {
  readonly lines: readonly SourceLine[];
  /** Heading entries of the table of contents, in order (may be empty). */
  readonly toc: readonly TocEntry[];
  /** 0-based index where the body starts (after cover and TOC). */
  readonly bodyStart: number;
  /** Lines that belong to a TOC zone. */
  readonly skip: (index: number) => boolean;
  /** Width of hard-wrapped prose, or null. */
  readonly wrapWidth: number | null;
}

interface TocHeading {
  readonly entry: TocEntry;
  readonly candidate: HeadingCandidate | null;
  matched: boolean;
}

const MAX_TITLE = 40;

/** Shape rules for a heading that no table of contents vouches for. */
function looksLikeHeading(c: HeadingCandidate, line: string, wrapWidth: number | null): boolean {
  const title = squash(c.title);
  if (title.length > MAX_TITLE) return false;
  if (/[，,、；;]$/.test(title)) return false;
  // In hard-wrapped text, a numbered line cut right at the wrap width is a run-in paragraph
  // (wrapped lines end at or just short of the width; a heading that is longer was not wrapped).
  const width = displayWidth(line.trim());
  if (wrapWidth !== null && width >= wrapWidth - 2 && width <= wrapWidth + 1 && !endsSentence(line)) return false;
  return true;
}

/** Deepest dotted level and the other styles the TOC covers: those need a TOC match. */
function tocCoverage(toc: readonly TocHeading[]): (c: HeadingCandidate) => boolean {
  const styles = new Set(toc.flatMap((t) => (t.candidate ? [t.candidate.style] : [])));
  const depth = Math.max(0, ...toc.map((t) => (t.candidate?.style === "dotted" ? t.candidate.parts.length : 0)));
  return (c) => (c.style === "dotted" ? c.parts.length <= depth : styles.has(c.style));
}

function sameNumber(a: HeadingCandidate, b: HeadingCandidate): boolean {
  return a.style === b.style && a.number === b.number;
}

/** Finds the next unmatched TOC heading (within a small window) that this line is. */
function matchToc(toc: TocHeading[], from: number, line: string, c: HeadingCandidate | null): number {
  for (let k = from; k < Math.min(toc.length, from + 6); k++) {
    const t = toc[k];
    if (!t || t.matched) continue;
    if (t.candidate && c && sameNumber(t.candidate, c) && sameTitle(t.candidate.title, c.title)) return k;
    if (!t.candidate && fold(line) === fold(t.entry.title)) return k;
  }
  return -1;
}

class HeadingScan {
  readonly accepted: AcceptedHeading[] = [];
  readonly findings: Finding[] = [];
  private readonly numbering = new NumberingState();
  private readonly toc: TocHeading[];
  private readonly covered: (c: HeadingCandidate) => boolean;
  private cursor = 0;

  constructor(private readonly input: HeadingInput) {
    this.toc = input.toc.map((entry) => ({ entry, candidate: matchHeadingCandidate(entry.title), matched: false }));
    this.covered = tocCoverage(this.toc);
  }

  run(): void {
    const { lines, bodyStart, skip } = this.input;
    for (let i = bodyStart; i < lines.length; i++) {
      const line = lines[i];
      if (!line || skip(i) || isBlank(line.text)) continue;
      this.consider(i, line);
    }
    this.reportUnmatchedToc();
  }

  private consider(index: number, line: SourceLine): void {
    const c = matchHeadingCandidate(line.text);
    const k = this.toc.length > 0 ? matchToc(this.toc, this.cursor, line.text, c) : -1;
    if (k >= 0) return this.acceptToc(index, line, c, k);
    if (!c) return;
    const ok = !this.covered(c) && looksLikeHeading(c, line.text, this.input.wrapWidth) && this.numbering.continues(c);
    if (ok) return this.accept(index, line, c, c.title);
    if (looksLikeHeading(c, line.text, null)) {
      this.findings.push(finding("heading-looks-like-list-item", { number: c.printed }, line.no));
    }
  }

  private acceptToc(index: number, line: SourceLine, c: HeadingCandidate | null, k: number): void {
    const t = this.toc[k];
    if (!t) return;
    t.matched = true;
    this.cursor = k + 1;
    const title = c ? c.title : line.text.trim();
    const tocTitle = t.candidate ? t.candidate.title : t.entry.title;
    if (fold(tocTitle) !== fold(title)) {
      const number = c?.number ?? "";
      this.findings.push(
        finding("toc-title-differs", { kind: "heading", number, toc: tocTitle, body: title }, line.no),
      );
    }
    this.accept(index, line, c, title);
  }

  private accept(index: number, line: SourceLine, c: HeadingCandidate | null, title: string): void {
    this.numbering.accept(c);
    if (c?.style === "dotted" && c.printed.replace(/[.．、]$/, "").trim() !== c.number) {
      this.findings.push(finding("heading-number-normalised", { printed: c.printed, number: c.number }, line.no));
    }
    this.accepted.push({ index, line: line.no, candidate: c, title, level: 0 });
  }

  private reportUnmatchedToc(): void {
    for (const t of this.toc) {
      if (t.matched) continue;
      const number = t.candidate?.number ?? "";
      const title = t.candidate?.title ?? t.entry.title;
      this.findings.push(finding("toc-entry-missing-in-body", { kind: "heading", number, title }, t.entry.line));
    }
  }
}

/**
 * Levels from the styles actually used, in the order 第一部分 > 一、 > （一） >
 * 1. / 1.1 > （1）: a style's level is one more than the number of higher
 * styles in use. （1） sits one level under the heading it follows;
 * unnumbered headings are level 1.
 */
function assignLevels(headings: AcceptedHeading[]): void {
  const used = new Set(headings.flatMap((h) => (h.candidate ? [h.candidate.style] : [])));
  const above = (style: HeadingStyle) => [...used].filter((s) => STYLE_RANK[s] < STYLE_RANK[style]).length;
  let context = 0;
  for (const h of headings) {
    const c = h.candidate;
    if (!c) h.level = 1;
    else if (c.style === "dotted") h.level = above("dotted") + c.parts.length;
    else if (c.style !== "arParen") h.level = above(c.style) + 1;
    else h.level = context + 1;
    if (!c || STYLE_RANK[c.style] < STYLE_RANK.arParen) context = h.level;
    h.level = Math.min(h.level, 6);
  }
}

/**
 * Decides which lines are section headings. With a table of contents, the
 * entries it lists are matched in order and only deeper levels it omits are
 * accepted by numbering sequence; without one, numbering sequence and shape
 * rules decide (run-in numbered paragraphs, list items, years and table rows
 * are rejected).
 */
export function findHeadings(input: HeadingInput): { headings: AcceptedHeading[]; findings: Finding[] } {
  const scan = new HeadingScan(input);
  scan.run();
  assignLevels(scan.accepted);
  return { headings: scan.accepted, findings: scan.findings };
}
