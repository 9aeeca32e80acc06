import { cnDigitsNumber, cnNumber } from "../lib/numbers.ts";

const ARABIC = /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?$/;
const DOTTED = /^(\d{4})\s*[.．\-/]\s*(\d{1,2})(?:\s*[.．\-/]\s*(\d{1,2}))?$/;
const CHINESE = /^([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月/;

function ym(year: number, month: number): string | null {
  if (!(year >= 1990 && year <= 2100 && month >= 1 && month <= 12)) return null;
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** A line that is only a date (2025 年 3 月, 2021.01, 二零二一年十一月, 2022年12月23日) as YYYY-MM. */
export function parseDateLine(text: string): string | null {
  const t = text.trim();
  const a = ARABIC.exec(t) ?? DOTTED.exec(t);
  if (a) return ym(Number(a[1]), Number(a[2]));
  const c = CHINESE.exec(t);
  if (c?.[1] && c[2]) return ym(cnDigitsNumber(c[1]), cnNumber(c[2]));
  return null;
}

/** The year printed in a title: 2024, (2024 年度), （2023）, 二〇二三年. */
export function yearInTitle(title: string): number | null {
  const m = /(?<!\d)(19\d{2}|20\d{2})(?!\d)/.exec(title);
  if (m) return Number(m[1]);
  const c = /([〇零一二三四五六七八九]{4})\s*年/.exec(title);
  return c?.[1] ? cnDigitsNumber(c[1]) : null;
}
