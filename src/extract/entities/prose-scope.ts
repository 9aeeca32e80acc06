/**
 * Whom a figure in prose is about. A paragraph keeps talking about its last subject until it names
 * another: a curated school, some other school-like institution (某某应用技术学院) or the report's region
 * (北京市, 北京, 全市…). The figure's own sentence decides first (a curated school before the label, else
 * the nearest institution or region word); a sentence that names none ("2020年招生106人", "其影响力…")
 * continues the subject of the nearest earlier sentence that has one, which is the first it names (the
 * subject of a Chinese sentence comes first). A paragraph that names nobody is about the region.
 */
import { wordsPattern } from "../../lib/regexp.ts";
import { schoolLikeNames } from "./school-candidates.ts";
import type { SchoolMatcher } from "./school-matcher.ts";

/** Something a paragraph can be about, at [start, end) of its squashed text. */
export interface Subject {
  readonly kind: "school" | "institution" | "region";
  /** School key for a curated school, the name as printed otherwise. */
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Where the subject of a figure was found: its own sentence, the paragraph's only subject, the last of
 * several subjects named earlier, or nowhere.
 */
export type Named = "own" | "paragraph" | "earlier" | "none";

/** The scope of one figure: a curated school, the region, or an institution we do not publish. */
export type ProseScope = (
  | { readonly kind: "school"; readonly key: string; readonly end: number }
  | { readonly kind: "region" }
  | { readonly kind: "elsewhere"; readonly name: string }
) & { readonly named: Named };

const SENTENCE_END = /[。；;！？!?]/;
/**
 * A name right after these, or right before 、, is a list member or an agent (由…共建的, A和B,
 * A、B、C三所学校), not what the sentence is about: a figure after it belongs to the group.
 */
const SECONDARY = /[和与及、由同跟]/;
/** Whole-region words that need no region name. */
const WHOLE = ["全市", "全区", "全省", "本市", "本区", "本省", "我市", "我区", "我省"];

/** 北京市 → 北京市|北京, plus the whole-region words. */
function regionPattern(region: string | null): RegExp {
  const names = region ? [region, region.replace(/(?:省|市|区|县)$/, "")].filter((n) => n.length >= 2) : [];
  return new RegExp(wordsPattern([...names, ...WHOLE]), "g");
}

/** `text` with [start, end) blanked (a space breaks phrases), so later finders skip it. */
function mask(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + " ".repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

/** Every subject of a paragraph, in order: curated schools, then other institutions, then region words. */
export function subjectsOf(text: string, matcher: SchoolMatcher, region: string | null): Subject[] {
  const schools: Subject[] = matcher
    .scan(text)
    .map((m) => ({ kind: "school", name: m.key, start: m.start, end: m.end }));
  const rest = mask(text, schools);
  const institutions: Subject[] = schoolLikeNames(rest).map((c) => ({
    kind: "institution",
    name: c.name,
    start: c.start,
    end: c.start + c.name.length,
  }));
  const regionText = mask(rest, institutions);
  const regions: Subject[] = [...regionText.matchAll(regionPattern(region))].map((m) => ({
    kind: "region",
    name: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  return [...schools, ...institutions, ...regions]
    .filter((s) => !SECONDARY.test(text[s.start - 1] ?? "") && text[s.end] !== "、")
    .sort((a, b) => a.start - b.start);
}

function scopeOf(s: Subject | undefined, named: Named): ProseScope {
  if (!s) return { kind: "region", named: "none" };
  if (s.kind === "region") return { kind: "region", named };
  return s.kind === "school"
    ? { kind: "school", key: s.name, end: s.end, named }
    : { kind: "elsewhere", name: s.name, named };
}

function sentenceStart(text: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && !SENTENCE_END.test(text[j] as string)) j--;
  return j + 1;
}

/** The scope of a figure whose label starts at `label` in the sentence starting at `sentence`. */
export function proseScope(text: string, subjects: readonly Subject[], sentence: number, label: number): ProseScope {
  const own = subjects.filter((s) => s.start >= sentence && s.end <= label);
  // A curated school anywhere before the label wins in its own sentence (以北京国际职业教育学校为例，在校学生512人).
  const named = own.filter((s) => s.kind === "school").at(-1) ?? own.at(-1);
  if (named) return scopeOf(named, "own");
  const earlier = subjects.filter((s) => s.end <= sentence);
  const last = earlier.at(-1);
  if (!last) return scopeOf(undefined, "none");
  const from = sentenceStart(text, last.start);
  // A paragraph that has named one subject only (the region, however written, or one school) is about it.
  const one = new Set(earlier.map((s) => (s.kind === "region" ? "region" : `${s.kind}:${s.name}`))).size === 1;
  return scopeOf(
    subjects.find((s) => s.start >= from),
    one ? "paragraph" : "earlier",
  );
}
