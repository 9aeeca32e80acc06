/**
 * School mentions of one report: curated names anywhere (narrative and table cells), names cut by a page
 * break inside a school column, and candidates that look like schools but are not curated (each with a
 * `school-unknown` finding).
 */
import { squashWithOffsets } from "../../lib/text.ts";
import { type Finding, finding, type Report } from "../../model/index.ts";
import { lineLocator, type RawLines } from "./line-locator.ts";
import { isSchoolColumn, looksLikeSchool, schoolCandidates } from "./school-candidates.ts";
import type { SchoolMatcher } from "./school-matcher.ts";
import { bodySegments, cellSegments, type Segment } from "./segments.ts";
import { contextOf, normalizeName } from "./text.ts";

/** One school named in a report; `key` is the canonical name (curated) or the printed name (uncurated). */
export interface FoundMention {
  readonly key: string;
  readonly curated: boolean;
  readonly line: number;
  readonly printed: string;
  readonly context: string;
  readonly segment: Segment;
}

/** All school mentions of a report, in reading order (narrative first, then tables), with findings. */
export function findSchoolMentions(
  report: Report,
  matcher: SchoolMatcher,
  raw: RawLines = null,
): { mentions: FoundMention[]; findings: Finding[] } {
  const mentions: FoundMention[] = [];
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const seg of [...bodySegments(report), ...cellSegments(report)]) {
    for (const m of segmentMentions(seg, matcher, raw)) {
      mentions.push(m);
      if (!m.curated && !reported.has(m.key)) {
        reported.add(m.key);
        findings.push(finding("school-unknown", { name: m.key }, m.line));
      }
    }
    const cut = cutName(seg, matcher);
    if (cut) {
      mentions.push(cut);
      findings.push(finding("school-name-cut", { printed: cut.printed, name: cut.key }, cut.line));
    }
  }
  return { mentions, findings };
}

/** Curated matches and uncurated candidates of one segment. */
function segmentMentions(seg: Segment, matcher: SchoolMatcher, raw: RawLines): FoundMention[] {
  const sq = squashWithOffsets(seg.text);
  const lineOf = lineLocator(raw, seg, sq.text);
  const at = (key: string, curated: boolean, printed: string, start: number, end: number): FoundMention => ({
    key,
    curated,
    printed,
    line: lineOf(printed, start),
    context: contextOf(seg.text, sq.offsets[start] ?? 0, (sq.offsets[end - 1] ?? 0) + 1),
    segment: seg,
  });
  const known = matcher.scan(sq.text);
  const out = known.map((m) => at(m.key, true, m.printed, m.start, m.end));
  for (const c of unknownIn(seg, sq.text, known, matcher)) {
    out.push(at(c.name, false, c.name, c.start, c.start + c.name.length));
  }
  return out.sort((a, b) => a.line - b.line);
}

/** Uncurated candidates: the whole cell in a school column, else place-started names in the text. */
function unknownIn(
  seg: Segment,
  text: string,
  known: readonly { start: number; end: number }[],
  matcher: SchoolMatcher,
): { name: string; start: number }[] {
  if (seg.table) {
    // In a table only a school column names schools (partners abroad and companies sit in other columns).
    if (known.length > 0 || !seg.column || !isSchoolColumn(seg.column)) return [];
    const name = normalizeName(text);
    const ok = looksLikeSchool(name) && !matcher.isNotSchool(name) && matcher.completions(name).length === 0;
    return ok ? [{ name, start: 0 }] : [];
  }
  const parts: string[] = [];
  let at = 0;
  for (const k of known) {
    parts.push(text.slice(at, k.start), "|".repeat(k.end - k.start));
    at = k.end;
  }
  const masked = parts.join("") + text.slice(at);
  return schoolCandidates(masked).filter((c) => !matcher.isNotSchool(c.name));
}

/**
 * A school-column cell that is only the start of exactly one curated name (北京市延庆区第一职业 + 学校 on the
 * next page) is that school.
 */
function cutName(seg: Segment, matcher: SchoolMatcher): FoundMention | null {
  if (!seg.table || !seg.column || !isSchoolColumn(seg.column)) return null;
  const printed = normalizeName(seg.text);
  if (printed.length < 6 || matcher.lookup(printed) || matcher.scan(printed).length > 0) return null;
  const options = matcher.completions(printed);
  if (options.length !== 1) return null;
  const key = options[0] as string;
  return { key, curated: true, printed, line: seg.line, context: seg.text.trim(), segment: seg };
}
