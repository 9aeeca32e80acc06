/**
 * Characters and whitespace: display width, CJK classes, whitespace removal (with or without a map back to
 * the original offsets), footnote marks. One rule for each, used by every stage.
 */

/**
 * East Asian Wide (W) and Fullwidth (F) characters of Unicode's EastAsianWidth.txt, the ones a report
 * prints: Hangul jamo, CJK radicals, punctuation, kana, ideographs (BMP and supplementary planes), Yi,
 * Hangul syllables, vertical and small forms, full-width forms, and the emoji blocks. Ambiguous (A)
 * characters such as “ ” count as narrow, as pdftotext -layout and terminals in a Latin locale count them.
 */
const WIDE =
  /[\u1100-\u115f\u231a\u231b\u2329\u232a\u2e80-\u303e\u3041-\u3247\u3250-\u4dbf\u4e00-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{17000}-\u{18aff}\u{1b000}-\u{1b2ff}\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{2fffd}\u{30000}-\u{3fffd}]/u;

/** True when the character (one code point) takes two columns: East Asian Wide or Fullwidth. */
export function isWide(ch: string): boolean {
  // Nothing below U+1100 (Hangul Jamo, the first wide block) is wide: most characters of a line skip the regex.
  return (ch.codePointAt(0) ?? 0) >= 0x1100 && WIDE.test(ch);
}

/** Display width in columns, as pdftotext -layout lays text out: wide characters 2, others 1. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch) ? 2 : 1;
  return width;
}

/**
 * CJK text that joins without a space when a line wraps: ideographs (radicals, BMP and supplementary
 * planes), CJK symbols and punctuation (、。「」), and full-width forms (，：％).
 */
const CJK = /^[\u2e80-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u{20000}-\u{3ffff}]/u;

/** True when the (first) character is CJK: an ideograph, CJK punctuation or a full-width form. */
export function isCjk(ch: string): boolean {
  return CJK.test(ch);
}

const HAN = /^\p{Script=Han}/u;

/** True when the (first) character is a Han ideograph (汉字), the characters pinyin is read from. */
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/** Number of Unicode code points (what a reader counts as characters). */
export function charLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** True when the text holds nothing but whitespace (String.trim knows U+3000, NBSP and BOM). */
export function isBlank(text: string): boolean {
  return text.trim() === "";
}

/** Whitespace as JavaScript's `\s` defines it: ASCII, NBSP, the ideographic space U+3000, BOM, U+2000–U+200A… */
const SPACE = /\s/;

/** The text with every kind of whitespace removed (wraps and stray spaces inside Chinese text). */
export function squash(text: string): string {
  return text.replace(/\s+/g, "");
}

/** Squashed text with, for each of its characters (UTF-16 code units), the index in the original string. */
export interface Squashed {
  readonly text: string;
  readonly offsets: readonly number[];
}

/** Like {@link squash}, keeping a map back to the original offsets, so a match can be placed in the source. */
export function squashWithOffsets(text: string): Squashed {
  let out = "";
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (SPACE.test(ch)) continue;
    out += ch;
    offsets.push(i);
  }
  return { text: out, offsets };
}

const FOOTNOTE_MARK = /\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/;

/** Splits a trailing footnote mark (`⁶` in `9009⁶`, `¹` after a title) off the text. */
export function splitFootnoteMarker(text: string): { text: string; marker: string | null } {
  const m = FOOTNOTE_MARK.exec(text);
  if (!m) return { text, marker: null };
  return { text: text.slice(0, m.index).trimEnd(), marker: m[0].trim() };
}
