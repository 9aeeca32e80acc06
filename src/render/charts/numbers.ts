/**
 * Reading numbers, years and units as the reports print them: full-width digits, the full-width point
 * `．`, thousands separators, trailing %, 万, 元, footnote superscripts, units in header brackets.
 */

const FULL_WIDTH_DIGIT = /[０-９]/g;
/** Footnote markers printed after a number (`9009 ⁶`): not part of the value. */
const SUPERSCRIPTS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/;
/** Cells that mean "no value": dashes, slashes, empty. */
const MISSING = /^(?:[—–\-－/／…]+|无|暂无)?$/;

/** Full-width digits and point to ASCII, spaces removed. */
export function normaliseDigits(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, ".")
    .replace(/\s+/g, "");
}

/** Whether a cell holds no value at all (empty or a dash): such cells do not count for or against a column. */
export function isMissing(cell: string): boolean {
  return MISSING.test(normaliseDigits(cell));
}

/** The unit a cell prints after its number (`96.5%` → `%`), or null. */
export function cellUnit(cell: string): string | null {
  const m = /(%|％|万元|元|万)$/.exec(normaliseDigits(cell).replace(SUPERSCRIPTS, ""));
  if (!m) return null;
  return m[1] === "％" ? "%" : (m[1] ?? null);
}

/**
 * The number a cell prints, or null: `1,234` → 1234, `９２．１` → 92.1, `96.5%` → 96.5, `3356元` → 3356,
 * `-383` → -383. Text around the number (`增加58人`) makes it not a number.
 */
export function parseNumber(cell: string): number | null {
  let text = normaliseDigits(cell).replace(SUPERSCRIPTS, "");
  text = text.replace(/(%|％|万元|元|万)$/, "");
  if (/^[+\-−]?\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?$/.test(text)) text = text.replace(/[,，]/g, "");
  if (!/^[+\-−]?(?:\d+\.?\d*|\.\d+)$/.test(text)) return null;
  const value = Number(text.replace("−", "-"));
  return Number.isFinite(value) ? value : null;
}

/** A year or academic period as printed: `2020`, `2019 年`, `2019-2020`, `2021—2022学年`, `2020年度`. */
const YEAR = /^((?:19|20)\d{2})(?:[-—–~至]((?:19|20)\d{2}))?(?:年|年度|学年)?$/;

/** The year (or the period's last year) a label stands for, or null when it is not a year. */
export function yearOf(text: string): number | null {
  const m = YEAR.exec(normaliseDigits(text));
  if (!m) return null;
  return Number(m[2] ?? m[1]);
}

/** A year label as it should be shown: spaces removed (`2019 年` → `2019年`). */
export function yearLabel(text: string): string {
  return normaliseDigits(text);
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
