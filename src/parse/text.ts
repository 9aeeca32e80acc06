/** Pure string helpers shared by the parse handlers: sentence ends, wrapped lines, title folding. */
import { isCjk, squash } from "../lib/text.ts";

const TERMINAL = new Set([..."。！？!?；;：:…"]);
const CLOSERS = new Set([..."”’」』）)】》\"' \t\u3000\u00a0"]);

/** The first character that is not whitespace ("" for a blank line): a cheap pre-check before a regex. */
export function firstChar(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x3000 && c !== 0xa0 && c !== 0xfeff) return text.charAt(i);
  }
  return "";
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

/** Joins two wrapped pieces of one sentence: no space between CJK, one between Latin words. */
export function joinWrapped(a: string, b: string): string {
  const left = a.replace(/\s+$/, "");
  const right = b.replace(/^\s+/, "");
  const l = left.slice(-1);
  const r = right.slice(0, 1);
  if (!l || !r) return left + right;
  return isCjk(l) || isCjk(r) ? left + right : `${left} ${right}`;
}
