/** Text helpers shared by the entity detectors: whitespace-free text with a map back to the original. */

/** Text without whitespace, and for each of its characters the index in the original string. */
export interface Squashed {
  readonly text: string;
  readonly offsets: readonly number[];
}

/** Removes all whitespace (names are cut by wraps and stray spaces), keeping an offset map. */
export function squash(text: string): Squashed {
  let out = "";
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ASCII whitespace, NBSP and the ideographic space (U+3000) are what the converters leave inside names.
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000) continue;
    out += text[i];
    offsets.push(i);
  }
  return { text: out, offsets };
}

/** A name as compared: no whitespace, half-width brackets as full-width. */
export function normalizeName(name: string): string {
  return name.replace(/\s+/g, "").replace(/\(/g, "（").replace(/\)/g, "）");
}

/** Up to `radius` characters either side of [start, end) of `text`, on one line. */
export function contextOf(text: string, start: number, end: number, radius = 20): string {
  return text
    .slice(Math.max(0, start - radius), Math.min(text.length, end + radius))
    .replace(/\s+/g, " ")
    .trim();
}

const CJK = /[\u3400-\u9fff]/;

/** True when the character is a CJK ideograph. */
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}
