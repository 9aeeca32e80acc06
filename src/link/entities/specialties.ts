/**
 * One record per specialty across reports, keyed by 专业代码 where one is printed. Rows without a code
 * take the code their name has elsewhere (in any report) when that name has exactly one code; otherwise
 * the specialty is keyed by its name.
 */
import type { ReportEntities, SpecialtyFact } from "../../extract/entities/index.ts";
import { byCodePoint } from "../../lib/sort.ts";
import { type Finding, finding, type Specialty, type SpecialtyEvent } from "../../model/index.ts";
import { pinyinId } from "./ids.ts";
import type { SchoolIds } from "./schools.ts";

/** Name → code, for names printed with exactly one code anywhere. */
export function codesByName(facts: readonly SpecialtyFact[]): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  for (const f of facts) if (f.code) seen.set(f.name, (seen.get(f.name) ?? new Set()).add(f.code));
  return new Map([...seen].flatMap(([name, codes]) => (codes.size === 1 ? [[name, [...codes][0] as string]] : [])));
}

/** A specialty's id: its code (lower-cased), or the pinyin of its name. */
export function specialtyId(code: string | null, name: string): string {
  return code ? code.toLowerCase() : `zy-${pinyinId(name)}`;
}

const mostCommon = (values: readonly string[]): string | null => {
  const n = new Map<string, number>();
  for (const v of values) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]))[0]?.[0] ?? null;
};

/** The event of a fact, with school ids. */
function toEvent(report: string, f: SpecialtyFact, ids: SchoolIds): SpecialtyEvent {
  return {
    event: f.event,
    school: f.school ? (ids.get(f.school) ?? null) : null,
    name: f.name,
    year: f.year,
    duration: f.duration,
    result: f.result,
    grade: f.grade,
    pair: f.pair
      ? { school: ids.get(f.pair.school) ?? null, schoolName: f.pair.school, specialty: f.pair.specialty }
      : null,
    source: { report, line: f.line, table: f.table, row: f.row, column: f.column },
  };
}

/** The specialty records, sorted by id, and a finding per report for a code printed with two names. */
export function buildSpecialties(
  reports: readonly ReportEntities[],
  ids: SchoolIds,
): { specialties: Specialty[]; findings: Map<string, Finding[]> } {
  const codes = codesByName(reports.flatMap((r) => r.specialties));
  const groups = new Map<string, { code: string | null; items: { report: string; fact: SpecialtyFact }[] }>();
  for (const r of reports) {
    for (const fact of r.specialties) {
      const code = fact.code ?? codes.get(fact.name) ?? null;
      const key = code ?? `name:${fact.name}`;
      const g = groups.get(key) ?? { code, items: [] };
      g.items.push({ report: r.report.id, fact });
      groups.set(key, g);
    }
  }
  const findings = new Map<string, Finding[]>();
  const specialties = [...groups.values()].map(({ code, items }): Specialty => {
    const names = [...new Set(items.map((i) => i.fact.name))].sort(byCodePoint);
    const coded = items.filter((i) => i.fact.code).map((i) => i.fact.name);
    const name = mostCommon(coded.length > 0 ? coded : items.map((i) => i.fact.name)) as string;
    if (code && new Set(coded).size > 1) noteConflict(findings, code, items);
    const events = items.map((i) => toEvent(i.report, i.fact, ids));
    events.sort(
      (a, b) =>
        byCodePoint(a.source.report, b.source.report) || a.source.line - b.source.line || byCodePoint(a.name, b.name),
    );
    return {
      id: specialtyId(code, name),
      code,
      name,
      names,
      category: mostCommon(items.flatMap((i) => (i.fact.category ? [i.fact.category] : []))),
      durations: [...new Set(items.flatMap((i) => (i.fact.duration ? [i.fact.duration] : [])))].sort(byCodePoint),
      schools: [...new Set(events.flatMap((e) => (e.school ? [e.school] : [])))].sort(byCodePoint),
      reports: [...new Set(items.map((i) => i.report))].sort(byCodePoint),
      events,
    };
  });
  return { specialties: specialties.sort((a, b) => byCodePoint(a.id, b.id)), findings };
}

/** One specialty-code-conflict per report that prints the code with a second name. */
function noteConflict(
  findings: Map<string, Finding[]>,
  code: string,
  items: readonly { report: string; fact: SpecialtyFact }[],
): void {
  const coded = items.filter((i) => i.fact.code);
  const first = coded[0]?.fact.name;
  const names = [...new Set(coded.map((i) => i.fact.name))].join(" / ");
  for (const i of coded.filter((x) => x.fact.name !== first)) {
    const list = findings.get(i.report) ?? [];
    if (!list.some((f) => f.ruleId === "specialty-code-conflict" && (f.params as { code: string }).code === code)) {
      list.push(finding("specialty-code-conflict", { code, names }, i.fact.line));
    }
    findings.set(i.report, list);
  }
}
