/**
 * Finds the physical line of a match inside a block that spans several lines (re-joined paragraphs), using
 * the raw lines when the caller has them: the k-th occurrence of a name in the block is taken to be the
 * k-th occurrence in the whitespace-free raw text of the block's lines.
 */
import { squash } from "../../lib/text.ts";

/** Raw lines of a file (index 0 is line 1); null when only the records are known. */
export type RawLines = readonly string[] | null;

/** Places a match of a squashed block text on a physical line. */
export type LineOf = (name: string, start: number) => number;

/**
 * A locator for one block: `(name, start)` gives the line of the occurrence of `name` starting at
 * `start` of `blockText` (squashed), or the block's first line when it cannot be placed.
 */
export function lineLocator(raw: RawLines, block: { line: number; endLine: number }, blockText: string): LineOf {
  if (!raw || block.endLine <= block.line) return () => block.line;
  let text: string | null = null;
  const lineOf: number[] = [];
  const build = (): string => {
    let t = "";
    for (let n = block.line; n <= block.endLine; n++) {
      const s = squash(raw[n - 1] ?? "");
      t += s;
      for (let j = 0; j < s.length; j++) lineOf.push(n);
    }
    return t;
  };
  return (name, start) => {
    if (name === "") return block.line;
    text ??= build();
    let k = 0;
    for (let i = blockText.indexOf(name); i !== -1 && i < start; i = blockText.indexOf(name, i + 1)) k++;
    let at = text.indexOf(name);
    for (let j = 0; j < k && at !== -1; j++) at = text.indexOf(name, at + 1);
    return at === -1 ? block.line : (lineOf[at] ?? block.line);
  };
}
