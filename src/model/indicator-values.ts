/** Indicator values in one base unit, so that 2.57万人, 25700人 and 25700名 compare and plot together. */
import type { Indicator } from "./entities.ts";

const SCALE: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };
/** Units that name the same thing: 名 counts people like 人. */
const SAME: Record<string, string> = { 名: "人" };

/** The value and unit with a leading 万/亿 multiplied out (`2.57万人` → 25700 人). */
export function inBaseUnit(i: Pick<Indicator, "value" | "unit">): { value: number; unit: string } {
  const scale = SCALE[i.unit.charAt(0)] ?? 1;
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
 * Whether a fact can be a point on a chart over the years: a whole-scope figure of one year. A part
 * (其中…, 综合高中班), a ratio of parts or a figure over several years would mislead on that axis.
 */
export function drawable(i: Indicator): boolean {
  return i.year !== null && (i.period === null || isSchoolYear(i)) && i.ratio === null && i.qualifier === null;
}
