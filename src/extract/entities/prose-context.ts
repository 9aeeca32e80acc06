/**
 * What a paragraph is about before it says so itself: the school its case names (【案例 5-4-3】北京市延庆区
 * 第一职业学校建…), or the school, specialty, class or programme its heading names (3.1.8北京市东城区特殊
 * 教育学校中餐烹饪专业). A figure in a paragraph that names no subject of its own belongs to them.
 */
import { squash } from "../../lib/text.ts";
import type { Report } from "../../model/index.ts";
import type { SchoolMatcher } from "./school-matcher.ts";
import type { Segment } from "./segments.ts";

/** The subject a paragraph inherits from its case or heading. */
export interface ProseContext {
  /** The school the case or heading names, if any (school key). */
  readonly school: string | null;
  /** The specialty, class or programme the heading names after the school (中餐烹饪专业), if any. */
  readonly part: string | null;
  /** Inside a case: a figure with no subject of its own is not the region's. */
  readonly inCase: boolean;
}

const NONE: ProseContext = { school: null, part: null, inCase: false };
/** A heading ending with a specialty, class, programme or project names a part of the school. */
const PART = /([\u4e00-\u9fff（）()]{2,16}?(?:专业群|专业|班|项目|工作室|实训基地))$/u;

/** The school (and the part after it) a title names first, if any. */
function titleSubject(title: string, matcher: SchoolMatcher): { school: string | null; part: string | null } {
  const text = squash(title);
  const m = matcher.scan(text)[0];
  if (!m) return { school: null, part: null };
  return { school: m.key, part: PART.exec(text.slice(m.end))?.[1] ?? null };
}

/** One context per segment of `segments` (body segments in reading order; others get none). */
export function proseContexts(
  report: Report,
  segments: readonly Segment[],
  matcher: SchoolMatcher,
): Map<Segment, ProseContext> {
  const caseTitles = new Map(report.cases.map((c) => [c.id, c.title]));
  const out = new Map<Segment, ProseContext>();
  let heading: { school: string | null; part: string | null } = { school: null, part: null };
  for (const seg of segments) {
    if (seg.where === "heading") heading = titleSubject(seg.text, matcher);
    if (seg.where !== "paragraph" && seg.where !== "note" && seg.where !== "case") continue;
    if (seg.caseId) {
      const own = titleSubject(caseTitles.get(seg.caseId) ?? "", matcher);
      out.set(seg, { school: own.school, part: own.school ? own.part : null, inCase: true });
    } else out.set(seg, heading.school ? { ...heading, inCase: false } : NONE);
  }
  return out;
}

/** The context of a segment, none when it has none. */
export function contextOf(contexts: ReadonlyMap<Segment, ProseContext>, seg: Segment): ProseContext {
  return contexts.get(seg) ?? NONE;
}
