/**
 * One record per school across reports: curated schools keep their gazetteer data and id; uncurated
 * names (detected, not in data/schools.yaml) become records flagged `curated: false`. Only schools that
 * some report names are published.
 */
import type { ReportEntities } from "../../extract/entities/index.ts";
import { normalizeName } from "../../extract/entities/text.ts";
import { byCodePoint } from "../../lib/sort.ts";
import type { Gazetteer, GazetteerSchool, School, SchoolMention } from "../../model/index.ts";
import { pinyinId } from "./ids.ts";

/** School key (canonical name, or printed name for uncurated ones) → published id. */
export type SchoolIds = ReadonlyMap<string, string>;

/** Ids of every school key named in the reports: curated id, else pinyin; a clash gets a numeric suffix. */
export function schoolIds(g: Gazetteer, reports: readonly ReportEntities[]): SchoolIds {
  const curated = new Map(g.schools.map((s) => [normalizeName(s.name), s]));
  const keys = [...new Set(reports.flatMap((r) => r.mentions.map((m) => m.key)))].sort(byCodePoint);
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const key of keys.sort((a, b) => Number(!curated.has(a)) - Number(!curated.has(b)))) {
    const base = curated.get(key)?.id ?? pinyinId(key);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids.set(key, id);
  }
  return ids;
}

/** The published mention of a found mention. */
function toMention(report: string, m: ReportEntities["mentions"][number]): SchoolMention {
  const s = m.segment;
  return {
    report,
    line: m.line,
    text: m.printed,
    context: m.context,
    where: s.where,
    caseId: s.caseId,
    table: s.table,
    row: s.row,
    column: s.column,
  };
}

const mentionOrder = (a: SchoolMention, b: SchoolMention): number =>
  byCodePoint(a.report, b.report) || a.line - b.line || byCodePoint(a.text, b.text) || (a.row ?? -1) - (b.row ?? -1);

/** Distinct values by a key, in first-seen order. */
function distinct<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => !seen.has(key(t)) && seen.add(key(t)) !== undefined);
}

/** The school records (without specialties; see withSpecialties), sorted by id. */
export function buildSchools(g: Gazetteer, reports: readonly ReportEntities[], ids: SchoolIds): School[] {
  const curated = new Map<string, GazetteerSchool>(g.schools.map((s) => [normalizeName(s.name), s]));
  const byKey = new Map<string, SchoolMention[]>();
  for (const r of reports) {
    for (const m of r.mentions) {
      const list = byKey.get(m.key) ?? [];
      list.push(toMention(r.report.id, m));
      byKey.set(m.key, list);
    }
  }
  const schools = [...byKey].map(([key, found]): School => {
    const entry = curated.get(key);
    const mentions = [...found].sort(mentionOrder);
    const printed = mentions.map((m) => m.text).filter((t) => t !== key);
    return {
      id: ids.get(key) as string,
      name: entry?.name ?? key,
      aliases: [...new Set([...(entry?.aliases ?? []), ...(entry?.tags ?? []), ...printed])].sort(byCodePoint),
      district: entry?.district ?? /^(?:北京市)?([\u4e00-\u9fff]{1,3}区)/.exec(key)?.[1] ?? null,
      level: entry?.level ?? null,
      ownership: entry?.ownership ?? null,
      curated: entry !== undefined,
      reports: [...new Set(mentions.map((m) => m.report))].sort(byCodePoint),
      mentions,
      cases: distinct(
        mentions.flatMap((m) => (m.caseId ? [{ report: m.report, caseId: m.caseId }] : [])),
        (c) => `${c.report}#${c.caseId}`,
      ),
      tableRows: distinct(
        mentions.flatMap((m) =>
          m.table !== null && m.row !== null ? [{ report: m.report, table: m.table, row: m.row, line: m.line }] : [],
        ),
        (t) => `${t.report}#${t.table}#${t.row}`,
      ),
      specialties: [],
    };
  });
  return schools.sort((a, b) => byCodePoint(a.id, b.id));
}
