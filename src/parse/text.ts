/** Pure string helpers shared by the parse handlers. */

const TERMINAL = new Set([..."。！？!?；;：:…"]);
const CLOSERS = new Set([..."”’」』）)】》\"' \t\u3000\u00a0"]);
const SPACE = /[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;

/** The first character that is not whitespace ("" for a blank line): a cheap pre-check before a regex. */
export function firstChar(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x3000 && c !== 0xa0 && c !== 0xfeff) return text.charAt(i);
  }
  return "";
}

/** True when the line holds nothing but whitespace (String.trim knows U+3000, NBSP and BOM). */
export function isBlank(text: string): boolean {
  return text.trim() === "";
}

/** Removes every kind of whitespace (ASCII, ideographic, NBSP). */
export function squash(text: string): string {
  return text.replace(SPACE, "");
}

/**
 * Folds a title for comparison: NFKC (full/half width), no whitespace,
 * no dot leaders, no trailing footnote markers.
 */
export function fold(text: string): string {
  return squash(text.normalize("NFKC"))
    .replace(/[.·…]{2,}/g, "")
    .replace(/[“”"‘’']/g, "")
    .toLowerCase();
}

/** True when a line ends a sentence (。！？；：…), looking past closing quotes and brackets. */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text.charAt(i))) i--;
  return i >= 0 && TERMINAL.has(text.charAt(i));
}

/** True for a UTF-16 code unit of a CJK ideograph, CJK punctuation or a full-width form. */
function isCjkCode(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff00 && c <= 0xffef)
  );
}

/** True for CJK ideographs and CJK punctuation: such text joins without a space. */
export function isCjk(ch: string): boolean {
  return ch.length > 0 && isCjkCode(ch.charCodeAt(0));
}

/** Joins two wrapped pieces of one sentence: no space between CJK, one between Latin words. */
export function joinWrapped(a: string, b: string): string {
  const left = a.replace(/\s+$/, "");
  const right = b.replace(/^\s+/, "");
  const l = left.slice(-1);
  const r = right.slice(0, 1);
  if (!l || !r) return left + right;
  return isCjk(l) || isCjk(r) ? left + right : `${left} ${right}`;
}

/** Display width: CJK and full-width characters count 2 columns. */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // low surrogate: counted with its high half
    w += isCjkCode(c) || (c >= 0xd800 && c <= 0xdbff) ? 2 : 1;
  }
  return w;
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

/** A year written digit by digit in Chinese (二零二一, 二〇二三) as a number; NaN otherwise. */
export function cnDigitsNumber(text: string): number {
  let out = "";
  for (const ch of text) {
    const d = CN_DIGITS[ch];
    if (d === undefined) return Number.NaN;
    out += String(d);
  }
  return out === "" ? Number.NaN : Number(out);
}

const SUPERSCRIPTS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/;

/** Splits a trailing footnote marker (¹, ⁷) off a title. */
export function splitFootnoteMarker(text: string): { text: string; marker: string | null } {
  const m = SUPERSCRIPTS.exec(text);
  if (!m) return { text, marker: null };
  return { text: text.slice(0, m.index).trimEnd(), marker: m[0] };
}
