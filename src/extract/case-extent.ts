import type { ParsedBlock } from "../parse/blocks/types.ts";
import { endsSentence } from "../parse/text.ts";

/**
 * Paragraph openers that resume the section after a case ("apart from the
 * above…", "in summary…"): they refer back to several items, so they are
 * the section's voice, not the case's.
 */
const RESUMES_SECTION = /^(除以上|除上述|除此之外|除了|此外[，,]|综上|总之|总的来看|总体来看|以上)/;

/** Does `block` close the open case? `last` is the case's last member so far. */
export function endsCase(block: ParsedBlock, last: ParsedBlock | null, following: ParsedBlock | undefined): boolean {
  switch (block.kind) {
    case "heading":
    case "case":
    case "table":
    case "note":
      return true;
    case "figure":
      // A figure ends the case, unless the case's sentence runs on past it.
      return !(last?.kind === "paragraph" && !endsSentence(last.text) && following?.kind === "paragraph");
    case "paragraph":
      return last !== null && RESUMES_SECTION.test(block.text);
  }
}

/** Last source line of a block. */
export function lastLine(block: ParsedBlock): number {
  switch (block.kind) {
    case "paragraph":
    case "note":
    case "case":
      return block.lines.at(-1) ?? 0;
    case "table":
      // A displaced body is elsewhere in the text; the block here is the caption alone.
      return block.displaced
        ? block.line
        : Math.max(block.line, block.table.bodyLines?.[1] ?? 0, ...block.table.claimed);
    default:
      return block.line;
  }
}

/** First source line of a block. */
export function firstLine(block: ParsedBlock): number {
  return block.kind === "paragraph" || block.kind === "note" ? (block.lines[0] ?? 0) : block.line;
}
