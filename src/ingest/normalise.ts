import type { Artefact } from "../model/index.ts";
import { hasInvisible, type InvisibleKind, invisibleKind, recordedAs, replacement } from "./invisible.ts";
import type { SourceLine } from "./lines.ts";

/** The lines as the parser sees them, and everything normalisation took out of them. */
export interface Normalised {
  /** Same count and numbers as the raw lines; only the characters of `invisible.ts` differ. */
  readonly lines: SourceLine[];
  /** One artefact per line and kind: `text` holds that line's removed or mapped characters. */
  readonly artefacts: Artefact[];
  /** Lines that start a new page because of a form feed, ascending. */
  readonly pageBreaks: number[];
}

interface LineResult {
  readonly text: string;
  readonly removed: Map<InvisibleKind, string>;
  /** A form feed at the very end of the line starts the page at the next line. */
  readonly breakBefore: boolean;
  readonly breakAfter: boolean;
}

function normaliseLine(text: string): LineResult {
  const removed = new Map<InvisibleKind, string>();
  let out = "";
  let firstFormFeed = -1;
  let lastFormFeed = -1;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const kind = invisibleKind(cp);
    if (kind === null) {
      out += ch;
      continue;
    }
    if (kind === "page-break") {
      if (firstFormFeed < 0) firstFormFeed = out.length;
      lastFormFeed = out.length;
    }
    removed.set(kind, (removed.get(kind) ?? "") + recordedAs(cp));
    out += replacement(cp, kind);
  }
  // pdftotext puts the form feed before the first line of the next page; Word-style exports put it after
  // the last line of a page. Only what is before or after it decides which; spacing does not count.
  const breakBefore = firstFormFeed >= 0 && out.slice(0, firstFormFeed).trim() === "";
  const breakAfter = lastFormFeed >= 0 && !breakBefore;
  return { text: out, removed, breakBefore, breakAfter };
}

/**
 * Removes or maps, line by line, what converters leave in a text besides its content: form feeds (page
 * breaks), control characters (NUL, ESC…), zero-width characters, soft hyphens, a mid-file BOM, U+FFFD
 * from decoding damage, and non-ASCII spaces (NBSP → a space, U+3000 → two). Line numbers are unchanged
 * (a form feed is not a line end), and each removal is kept as an artefact so nothing is silently lost.
 */
export function normaliseLines(lines: readonly SourceLine[]): Normalised {
  const out: SourceLine[] = [];
  const artefacts: Artefact[] = [];
  const breaks = new Set<number>();
  for (const line of lines) {
    if (!hasInvisible(line.text)) {
      out.push(line);
      continue;
    }
    const r = normaliseLine(line.text);
    out.push({ no: line.no, text: r.text });
    for (const [kind, text] of r.removed) artefacts.push({ kind, line: line.no, text });
    if (r.breakBefore && line.no > 1) breaks.add(line.no);
    if (r.breakAfter && line.no < lines.length) breaks.add(line.no + 1);
  }
  return { lines: out, artefacts, pageBreaks: [...breaks].sort((a, b) => a - b) };
}
