import type { BlockHandler } from "./types.ts";

/** A footnote line: `① 资料来源：…`, `^① …`, `⁷ 共有…`, `注1：…`. */
const NOTE = /^\s*(?:\^?[①-⑳]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s|注\s*\d*\s*[：:])/;

/** True when the line is a footnote rather than prose. */
export function isNoteLine(text: string): boolean {
  return NOTE.test(text);
}

/** Footnotes stand apart from the prose and end a case. */
export const noteHandler: BlockHandler = {
  kind: "note",
  claim(ctx, index) {
    const line = ctx.lines[index];
    if (!line || !isNoteLine(line.text)) return null;
    return { blocks: [{ kind: "note", lines: [line.no], text: line.text.trim() }], next: index + 1 };
  },
};
