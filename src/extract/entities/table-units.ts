/**
 * The unit of a table value, from wherever the table prints it: the cell (96.5%), a 单位 column, the row
 * label (`生均教学仪器设备值（万元）`), the column header (`招生规模（人）`, `比例（%）`) or the caption and
 * note (`单位：万元`). Counts printed in 万 (`（万人）`) are multiplied out; money keeps its printed unit.
 */
import { readNumber } from "../../lib/numbers.ts";

/** A unit as compared: no spaces (`m ² /生` → `m²/生`), full-width % as ASCII; null for a dash or nothing. */
export function normaliseUnit(unit: string | null | undefined): string | null {
  const u = (unit ?? "").replace(/\s+/g, "").replace(/％/g, "%");
  return u === "" || /^[—–\-－/／]+$/.test(u) ? null : u;
}

/** The unit in brackets at the end of a label (`招生规模（人）` → 人), if any. */
export function unitInBrackets(label: string): string | null {
  const m = /[（(]([^（）()]+)[）)]\s*$/.exec(label.replace(/\s+/g, ""));
  const inner = m?.[1] ?? null;
  // `（其中双师型教师65人）` is a note, not a unit: a unit has no digits and is short.
  return inner && inner.length <= 6 && !/\d/.test(inner) ? normaliseUnit(inner) : null;
}

/** `单位：万元` (also `单位:人`) in a caption or note. */
export function statedUnit(text: string | null): string | null {
  const m = /单位\s*[：:]\s*([^\s，,；;。）)]+)/.exec(text ?? "");
  return normaliseUnit(m?.[1]);
}

/** A table value in the metric's terms. */
export interface CellValue {
  readonly value: number;
  readonly unit: string;
  readonly ratio: readonly [number, number] | null;
  readonly text: string;
}

/** Units a cell may print after its number. */
const CELL_UNITS = ["%", "万元", "亿元", "万人", "万", "亿", "元", "人", "人次", "个", "所"];
/** Counts in 万: multiplied out to the plain unit. */
const IN_PEOPLE: Record<string, string> = { 万人: "人", 万人次: "人次", 万人日: "人日" };

/**
 * The value of a cell with the first unit found (cell, then `printed` in order); null for text, dashes
 * and changes printed with `+`. A bare 万/亿 in the cell multiplies the unit found elsewhere.
 */
export function cellValue(cell: string, printed: readonly (string | null)[], fallback: string): CellValue | null {
  const read = readNumber(cell, { units: CELL_UNITS });
  if (!read || read.plus) return null;
  if (read.ratio) return { value: read.value, unit: "ratio", ratio: read.ratio, text: read.text };
  const own = read.unit === "万" || read.unit === "亿" ? null : read.unit;
  const unit = own ?? printed.find((u) => u !== null) ?? fallback;
  const people = IN_PEOPLE[unit];
  if (people) return { value: Math.round(read.value * 1e4 * 1000) / 1000, unit: people, ratio: null, text: read.text };
  // 1.8万 in a 人 column is 18000 人; in a 万元 column the printed number stays (money keeps its unit).
  const value = own === null && read.unit !== null ? read.value : read.number;
  return { value, unit, ratio: null, text: read.text };
}
