/** Text helpers shared by the entity detectors: names as compared, context snippets. */

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
