/**
 * Numbers, years and units as a chart reads them from a table: the printed number (src/lib/numbers.ts)
 * in the unit the cell prints, year labels, units in header brackets.
 */
import { normaliseDigits, type PrintedNumber, readNumber, readYear } from "../../lib/numbers.ts";
import { squash } from "../../lib/text.ts";

/** Units a chart keeps as printed after a number: the column shows `1.8万` as 1.8 in 万, not 18000. */
const CELL_UNITS = ["%", "万元", "元", "万"];

/** The printed number of a cell as a chart reads it: no ratios (a:b is not a quantity on an axis). */
function printed(cell: string): PrintedNumber | null {
  const read = readNumber(cell, { units: CELL_UNITS });
  return read && read.ratio === null ? read : null;
}

/** The unit a cell prints after its number (`96.5%` → `%`), or null. */
export function cellUnit(cell: string): string | null {
  return printed(cell)?.unit ?? null;
}

/**
 * The number a cell prints, or null: `1,234` → 1234, `９２．１` → 92.1, `96.5%` → 96.5, `3356元` → 3356,
 * `12万` → 12 (the unit stays 万), `-383` → -383. Text around the number (`增加58人`) makes it not a number.
 */
export function parseNumber(cell: string): number | null {
  return printed(cell)?.number ?? null;
}

/** The year (or the period's last year) a label stands for, or null when it is not a year. */
export function yearOf(text: string): number | null {
  return readYear(text)?.year ?? null;
}

/** A year label as it should be shown: spaces removed (`2019 年` → `2019年`). */
export function yearLabel(text: string): string {
  return squash(normaliseDigits(text));
}

/** Units read from a bracket at the end of a header: （人）, (%), （万元）, （m ² ）. */
const BRACKET_UNIT = /[（(]\s*([^（）()]{1,6}?)\s*[）)]\s*$/;
const KNOWN_UNITS =
  /^(?:%|％|人|人次|人日|元|万元|亿元|所|个|套|项|门|课时|m\s*²|平方米|m2|台|件|次|名|本|篇|家|元\/生|万元\/生)$/;

/** The unit a header names, or null: `招生规模（人）` → 人, `比例（%）` → %, `奖助人数` → 人. */
export function headerUnit(header: string): string | null {
  const last = header.split("/").at(-1) ?? header;
  const m = BRACKET_UNIT.exec(last) ?? BRACKET_UNIT.exec(header);
  const unit = m?.[1]?.replace(/\s+/g, "");
  if (unit && KNOWN_UNITS.test(unit)) return normaliseUnit(unit);
  if (/人数$/.test(last)) return "人";
  return null;
}

/** One spelling per unit: ％ → %, m ² → m². */
export function normaliseUnit(unit: string): string {
  const u = unit.replace(/\s+/g, "");
  if (u === "％") return "%";
  return u.replace(/^m2$/, "m²");
}

/** A header without its unit bracket: `招生规模（人）` → 招生规模. */
export function withoutUnit(header: string): string {
  return header
    .split("/")
    .map((part) => part.replace(BRACKET_UNIT, "").trim())
    .filter((part) => part !== "")
    .join("/");
}
