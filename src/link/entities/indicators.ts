/**
 * Published indicators: ids from their source (never from order), school ids, and one indicator-conflict
 * finding per metric/year/scope that a report gives two different values for (all values are kept).
 */
import type { IndicatorFact, ReportEntities } from "../../extract/entities/index.ts";
import { byCodePoint } from "../../lib/sort.ts";
import { type Finding, finding, type Indicator } from "../../model/index.ts";
import type { SchoolIds } from "./schools.ts";

/** `<report>--<metric>-<year>-l<line>[-<table>-r<row>-c<col>]`, unique within the report. */
function baseId(report: string, f: IndicatorFact, col: number): string {
  const where = f.table ? `-${f.table}${f.row !== null ? `-r${f.row}` : ""}-c${col}` : "";
  return `${report}--${f.metric.toLowerCase()}-${f.year ?? "na"}-l${f.line}${where}`;
}

/** The indicators of one report, sorted by line, with unique ids. */
export function reportIndicators(r: ReportEntities, ids: SchoolIds): Indicator[] {
  const taken = new Map<string, number>();
  const columnIndex = (f: IndicatorFact): number =>
    f.table ? Math.max(0, r.report.tables.find((t) => t.id === f.table)?.columns.indexOf(f.column ?? "") ?? 0) : 0;
  const facts = [...r.indicators].sort(
    (a, b) => a.line - b.line || byCodePoint(a.metric, b.metric) || (a.year ?? 0) - (b.year ?? 0),
  );
  return facts.map((f): Indicator => {
    const base = baseId(r.report.id, f, columnIndex(f));
    const n = (taken.get(base) ?? 0) + 1;
    taken.set(base, n);
    return {
      id: n === 1 ? base : `${base}-${n}`,
      report: r.report.id,
      metric: f.metric,
      label: f.label,
      year: f.year,
      period: f.period,
      value: f.value,
      unit: f.unit,
      ratio: f.ratio ? [f.ratio[0], f.ratio[1]] : null,
      text: f.text,
      scope: f.school
        ? { kind: "school", name: f.school, school: ids.get(f.school) ?? null }
        : { kind: "region", name: r.report.region, school: null },
      qualifier: f.qualifier,
      confidence: f.confidence,
      sentence: f.sentence,
      source: { report: r.report.id, line: f.line, table: f.table, row: f.row, column: f.column },
    };
  });
}

const fmt = (i: Indicator): string => `${i.text} (line ${i.source.line}${i.source.table ? `, ${i.source.table}` : ""})`;
/** The same in Chinese for the pages: `90.29（第 474 行，表2-2）`. */
const fmtZh = (i: Indicator): string =>
  `${i.text}（第 ${i.source.line} 行${i.source.table ? `，${i.source.table.replace(/^tbl-/, "表")}` : ""}）`;

/** The interval a printed value stands for: 0.43万 is 4250–4350, 4261 is exact. */
function interval(i: Indicator): [number, number] {
  const decimals = /[.．](\d+)/.exec(i.text)?.[1]?.length ?? 0;
  const scale = /万/.test(i.text) ? 10000 : /亿/.test(i.text) ? 1e8 : 1;
  const half = scale === 1 ? 0 : (0.5 * scale) / 10 ** decimals;
  return [i.value - half, i.value + half];
}

/** True when some two values of the group cannot be the same number rounded as printed. */
function disagree(group: readonly Indicator[]): boolean {
  const spans = group.map(interval);
  const low = Math.max(...spans.map((s) => s[0]));
  const high = Math.min(...spans.map((s) => s[1]));
  return low - high > 1e-9;
}

/** One finding per metric/year/scope/unit with more than one value in a report. */
export function indicatorConflicts(list: readonly Indicator[]): Finding[] {
  const groups = new Map<string, Indicator[]>();
  for (const i of list) {
    const key = [i.metric, i.year, i.scope.kind, i.scope.name, i.qualifier, i.unit, i.period].join("|");
    const group = groups.get(key) ?? [];
    group.push(i);
    groups.set(key, group);
  }
  const out: Finding[] = [];
  for (const group of groups.values()) {
    if (!disagree(group)) continue;
    const first = group[0] as Indicator;
    const values = group.map(fmt).join(" vs ");
    const valuesZh = group.map(fmtZh).join("、");
    out.push(
      finding(
        "indicator-conflict",
        {
          metric: first.label,
          year: String(first.year ?? "no year"),
          scope: first.scope.name ?? "全地区",
          values,
          valuesZh,
        },
        first.source.line,
      ),
    );
  }
  return out;
}
