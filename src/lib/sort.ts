/** Orders that do not depend on the machine's locale. */

/** Compares strings by UTF-16 code unit, for output that is the same on every machine. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
