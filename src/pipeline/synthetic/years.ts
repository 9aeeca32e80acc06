/**
 * The years of a report's own time frame, and moving them: a report looks back a few years (近三年 tables,
 * the previous year's column) and is published the year after its data. Years outside that frame (a
 * school founded in 1983, a plan for 2016—2020) are history and stay as printed.
 */
import { cnDigitsNumber } from "../../lib/numbers.ts";

/** The years that move with the report, inclusive. */
export interface YearWindow {
  readonly from: number;
  readonly to: number;
}

/** How far back a report's own tables and comparisons reach from its data year (近三年 plus one). */
const LOOK_BACK = 3;

/** The report's time frame: from three years before the data year to the year after the report year. */
export function yearWindow(reportYear: number, dataYear: number | null): YearWindow {
  return { from: Math.min(dataYear ?? reportYear, reportYear) - LOOK_BACK, to: reportYear + 1 };
}

/** A year moved by `by` when it lies in the window; unchanged otherwise. */
export function shiftYear(year: number, window: YearWindow, by: number): number {
  return year >= window.from && year <= window.to ? year + by : year;
}

/** A range (2022-2023学年) moves only as a whole: when either end lies outside the window, it is history. */
export function shiftRange(first: number, last: number, window: YearWindow, by: number): [number, number] {
  const inside = (y: number): boolean => y >= window.from && y <= window.to;
  return inside(first) && inside(last) ? [first + by, last + by] : [first, last];
}

const CN_DIGITS = "〇一二三四五六七八九";

/** A year written digit by digit in Chinese (二零二一, 二〇二三) moved like an Arabic one, in the same zero. */
export function shiftChineseYear(text: string, window: YearWindow, by: number): string {
  const year = cnDigitsNumber(text);
  if (Number.isNaN(year)) return text;
  const moved = shiftYear(year, window, by);
  if (moved === year) return text;
  const zero = text.includes("零") ? "零" : "〇";
  return [...String(moved)].map((d) => (d === "0" ? zero : (CN_DIGITS[Number(d)] ?? d))).join("");
}
