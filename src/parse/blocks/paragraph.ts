import { displayWidth, squash } from "../../lib/text.ts";
import type { Artefact } from "../../model/index.ts";
import { endsSentence, joinWrapped } from "../text.ts";
import type { BlockContext, BlockHandler } from "./types.ts";

/** A line shorter than this that ends without punctuation is a label, not a broken sentence. */
const MIN_BROKEN = 30;

/** True when the physical line `line` stops mid-sentence in a way the next line can continue. */
function breaksMidSentence(ctx: BlockContext, line: string): boolean {
  if (endsSentence(line)) return false;
  if (ctx.wrapWidth !== null) return displayWidth(line.trim()) >= ctx.wrapWidth * 0.75;
  return squash(line).length >= MIN_BROKEN;
}

/** Index of the next content line after blanks and page furniture, collecting the furniture. */
function nextContent(ctx: BlockContext, from: number, skipped: number[]): number {
  let j = from;
  while (j < ctx.lines.length) {
    const text = ctx.lines[j]?.text ?? "";
    if (text === "" || ctx.artefactAt(j) !== null) {
      if (text !== "") skipped.push(j);
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** Measure words and units that follow a number in Chinese prose (54 个, 3 所, 95%). */
const UNIT_START = /^\s*[个所人名项位家次届万亿千百%％年月日天元倍件台套门类种篇册本条批期亩平米户岁级]/;

/**
 * A lone number between two halves of a sentence is a page number, unless
 * the text after it starts with a measure word: then it is the sentence's
 * own number that a wrap left alone on its line ("新增" / "54" / "个专业").
 */
function numberBelongsToText(ctx: BlockContext, skipped: number[], next: number): number | null {
  const numbers = skipped.filter((k) => /^\s*\d+\s*$/.test(ctx.lines[k]?.text ?? ""));
  if (numbers.length !== 1 || skipped.length !== 1) return null;
  return UNIT_START.test(ctx.lines[next]?.text ?? "") ? (numbers[0] ?? null) : null;
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
    let last = text;
    let next = index + 1;
    while (breaksMidSentence(ctx, last)) {
      const skipped: number[] = [];
      const j = nextContent(ctx, next, skipped);
      if (!canContinue(ctx, j)) break;
      const line = ctx.lines[j];
      if (!line) break;
      const own = numberBelongsToText(ctx, skipped, j);
      const numberLine = own === null ? undefined : ctx.lines[own];
      if (numberLine) {
        text = joinWrapped(text, numberLine.text.trim());
        lines.push(numberLine.no);
        skipped.length = 0;
      }
      for (const k of skipped) {
        const s = ctx.lines[k];
        const kind = ctx.artefactAt(k);
        if (s && kind) artefacts.push({ kind, line: s.no, text: s.text });
      }
      text = joinWrapped(text, line.text.trim());
      last = line.text;
      lines.push(line.no);
      next = j + 1;
    }
    return { blocks: [{ kind: "paragraph", lines, text }], artefacts, next };
  },
};
