/** Character-level helpers for table cells: widths, CJK tests, number shapes. */

const HAN = /\p{Script=Han}/u;
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** True for a Han ideograph (the only characters a wrap may split without a space). */
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/** Display width as a terminal or pdftotext -layout counts it: wide CJK characters take 2 columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/** True for a line holding nothing but whitespace (a page-break gap or image placeholder). */
export function isBlank(text: string): boolean {
  return text.trim() === "";
}

/** True for a number as tables print it: `1552`, `-383`, `92．1`, `96.5%`, `3/4`, `—`. */
export function isNumeric(cell: string): boolean {
  return /^[-+−]?\d+(?:[.．]\d+)?[%％]?$|^\d+\/\d+$|^[—–-]$/.test(cell.trim());
}

/** Number of Unicode code points (what a reader counts as characters). */
export function charLength(text: string): number {
  return [...text].length;
}

/** Trims every cell of a row. */
export function trimCells(cells: readonly string[]): string[] {
  return cells.map((c) => c.trim());
}

/** The row without its trailing empty cells (trailing tabs are not columns). */
export function withoutTrailingEmpty(cells: readonly string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === "") end--;
  return cells.slice(0, end);
}

/** Pads a row with empty cells up to `width` (never truncates). */
export function padTo(cells: readonly string[], width: number): string[] {
  const out = [...cells];
  while (out.length < width) out.push("");
  return out;
}
