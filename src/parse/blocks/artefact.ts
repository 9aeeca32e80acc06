import type { Artefact } from "../../model/index.ts";
import type { BlockHandler } from "./types.ts";

/** A stray page number: `4`, `- 4 -`, `第 4 页`, `4 / 20`. */
const PAGE_NUMBER =
  /^\s*(?:[-－—]\s*\d{1,3}\s*[-－—]|\d{1,3}|第\s*\d{1,3}\s*页(?:\s*[/／共]\s*\d{1,3}\s*页?)?|\d{1,3}\s*[/／]\s*\d{1,3})\s*$/;
/** A markdown table separator left by a converter: `---\t-----`, `| --- |`. */
const SEPARATOR = /^[\s|:+]*-{2,}[-\s|:+]*$/;

/** Classifies a line as page furniture, or null when it carries content. */
export function artefactKind(text: string): Artefact["kind"] | null {
  if (text === "") return null;
  if (text.trim() === "" || /^[\s\u3000\u00a0\f]+$/.test(text)) return "whitespace";
  if (SEPARATOR.test(text)) return "separator";
  if (PAGE_NUMBER.test(text)) return "page-number";
  return null;
}

/** Removes page furniture: whitespace-only lines, stray page numbers, separator remnants. */
export const artefactHandler: BlockHandler = {
  kind: "artefact",
  claim(ctx, index) {
    const line = ctx.lines[index];
    const kind = line ? ctx.artefactAt(index) : null;
    if (!line || !kind) return null;
    return { blocks: [], artefacts: [{ kind, line: line.no, text: line.text }], next: index + 1 };
  },
};
