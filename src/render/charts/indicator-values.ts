/** Indicator values in one base unit, so that 2.57万人, 25700人 and 25700名 compare and plot together. */
import { multiplierOf } from "../../lib/numbers.ts";
import { byCodePoint as compare } from "../../lib/sort.ts";
import type { Indicator } from "../../model/entities.ts";

/** Units that name the same thing: 名 counts people like 人. */
const SAME: Record<string, string> = { 名: "人" };

/** The value and unit with a leading 万/亿 multiplied out (`2.57万人` → 25700 人). */
export function inBaseUnit(i: Pick<Indicator, "value" | "unit">): { value: number; unit: string } {
  const scale = multiplierOf(i.unit);
  const rest = scale === 1 ? i.unit : i.unit.slice(1);
  // Rounded to 1/1000: 2.57 × 10 000 is 25699.999999999996 in binary floating point.
  return { value: Math.round(i.value * scale * 1000) / 1000, unit: SAME[rest] ?? rest };
}

/**
 * A school year read from a table row (2019-2020 → year 2020): one year's figure, drawn at the year it
 * ends. A period from prose (2020年、2021年…共) is a sum over years and is not.
 */
export function isSchoolYear(i: Pick<Indicator, "year" | "period" | "source">): boolean {
  const m = /^((?:19|20)\d{2})\D{1,2}((?:19|20)\d{2})$/.exec(i.period ?? "");
  return i.source.table !== null && !!m && Number(m[2]) === Number(m[1]) + 1 && i.year === Number(m[2]);
}

/**
 * Whether a fact can be a point on a chart over the years: a whole-scope figure of one year whose scope is
 * certain. A part (其中…, 综合高中班), a ratio of parts, a figure over several years or one whose subject
 * the text leaves open would mislead on that axis.
 */
export function drawable(i: Indicator): boolean {
  return (
    i.confidence === "certain" &&
    i.year !== null &&
    (i.period === null || isSchoolYear(i)) &&
    i.ratio === null &&
    i.qualifier === null
  );
}

/**
 * The drawable facts of one metric in its most common base unit (ties: the unit first in code-point
 * order): one chart axis, one unit. 6.2万元 joins 62292.99元.
 */
export function inMainUnit(facts: readonly Indicator[]): Indicator[] {
  const byUnit = new Map<string, Indicator[]>();
  for (const i of facts.filter(drawable)) {
    const { unit } = inBaseUnit(i);
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), i]);
  }
  return [...byUnit].sort((a, b) => b[1].length - a[1].length || compare(a[0], b[0]))[0]?.[1] ?? [];
}

/** A fact as a point of a chart's line: `onLine` false for another value of its series and year. */
export interface LinePoint {
  readonly fact: Indicator;
  readonly onLine: boolean;
}

/**
 * Which value of a series' year the line goes through when the report gives several: a table's before
 * prose (tables print the exact figure), then the newer report's, then the earlier line.
 */
export function preferredFirst(reportYear: (id: string) => number): (a: Indicator, b: Indicator) => number {
  const fromTable = (i: Indicator) => (i.source.table ? 0 : 1);
  return (a, b) =>
    fromTable(a) - fromTable(b) ||
    reportYear(b.report) - reportYear(a.report) ||
    compare(a.report, b.report) ||
    a.source.line - b.source.line;
}

/**
 * The points of a chart over the years, by year and series: the preferred value of a series' year is on
 * the line, another value is a point off it, and the same value again (a table restating the prose) is
 * dropped.
 */
export function linePoints(
  facts: readonly Indicator[],
  seriesOf: (i: Indicator) => string,
  prefer: (a: Indicator, b: Indicator) => number,
): LinePoint[] {
  const sorted = [...facts].sort(
    (a, b) => (a.year ?? 0) - (b.year ?? 0) || compare(seriesOf(a), seriesOf(b)) || prefer(a, b),
  );
  const seen = new Map<string, number[]>();
  const out: LinePoint[] = [];
  for (const fact of sorted) {
    const key = `${seriesOf(fact)}\u0000${fact.year ?? ""}`;
    const { value } = inBaseUnit(fact);
    const before = seen.get(key) ?? [];
    if (before.includes(value)) continue;
    out.push({ fact, onLine: before.length === 0 });
    seen.set(key, [...before, value]);
  }
  return out;
}

/** The year as a chart's axis shows it: `2020`, or a table's school year as printed (`2019-2020`). */
export function yearLabel(i: Indicator): string {
  return isSchoolYear(i) && i.period ? i.period : String(i.year ?? "");
}

/**
 * Where a value was read, as a reader cites it: `第 947 行，表3-6（北京高等职业教育质量年度报告 2020）`.
 * `place` is the table's printed label when the value was read from one; `report` its title (or id).
 */
export function sourceCitation(line: number, place: string | null, report: string): string {
  return `第 ${line} 行${place ? `，${place}` : ""}（${report}）`;
}

/** `表3-6` from a table id (`tbl-3-6`), whose path is the table's printed number; when no record says it. */
export function tableLabelOf(id: string): string {
  return id.startsWith("tbl-") ? `表${id.slice("tbl-".length)}` : id;
}
