import { firstChar } from "../text.ts";
import type { TableCaption } from "../types.ts";

const CAPTION = /^\s*表\s*(\d+(?:\s*[-－—.]\s*\d+)*)(?:\s+|[：:]\s*)?(\S.*?)?\s*$/;
/** Prose that starts like a caption: `表 5-1 所示`, `表 2 中的数据`. */
const PROSE_AFTER_NUMBER = /^(所示|中|可见|显示|为|是|的|列出|反映|表明)/;
const FOOTNOTE_MARKS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/;

/**
 * Recognises a table caption line (`表 1-2-1 标题`, `表1-1`, `表 5`, with page-break leading spaces).
 * A trailing footnote marker (`表 6-1 科研与社会服务表⁷`) is not part of the caption text.
 */
export function matchTableCaption(text: string): TableCaption | null {
  if (firstChar(text) !== "表") return null;
  const m = CAPTION.exec(text);
  if (!m || !m[1]) return null;
  const caption = (m[2] ?? "").replace(FOOTNOTE_MARKS, "").trim();
  if (PROSE_AFTER_NUMBER.test(caption)) return null;
  // A caption is a title, not a sentence: prose mentioning 表 N ends in 。 and runs on.
  if (/[。；]$/.test(caption) || caption.length > 80) return null;
  return { number: m[1].replace(/\s+/g, "").replace(/[－—.]/g, "-"), caption };
}
