import { displayWidth } from "../../lib/text.ts";

const NOTE_LABEL = /^\s*(?:数据来源|资料来源|来源|数据说明|注|备注)\s*[：:]/;
const FOOTNOTE = /^\s*(?:\^?[①-⑳]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*\S/;
const SEPARATOR_CELL = /^:?-{2,}:?$|^$/;

/** True for the first line of a data-source note or a footnote printed under a table. */
export function isNoteStart(text: string): boolean {
  return NOTE_LABEL.test(text) || FOOTNOTE.test(text);
}

/** True when the line holds a run of two or more spaces between printed characters (a column gutter). */
export function hasGutter(text: string): boolean {
  return /\S(?: {2,}|\u3000)\S/.test(text);
}

/**
 * True for a line that reads as running text, never a table row: it ends or
 * contains a sentence stop, or is long with commas and no column gutters.
 * Tab-separated lines are rows whatever they contain (cells hold `黄牌，限期整改`).
 */
export function isProse(text: string): boolean {
  if (text.includes("\t")) return false;
  const t = text.trim();
  if (/[。！？；]/.test(t)) return !hasGutter(t) || /。$/.test(t);
  if (hasGutter(t)) return false;
  const width = displayWidth(t);
  return width > 60 || (width > 24 && /[，,：:]/.test(t));
}

/** True for a markdown-style separator remnant: `---\t-----`, `--  ----`. */
export function isSeparatorLine(cells: readonly string[]): boolean {
  return cells.some((c) => c !== "") && cells.every((c) => SEPARATOR_CELL.test(c.trim()));
}
