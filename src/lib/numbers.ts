/**
 * Reading numbers as the reports print them: full-width digits and point (９２．１), thousands separators
 * (4,837.51), a leading sign, 万/亿 multipliers, %, ratios (8.1:1), footnote marks (9009⁶), dashes for
 * "no value"; and Chinese numerals (十二, 二〇二三).
 */
import { wordsPattern } from "./regexp.ts";
import { splitFootnoteMarker } from "./text.ts";

/** A number as printed, with what was printed around it. */
export interface PrintedNumber {
  /** The number as printed, before any multiplier: `1.8万` → 1.8; a ratio a:b → a/b. */
  readonly number: number;
  /** The quantity: the number times the multiplier its unit starts with (`1.8万` → 18000, `2.57万人` → 25700). */
  readonly value: number;
  /** 10 000 for a unit starting with 万, 100 000 000 for 亿, else 1. */
  readonly multiplier: number;
  /** The unit printed after the number (`%`, `万`, `万元`…), `ratio` for a:b, null for none. */
  readonly unit: string | null;
  /** Both terms of a ratio a:b, else null. */
  readonly ratio: readonly [number, number] | null;
  /** Printed with a leading `+`: a change (增减 +5) rather than a level. */
  readonly plus: boolean;
  /** The footnote mark printed after the number (`⁶` of `9009⁶`, `*`), else null. */
  readonly footnote: string | null;
  /** The text that was read, trimmed. */
  readonly text: string;
}

/** Which units a caller accepts after a number (longest listed first wins). */
export interface ReadOptions {
  /** Units that may follow the number, e.g. `["%", "万元", "元", "万"]`; default `["%"]`. */
  readonly units?: readonly string[];
}

const FULL_WIDTH_DIGIT = /[０-９]/g;

/**
 * Full-width digits, point, percent sign and colon as ASCII (`９２．１％` → `92.1%`, `8.1：1` → `8.1:1`).
 * One character for one, so offsets into the text stay valid.
 */
export function normaliseDigits(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, ".")
    .replace(/％/g, "%")
    .replace(/：/g, ":");
}

/** Cells that mean "no value": empty, dashes (—, ——, －, -), slashes, an ellipsis, 无, 暂无. */
const NO_VALUE = /^(?:[—–\-－/／…]+|无|暂无)?$/;

/** Whether a cell holds no value at all (empty or a dash): such cells count neither for nor against a column. */
export function isNoValue(text: string): boolean {
  return NO_VALUE.test(text.replace(/\s+/g, ""));
}

/** A decimal number: digits in groups of three (4,837.51; also with ， in a cell), or plain digits. */
const DECIMAL = String.raw`\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** The same in running text, where ， separates clauses and only the ASCII comma groups digits. */
const DECIMAL_IN_TEXT = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?`;
const SIGN = "[+\\-−]";

const decimal = (text: string): number => Number(text.replace(/[,，]/g, ""));
const term = (text = ""): number => Number(text.replace(/[,，]/g, "").replace("−", "-"));
const rounded = (value: number): number => Math.round(value * 1e6) / 1e6;

/** The multiplier a unit starts with: 万 10 000, 亿 100 000 000, else 1. */
export function multiplierOf(unit: string | null): number {
  if (unit?.startsWith("万")) return 1e4;
  if (unit?.startsWith("亿")) return 1e8;
  return 1;
}

function signed(sign: string | undefined, digits: string): number {
  const n = decimal(digits);
  return sign === "-" || sign === "−" ? -n : n;
}

function ratioOf(a: number, b: number, text: string): PrintedNumber | null {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  const value = rounded(a / b);
  return { number: value, value, multiplier: 1, unit: "ratio", ratio: [a, b], plus: false, footnote: null, text };
}

function quantity(sign: string | undefined, digits: string, unit: string | null, text: string): PrintedNumber {
  const number = signed(sign, digits);
  const multiplier = multiplierOf(unit);
  const value = multiplier === 1 ? number : rounded(number * multiplier);
  return { number, value, multiplier, unit, ratio: null, plus: sign === "+", footnote: null, text };
}

const cache = new Map<string, { cell: RegExp; prose: RegExp }>();
/** Callers pass the same unit lists again and again: found by identity before joining them into a key. */
const byList = new WeakMap<readonly string[], { cell: RegExp; prose: RegExp }>();

/** The patterns for a set of units, built once per set. */
function patterns(units: readonly string[]): { cell: RegExp; prose: RegExp } {
  const known = byList.get(units);
  if (known) return known;
  const key = units.join("\u0000");
  let p = cache.get(key);
  if (!p) {
    const unit = `(${wordsPattern(units)})?`;
    p = {
      cell: new RegExp(`^(${SIGN})?(${DECIMAL})${unit}$`),
      prose: new RegExp(`^(${SIGN})?(${DECIMAL_IN_TEXT})\\s*${unit.slice(0, -1)}`),
    };
    cache.set(key, p);
  }
  byList.set(units, p);
  return p;
}

const RATIO = new RegExp(`^(${SIGN}?(?:${DECIMAL})):(${SIGN}?(?:${DECIMAL}))$`);
const RATIO_IN_TEXT = /^([-−]?\d+(?:\.\d+)?)\s*:\s*([-−]?\d+(?:\.\d+)?)/;

/**
 * The number a whole cell prints, or null: `1,234` → 1234, `９２．１` → 92.1, `96.5%` → 96.5 (unit %),
 * `1.8万` → number 1.8, value 18000, `8.1:1` → ratio, `9009⁶` → 9009 (footnote ⁶), `-383`. Spaces are
 * ignored; a unit not in `options.units` or any other text (`增加58人`) makes it not a number, and so do
 * the dashes of {@link isNoValue}.
 */
export function readNumber(cell: string, options: ReadOptions = {}): PrintedNumber | null {
  const text = cell.trim();
  const marked = splitFootnoteMarker(normaliseDigits(text).replace(/\s+/g, ""));
  const star = /^\*|\*$/.exec(marked.text);
  const s = star ? marked.text.replace(/^\*|\*$/, "") : marked.text;
  const footnote = marked.marker ?? star?.[0] ?? null;
  const ratio = RATIO.exec(s);
  if (ratio) {
    const read = ratioOf(term(ratio[1]), term(ratio[2]), text);
    return read ? { ...read, footnote } : null;
  }
  const m = patterns(options.units ?? ["%"]).cell.exec(s);
  if (!m) return null;
  return { ...quantity(m[1], m[2] ?? "", m[3] ?? null, text), footnote };
}

/**
 * The number (with one of `units` after it, spaces allowed between) or ratio a:b at the start of running
 * text, and how many characters it takes; null when the text does not start with one. The text is
 * expected to have gone through {@link normaliseDigits}.
 */
export function readNumberAt(text: string, units: readonly string[]): { read: PrintedNumber; length: number } | null {
  const ratio = RATIO_IN_TEXT.exec(text);
  if (ratio) {
    const read = ratioOf(term(ratio[1]), term(ratio[2]), ratio[0]);
    return read ? { read, length: ratio[0].length } : null;
  }
  const m = patterns(units).prose.exec(text);
  if (!m?.[3]) return null;
  return { read: quantity(m[1], m[2] ?? "", m[3], m[0]), length: m[0].length };
}

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Value of a Chinese numeral up to 99 (一, 十, 十二, 二十三); NaN otherwise. */
export function cnNumber(text: string): number {
  if (text === "十") return 10;
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === "") return Number.NaN;
  const [, tens, ten, ones] = m;
  if (!ten) return tens && !ones ? (CN_DIGITS[tens] ?? Number.NaN) : Number.NaN;
  return (tens ? (CN_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CN_DIGITS[ones] ?? 0) : 0);
}

/** A number written digit by digit in Chinese (二零二一, 二〇二三); NaN otherwise. */
export function cnDigitsNumber(text: string): number {
  let out = "";
  for (const ch of text) {
    const d = CN_DIGITS[ch];
    if (d === undefined) return Number.NaN;
    out += String(d);
  }
  return out === "" ? Number.NaN : Number(out);
}

/** A year or school year as printed: `2020`, `2019 年`, `2020年度`, `2019-2020`, `2021—2022学年`, `２０２１－２０２２`. */
const YEAR = /^((?:19|20)\d{2})(?:[-—–－~至]((?:19|20)\d{2}))?(?:年|年度|学年)?$/;

/**
 * The year a label stands for (a period's last year: 2019-2020 → 2020) and the period as `2019-2020`,
 * or null when the label is not a year.
 */
export function readYear(text: string): { year: number; period: string | null } | null {
  const m = YEAR.exec(normaliseDigits(text).replace(/\s+/g, ""));
  if (!m?.[1]) return null;
  return m[2] ? { year: Number(m[2]), period: `${m[1]}-${m[2]}` } : { year: Number(m[1]), period: null };
}

/** A number as printed in a cell: sign, digits (ASCII, maybe already grouped), decimals, then anything after. */
const PRINTED_FIGURE = /^([+\-−]?)(\d{4,})(\.\d+)?(\D*)$/;

/**
 * A printed number with zh-CN thousands separators in its whole part, for display (`19349` → `19,349`,
 * `25700人` → `25,700人`, `62292.99` → `62,292.99`); decimals, sign and what follows are kept as printed.
 * Anything else (a grouped number, a range, a year span, a year such as 2019年, text) comes back unchanged.
 */
export function groupDigits(text: string): string {
  const m = PRINTED_FIGURE.exec(text);
  if (!m || m[4]?.startsWith("年")) return text;
  const [, sign = "", whole = "", decimals = "", rest = ""] = m;
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ",")}${decimals}${rest}`;
}

const ZH = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 3 });

/** A number as zh-CN writes it, for display: `25,700`, `62,292.99` (at most 3 decimals). */
export function formatNumber(value: number): string {
  return ZH.format(value);
}
