import { cnNumber } from "../lib/numbers.ts";
import { splitFootnoteMarker } from "../lib/text.ts";

/** Numbering styles seen in reports; each has its own counter. */
export type HeadingStyle = "chapter" | "dotted" | "cn" | "cnParen" | "arParen";

/** A line shaped like a numbered heading; whether it is one is decided later. */
export interface HeadingCandidate {
  readonly style: HeadingStyle;
  /** Numeric components: [1,2,1] for 1.2.1, [3] for 三、 or （三）. */
  readonly parts: readonly number[];
  /** Normalised number as published: "1.2.1", "三", "（三）", "（1）". */
  readonly number: string;
  /** Number as printed, for the diagnostic when it was normalised. */
  readonly printed: string;
  readonly title: string;
  /** Footnote marker removed from the end of the title, if any. */
  readonly marker: string | null;
}

const DOTTED = /^(\d{1,2}(?:[ \t]*[.．][ \t]*\d{1,2})*)([ \t]*[.．、])?[ \t]*(\S.*)$/;
const CHAPTER = /^第[ \t]*([一二三四五六七八九十]{1,3}|\d{1,2})[ \t]*(章|部分|篇)[ \t：:]*(\S.*)$/;
const CN = /^([一二三四五六七八九十]{1,3})[ \t]*[、.．][ \t]*(\S.*)$/;
const CN_PAREN = /^[（(][ \t]*([一二三四五六七八九十]{1,3})[ \t]*[）)][ \t]*(\S.*)$/;
const AR_PAREN = /^[（(][ \t]*(\d{1,2})[ \t]*[）)][ \t]*(\S.*)$/;

/** A title must start like words, not like a number, unit or punctuation. */
function plausibleTitle(title: string, tight: boolean): boolean {
  if (/^[\d%％.．,，、:：;；)）\]】+\-—~～/]/.test(title)) return false;
  // "1.5万人…" is a number with a unit, not heading 1.5 (only when nothing separates them).
  return !(tight && /^(万|亿|千|余|多|个|名|人|所|项|年|月|日|倍|元)/.test(title));
}

function make(
  style: HeadingStyle,
  parts: number[],
  number: string,
  printed: string,
  raw: string,
  tight = false,
): HeadingCandidate | null {
  const { text, marker } = splitFootnoteMarker(raw.trim());
  if (!plausibleTitle(text, tight) || parts.some((p) => !Number.isFinite(p) || p === 0)) return null;
  return { style, parts, number, printed: printed.trim(), title: text, marker };
}

function dotted(text: string): HeadingCandidate | null {
  const m = DOTTED.exec(text);
  if (!m || !m[1] || !m[3]) return null;
  const parts = m[1].split(/[.．]/).map((p) => Number(p.trim()));
  // "1 标题" without any dot is too weak a signal for a heading.
  if (parts.length === 1 && !m[2]) return null;
  const tight = !m[2] && !/\s$/.test(text.slice(0, text.length - m[3].length));
  return make("dotted", parts, parts.join("."), m[1] + (m[2] ?? ""), m[3], tight);
}

function chinese(text: string): HeadingCandidate | null {
  const ch = CHAPTER.exec(text);
  if (ch?.[1] && ch[2] && ch[3]) {
    const n = /\d/.test(ch[1]) ? Number(ch[1]) : cnNumber(ch[1]);
    return make("chapter", [n], `第${ch[1]}${ch[2]}`, `第${ch[1]}${ch[2]}`, ch[3]);
  }
  const cn = CN.exec(text);
  if (cn?.[1] && cn[2]) return make("cn", [cnNumber(cn[1])], cn[1], `${cn[1]}、`, cn[2]);
  const paren = CN_PAREN.exec(text);
  if (paren?.[1] && paren[2])
    return make("cnParen", [cnNumber(paren[1])], `（${paren[1]}）`, `(${paren[1]})`, paren[2]);
  const ar = AR_PAREN.exec(text);
  if (ar?.[1] && ar[2]) return make("arParen", [Number(ar[1])], `（${Number(ar[1])}）`, `(${ar[1]})`, ar[2]);
  return null;
}

/**
 * Reads a line as a heading candidate: 第一章/第一部分, 1 / 1.1 / 1.1.1 (with
 * or without spaces or a trailing dot), 一、, （一）, (1). Lines with tabs are table rows
 * or TOC entries, never headings.
 */
export function matchHeadingCandidate(line: string): HeadingCandidate | null {
  if (line.includes("\t")) return null;
  const text = line.trim();
  if (text.length < 2 || text.length > 120) return null;
  return chinese(text) ?? dotted(text);
}
