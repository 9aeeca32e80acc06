import { charLength, isBlank } from "../../lib/text.ts";
import type { ScanContext } from "../types.ts";
import { nextNonBlank } from "./extent.ts";
import { isNoteStart } from "./line-kind.ts";

/** A note (data source, footnote) claimed under a table. */
export interface ClaimedNote {
  /** 0-based indexes of the note's lines. */
  readonly indexes: number[];
  readonly text: string;
}

/** A note line that reached the right margin without a closing mark continues on the next line. */
function runsOn(text: string): boolean {
  const t = text.trim();
  return charLength(t) >= 30 && !/[。．.！？；）)》」”\]】]$/.test(t);
}

/** The line continuing a note at `i`: within one blank line, short, and not a new block. */
function continuation(ctx: ScanContext, i: number): number {
  const next = isBlank(ctx.lines[i + 1]?.text ?? "") ? i + 2 : i + 1;
  const text = ctx.lines[next]?.text ?? "";
  if (isBlank(text) || ctx.isBoundary(next) || isNoteStart(text) || charLength(text.trim()) > 40) return -1;
  return next;
}

/** Reads one note starting at `i`, following its run-on lines. */
function readNote(ctx: ScanContext, i: number): ClaimedNote {
  const indexes = [i];
  let text = (ctx.lines[i]?.text ?? "").trim();
  for (let k = i; runsOn(ctx.lines[k]?.text ?? "");) {
    k = continuation(ctx, k);
    if (k < 0) break;
    indexes.push(k);
    text += (ctx.lines[k]?.text ?? "").trim();
  }
  return { indexes, text };
}

/**
 * Claims the data-source notes and footnotes printed right under a table
 * (`数据来源：…`, `注：…`, `⁷ 共有…`), each possibly cut over two lines by a
 * page break. Several notes are joined with a line break. Null when none.
 */
export function claimNotes(ctx: ScanContext, after: number): ClaimedNote | null {
  const notes: ClaimedNote[] = [];
  for (let i = nextNonBlank(ctx, after); i >= 0;) {
    if (ctx.isBoundary(i) || !isNoteStart(ctx.lines[i]?.text ?? "")) break;
    const note = readNote(ctx, i);
    notes.push(note);
    i = nextNonBlank(ctx, (note.indexes[note.indexes.length - 1] ?? i) + 1);
  }
  if (notes.length === 0) return null;
  return { indexes: notes.flatMap((n) => n.indexes), text: notes.map((n) => n.text).join("\n") };
}
