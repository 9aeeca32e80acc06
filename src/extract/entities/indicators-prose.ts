/**
 * Indicators from prose: a vocabulary label followed, in the same clause and within a few characters, by a
 * number whose unit suits the metric ("2022年，东城区中等职业学校共招生253人"). The year is the last one
 * stated earlier in the sentence, else the report's data year; the scope is whom the paragraph is talking
 * about there (prose-scope.ts): a curated school, or the region; a paragraph that names nobody inherits its
 * case's or heading's school (prose-context.ts). Each fact keeps its sentence and how sure its scope is:
 * certain when its own sentence names the subject, likely when an earlier sentence, the case or the heading
 * does, uncertain when nobody is named inside a case. A figure about an institution not in
 * data/schools.yaml (a partner college abroad) is left out: the model has no honest scope for it, and it
 * stays in the text. Changes (增长58人) and approximations (近100%, 98%以上) are not facts. Money may be
 * printed before its label (投入100万元职业教育经费).
 */
import { normaliseDigits } from "../../lib/numbers.ts";
import { wordsPattern } from "../../lib/regexp.ts";
import { squash } from "../../lib/text.ts";
import type { Confidence } from "../../model/index.ts";
import { proseWords } from "./data.ts";
import type { IndicatorFact } from "./indicator-fact.ts";
import { lineLocator, type RawLines } from "./line-locator.ts";
import { valueAt } from "./numbers.ts";
import type { ProseContext } from "./prose-context.ts";
import { type ProseScope, proseScope, subjectsOf } from "./prose-scope.ts";
import type { SchoolMatcher } from "./school-matcher.ts";
import type { Segment } from "./segments.ts";
import type { LabelEntry, Labels } from "./vocabulary.ts";

const SENTENCE_END = /[。；;！？!?]/;
const CLAUSE_END = /[，,。；;：:、！？!?（）()“”]/;
const MAX_GAP = 6;
/** Words right after a number that make it an estimate (98%以上, 100人左右, 3000余人). */
const ESTIMATE_AFTER = /^\s*(?:以上|左右|上下|余|多)/;
/** Verbs before money printed ahead of its label (投入100万元职业教育经费). */
const MONEY_BEFORE = /(?:投入|拨付|安排|争取|筹措|下达|落实|划拨|支出)\s*(\d[\d,.]*\s*(?:万元|亿元|元))$/;

/** The longest label starting at `i`, if any. */
function labelAt(text: string, i: number, labels: Labels): LabelEntry | null {
  for (const e of labels.byFirstTwo.get(text.slice(i, i + 2)) ?? []) if (text.startsWith(e.label, i)) return e;
  return null;
}

/** The value after a label: skips a short gap of words (为, 达到, 共…), stops at a clause end or another label. */
function valueAfter(
  text: string,
  from: number,
  labels: Labels,
): { at: number; v: NonNullable<ReturnType<typeof valueAt>> } | null {
  for (let k = 0; k <= MAX_GAP && from + k < text.length; k++) {
    const ch = text[from + k] as string;
    if (CLAUSE_END.test(ch) || (k > 0 && labelAt(text, from + k, labels))) return null;
    if (/[\d-]/.test(ch)) {
      const v = valueAt(text.slice(from + k, from + k + 24));
      return v ? { at: from + k, v } : null;
    }
  }
  return null;
}

/** Last `(19|20)xx年` in text[from, to), if any. */
function lastYear(text: string, from: number, to: number): number | null {
  let year: number | null = null;
  for (const m of text.slice(from, to).matchAll(/((?:19|20)\d{2})年/g)) year = Number(m[1]);
  return year;
}

/** Two years joined by 、/和/与/及/至/到/-/— (the second's 年 optional before 年): `2020年、2021年`. */
const YEARS_TOGETHER = /((?:19|20)\d{2})\s*年?\s*(?:、|和|与|及|至|到|-|—|–|~)\s*((?:19|20)\d{2})\s*年/g;

/**
 * The year a prose fact is about. "自2015年首届毕业生以来，就业率达55%" is a
 * rate over a period that runs to the data year, not a 2015 figure.
 */
function yearOf(
  text: string,
  from: number,
  to: number,
  dataYear: number | null,
): { year: number | null; period: string | null } {
  const since = /(?:自|从)((?:19|20)\d{2})年[^。；]*?以来/.exec(text.slice(from, to));
  if (since?.[1]) return { year: dataYear, period: `${since[1]}–${dataYear ?? ""}` };
  // 首届毕业生以来, 建校以来: a period whose start the sentence does not date.
  const undated = /(?:自|从)?[^。；，,]{0,12}以来/.exec(text.slice(from, to));
  if (undated) return { year: dataYear, period: undated[0] };
  // Years named together (2020年、2021年毕业生共1653人; 2019年至2021年): a figure for the whole period.
  const joined = [...text.slice(from, to).matchAll(YEARS_TOGETHER)].at(-1);
  if (joined?.[1] && joined[2]) return { year: null, period: `${joined[1]}–${joined[2]}` };
  return { year: lastYear(text, from, to) ?? dataYear, period: null };
}

function boundaryBefore(text: string, i: number, re: RegExp): number {
  let j = i - 1;
  while (j >= 0 && !re.test(text[j] as string)) j--;
  return j + 1;
}

/** The patterns built from data/prose-words.yaml. */
interface Patterns {
  /** Words between label and number that make the number a change, a share or an estimate. */
  readonly notALevel: RegExp;
  /** What only sets the scene before a label (a year, a place, 共有…), not a part of the whole. */
  readonly scene: RegExp;
}

let cached: Patterns | null = null;

/** The patterns, built once from the word lists. */
function patterns(): Patterns {
  if (cached) return cached;
  const w = proseWords();
  cached = {
    notALevel: new RegExp(`^中|${wordsPattern(w.notALevel)}`),
    scene: new RegExp(
      `(?:19|20)\\d{2}年(?:度|底|末)?|[\\u4e00-\\u9fff]{0,3}(?:省|市|区|县)|${wordsPattern(w.scene)}`,
      "g",
    ),
  };
  return cached;
}

/**
 * The report's own kind of school named alone (东城区中等职业学校在校生756人): all of them, the whole
 * the report is about; 公办中等职业学校 or 民办… stay parts.
 */
const SCHOOL_KIND = /^(?:中等职业|中职|高等职业|高职|职业)(?:学校|院校|高中)$/u;

/** A clause ending in a class, project or pilot that the following figures are about. */
const GROUP_CLAUSE = /([\u4e00-\u9fff]{1,10}(?:班|项目|试点|专业))[\s，,]*$/u;
/** Verbs before the group's name (开设有综合高中班, 开展中本贯通培养项目). */
const GROUP_VERB = /^.*?(?:开设有|开设|开办|开展|实施|举办|设立|参与|参加|承担|启动)/u;

/**
 * The group the figures of a sentence are about when an earlier clause ends by naming one
 * ("…共有9所职业高中开设有综合高中班，计划招生894人，…在校生2171人": the 综合高中班's, not the city's).
 */
function groupOf(earlier: string): string | null {
  // Clauses that are figures themselves (实际招生928人) continue the group named before them.
  const clauses = earlier.split(/[，,]/).filter((c) => c.trim() !== "");
  for (let k = clauses.length - 1; k >= 0; k--) {
    const clause = clauses[k] ?? "";
    const name = GROUP_CLAUSE.exec(clause)?.[1]?.replace(GROUP_VERB, "");
    if (name && name.length >= 2) return name;
    if (!/\d/.test(clause)) return null;
  }
  return null;
}

/**
 * What the clause says before the label once the scene is removed (民办中等职业学校, 高中起点): the fact is
 * about that part; `其中` earlier in the sentence makes any fact a part, and so does a class or project
 * named at the end of the clause before (see {@link groupOf}).
 */
function qualifierOf(before: string, earlier: string): string | null {
  const { scene } = patterns();
  const rest = before.replace(scene, "");
  if (SCHOOL_KIND.test(rest)) return null;
  const group = groupOf(earlier);
  if (group && !/其中/.test(before)) return `${group}${rest}`;
  if (!/其中/.test(earlier) && !/其中/.test(before)) return rest === "" ? null : rest;
  const whole = earlier.slice(0, earlier.search(/\d|其中|$/)).replace(scene, "");
  return `${whole}其中${rest.replace(/其中/g, "")}`;
}

/** Whom a figure is about and how sure that is, from its sentence, its paragraph and its case or heading. */
function scopeAndConfidence(
  scope: Exclude<ProseScope, { kind: "elsewhere" }>,
  context: ProseContext,
): { school: string | null; end: number; part: string | null; confidence: Confidence } {
  const school = scope.kind === "school" ? scope.key : null;
  const end = scope.kind === "school" ? scope.end : 0;
  if (scope.named === "own" || scope.named === "paragraph") return { school, end, part: null, confidence: "certain" };
  if (scope.named === "earlier") return { school, end, part: null, confidence: "likely" };
  if (context.school) return { school: context.school, end: 0, part: context.part, confidence: "likely" };
  return { school: null, end: 0, part: null, confidence: context.inCase ? "uncertain" : "likely" };
}

/** The end of the sentence that contains `i`. */
function sentenceEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && !SENTENCE_END.test(text[j] as string)) j++;
  return Math.min(text.length, j + 1);
}

/** What is left of a clause before money printed ahead of its label once the giver and the verb are removed. */
function moneySubject(text: string, clause: number, at: number): string {
  return text
    .slice(clause, at)
    .replace(
      /(?:[\u4e00-\u9fff]{0,4}(?:政府|财政|教委|教育委员会))?(?:投入|拨付|安排|争取|筹措|下达|落实|划拨|支出)$/u,
      "",
    );
}

/** A label with its value: after the label, or money printed before it (投入100万元职业教育经费). */
function valueOf(
  text: string,
  i: number,
  entry: LabelEntry,
  labels: Labels,
): { at: number; v: NonNullable<ReturnType<typeof valueAt>>; gap: string; after: boolean } | null {
  const found = valueAfter(text, i + entry.label.length, labels);
  if (found) return { ...found, gap: text.slice(i + entry.label.length, found.at), after: true };
  const before = MONEY_BEFORE.exec(text.slice(Math.max(0, i - 30), i));
  if (!before?.[1]) return null;
  const at = i - before[1].length;
  const v = valueAt(before[1]);
  return v ? { at, v, gap: "", after: false } : null;
}

/**
 * Every prose indicator of one segment; `region` is the report's (北京市), whose name marks region
 * figures; `context` is the school the segment's case or heading names.
 */
export function proseIndicators(
  seg: Segment,
  labels: Labels,
  matcher: SchoolMatcher,
  dataYear: number | null,
  raw: RawLines = null,
  region: string | null = null,
  context: ProseContext = { school: null, part: null, inCase: false },
): IndicatorFact[] {
  const text = normaliseDigits(squash(seg.text));
  const lineOf = lineLocator(raw, seg, text);
  const subjects = subjectsOf(text, matcher, region);
  const out: IndicatorFact[] = [];
  for (let i = 0; i < text.length; i++) {
    const entry = labelAt(text, i, labels);
    if (!entry) continue;
    const found = valueOf(text, i, entry, labels);
    if (!found) continue;
    const valueEnd = found.at + found.v.length;
    const skip = () => {
      if (found.after) i = valueEnd - 1;
    };
    const p = found.v.parsed;
    const estimate = found.after && ESTIMATE_AFTER.test(text.slice(valueEnd, valueEnd + 3));
    // Not this label's value: a later label of the clause may own it (中等职业学校招生人数1061人).
    if (patterns().notALevel.test(found.gap) || estimate || !entry.units.includes(p.unit ?? "")) continue;
    const sentence = boundaryBefore(text, Math.min(i, found.at), SENTENCE_END);
    const clause = boundaryBefore(text, Math.min(i, found.at), CLAUSE_END);
    const scope = proseScope(text, subjects, sentence, i);
    if (scope.kind === "elsewhere") {
      skip();
      continue;
    }
    const who = scopeAndConfidence(scope, context);
    // Money printed before its label: what comes before the number, less the verb (政府投入), says the part.
    const before = found.after ? text.slice(Math.max(clause, who.end), i) : moneySubject(text, clause, found.at);
    const own = qualifierOf(before, text.slice(sentence, clause));
    out.push({
      metric: entry.metric,
      label: entry.label,
      ...yearOf(text, sentence, i, dataYear),
      value: p.value,
      unit: p.unit ?? "",
      ratio: p.ratio ? [p.ratio[0], p.ratio[1]] : null,
      text: p.text,
      school: who.school,
      qualifier: who.part || own ? `${who.part ?? ""}${own ?? ""}` : null,
      confidence: who.confidence,
      sentence: text.slice(sentence, sentenceEnd(text, Math.max(i, valueEnd - 1))),
      line: lineOf(entry.label, i),
      table: seg.table,
      row: seg.row,
      column: seg.column,
    });
    skip();
  }
  return out;
}
