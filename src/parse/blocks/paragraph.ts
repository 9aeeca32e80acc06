import type { Artefact } from "../../model/index.ts";
import { displayWidth, endsSentence, joinWrapped, squash } from "../text.ts";
import type { BlockContext, BlockHandler } from "./types.ts";

/** A line shorter than this that ends without punctuation is a label, not a broken sentence. */
const MIN_BROKEN = 30;

/** True when `text` stops mid-sentence in a way the next line can continue. */
function breaksMidSentence(ctx: BlockContext, text: string): boolean {
  if (endsSentence(text)) return false;
  if (ctx.wrapWidth !== null) return displayWidth(text.trim()) >= ctx.wrapWidth * 0.75;
  return squash(text).length >= MIN_BROKEN;
}

/** Index of the next content line after blanks and page furniture, collecting the furniture. */
function nextContent(ctx: BlockContext, from: number, skipped: number[]): number {
  let j = from;
  while (j < ctx.lines.length) {
    const text = ctx.lines[j]?.text ?? "";
    if (text === "" || ctx.isArtefact(j)) {
      if (text !== "") skipped.push(j);
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** May line `j` continue a paragraph? Not when it starts another block or is a table row. */
function canContinue(ctx: BlockContext, j: number): boolean {
  const text = ctx.lines[j]?.text;
  return text !== undefined && !ctx.isBoundary(j) && !text.includes("\t");
}

/**
 * Prose. Lines are joined into one paragraph when the previous line stops
 * mid-sentence (no 。！？；： at its end, and long enough to have been cut by a
 * wrap or a page break); blank lines, stray page numbers and whitespace
 * blocks between the two halves are removed and listed as artefacts.
 */
export const paragraphHandler: BlockHandler = {
  kind: "paragraph",
  claim(ctx, index) {
    const first = ctx.lines[index];
    if (!first) return null;
    const lines = [first.no];
    const artefacts: Artefact[] = [];
    let text = first.text.trim();
    let next = index + 1;
    while (breaksMidSentence(ctx, text)) {
      const skipped: number[] = [];
      const j = nextContent(ctx, next, skipped);
      if (!canContinue(ctx, j)) break;
      const line = ctx.lines[j];
      if (!line) break;
      for (const k of skipped) {
        const s = ctx.lines[k];
        if (s) artefacts.push({ kind: /\d/.test(s.text) ? "page-number" : "whitespace", line: s.no, text: s.text });
      }
      text = joinWrapped(text, line.text.trim());
      lines.push(line.no);
      next = j + 1;
    }
    return { blocks: [{ kind: "paragraph", lines, text }], artefacts, next };
  },
};
