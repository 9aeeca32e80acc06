/**
 * Values of indicator facts from printed numbers (read by src/lib/numbers.ts): what a fact keeps of a
 * number, and the units it accepts in table cells and in prose.
 */
import { type PrintedNumber, readNumber, readNumberAt } from "../../lib/numbers.ts";

/** A printed value as a fact keeps it. */
export interface ParsedValue {
  readonly value: number;
  readonly unit: string | null;
  readonly ratio: readonly [number, number] | null;
  readonly text: string;
}

/** In a cell, a number may carry %, 万 or 亿 (multiplied out; the column or row names the unit). */
const CELL_UNITS = ["%", "万", "亿"];

/**
 * A table cell as a value: a number (万/亿 multiplied out) with an optional %, or a ratio a:b; footnote
 * marks (⁶) and spaces are ignored. Null for text, dashes, empty cells and changes printed with `+`.
 */
export function parseCell(cell: string): ParsedValue | null {
  const read = readNumber(cell, { units: CELL_UNITS });
  if (!read || read.plus) return null;
  const unit = read.unit === "%" || read.unit === "ratio" ? read.unit : null;
  return { value: read.value, unit, ratio: read.ratio, text: read.text };
}

/** Units that may follow a number in prose. */
export const PROSE_UNITS = [
  "万人次",
  "人次",
  "人日",
  "万人",
  "万元",
  "亿元",
  "元/生",
  "元/月",
  "元",
  "人",
  "名",
  "所",
  "个",
  "%",
];

/** Counts of people in 万 are multiplied out (7.28万人 → 72800 人); money keeps its printed unit (万元). */
const IN_PEOPLE: Record<string, string> = { 万人: "人", 万人次: "人次" };

function proseValue(read: PrintedNumber): ParsedValue {
  const people = read.unit ? IN_PEOPLE[read.unit] : undefined;
  if (people) return { value: read.value, unit: people, ratio: null, text: read.text };
  return { value: read.number, unit: read.unit, ratio: read.ratio, text: read.text };
}

/** `<number><unit>` at the start of `s` (spaces allowed between), or a ratio a:b; a bare 万/亿 is no unit. */
export function valueAt(s: string): { parsed: ParsedValue; length: number } | null {
  const found = readNumberAt(s, PROSE_UNITS);
  return found ? { parsed: proseValue(found.read), length: found.length } : null;
}
