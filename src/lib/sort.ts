/** Orders that do not depend on the machine's locale. */

/**
 * Compares strings by Unicode code point (not by UTF-16 code unit, which puts characters beyond U+FFFF
 * before U+E000–U+FFFF), for output that is the same on every machine.
 */
export function byCodePoint(a: string, b: string): number {
  for (let i = 0; i < a.length && i < b.length;) {
    const x = a.codePointAt(i) ?? 0;
    const y = b.codePointAt(i) ?? 0;
    if (x !== y) return x < y ? -1 : 1;
    i += x > 0xffff ? 2 : 1;
  }
  return Math.sign(a.length - b.length);
}

/** Numbers ascending, then strings by code point: for sort keys that mix both. */
export function byValue(a: string | number, b: string | number): number {
  if (typeof a === "number" && typeof b === "number") return Math.sign(a - b);
  return byCodePoint(String(a), String(b));
}
