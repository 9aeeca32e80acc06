/** Numbers as printed in the reports: 1061, 4,837.51, 92．1, 95.27%, 1.8万, 0.26:0.74, -383. */

/** A printed value read as a number. */
export interface ParsedValue {
  readonly value: number;
  readonly unit: string | null;
  readonly ratio: readonly [number, number] | null;
  readonly text: string;
}

const NUMBER = String.raw`[-−]?\d+(?:[.．]\d+)?`;
const toNumber = (s: string): number => Number(s.replace(/[．]/g, ".").replace(/[−]/g, "-"));

/** Normalises full-width digits, signs and separators so a value can be matched. */
export function normalizeDigits(s: string): string {
  return s
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/％/g, "%")
    .replace(/：/g, ":")
    .replace(/(\d),(?=\d{3}\b)/g, "$1");
}

/**
 * A table cell as a value: a number with an optional %, or a ratio a:b; footnote marks (⁶) and spaces are
 * ignored. Null for text, dashes and empty cells.
 */
export function parseCell(cell: string): ParsedValue | null {
  const text = cell.trim();
  const s = normalizeDigits(text.replace(/[\s⁰¹²³⁴⁵⁶⁷⁸⁹*]/g, ""));
  const ratio = new RegExp(`^(${NUMBER}):(${NUMBER})$`).exec(s);
  if (ratio) return ratioValue(ratio[1] as string, ratio[2] as string, text);
  const m = new RegExp(`^(${NUMBER})(%|万|亿)?$`).exec(s);
  if (!m) return null;
  const scale = m[2] === "万" ? 10000 : m[2] === "亿" ? 1e8 : 1;
  return { value: toNumber(m[1] as string) * scale, unit: m[2] === "%" ? "%" : null, ratio: null, text };
}

/** A ratio a:b: value a/b, both terms kept. */
export function ratioValue(a: string, b: string, text: string): ParsedValue | null {
  const x = toNumber(a);
  const y = toNumber(b);
  if (!Number.isFinite(x) || !Number.isFinite(y) || y === 0) return null;
  return { value: Math.round((x / y) * 1e6) / 1e6, unit: "ratio", ratio: [x, y], text };
}

/** Units that may follow a number in prose, longest first. */
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

/** `<number><unit>` at the start of `s` (spaces allowed between), or a ratio a:b. */
export function valueAt(s: string): { parsed: ParsedValue; length: number } | null {
  const ratio = new RegExp(`^(${NUMBER})\\s*:\\s*(${NUMBER})`).exec(s);
  if (ratio) {
    const parsed = ratioValue(ratio[1] as string, ratio[2] as string, ratio[0]);
    return parsed ? { parsed, length: ratio[0].length } : null;
  }
  const m = new RegExp(`^(${NUMBER})\\s*(万人次|人次|人日|万人|万元|亿元|元/生|元/月|元|人|名|所|个|%|万|亿)`).exec(s);
  if (!m) return null;
  let unit = m[2] as string;
  let value = toNumber(m[1] as string);
  if (unit === "万" || unit === "亿") return null;
  if (unit === "万人") [value, unit] = [value * 10000, "人"];
  if (unit === "万人次") [value, unit] = [value * 10000, "人次"];
  return { parsed: { value: Math.round(value * 1e6) / 1e6, unit, ratio: null, text: m[0] }, length: m[0].length };
}
