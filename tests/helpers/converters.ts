/**
 * Re-typesets a report the way other PDF/Word converters do, to test that
 * the records do not depend on one converter's habits. Each transform takes
 * and returns raw lines; `paragraphLines` says which lines are prose (taken
 * from the parse of the original, so the transform never guesses).
 */
import { displayWidth } from "../../src/lib/text.ts";

/**
 * Tabs → columns padded with spaces to a common width (pdftotext -layout style). A table is aligned as
 * a whole: runs of tabbed lines separated only by blank lines (page breaks) share one set of widths.
 */
export function tabsToAlignedSpaces(lines: readonly string[]): string[] {
  const out = [...lines];
  let i = 0;
  while (i < out.length) {
    if (!out[i]?.includes("\t")) {
      i++;
      continue;
    }
    let j = i;
    while (j < out.length && (out[j]?.includes("\t") || (out[j]?.trim() === "" && nextTabbed(out, j)))) j++;
    alignBlock(out, i, j);
    i = j;
  }
  return out;
}

function nextTabbed(lines: readonly string[], from: number): boolean {
  let k = from;
  while (k < lines.length && lines[k]?.trim() === "") k++;
  return lines[k]?.includes("\t") ?? false;
}

function alignBlock(out: string[], start: number, end: number): void {
  const rows = new Map<number, string[]>();
  for (let k = start; k < end; k++) if (out[k]?.includes("\t")) rows.set(k, (out[k] ?? "").split("\t"));
  const widths: number[] = [];
  for (const r of rows.values()) r.forEach((c, k) => (widths[k] = Math.max(widths[k] ?? 0, displayWidth(c))));
  for (const [k, r] of rows) {
    out[k] = r
      .map((c, n) => (n === r.length - 1 ? c : c + " ".repeat((widths[n] ?? 0) - displayWidth(c) + 2)))
      .join("")
      .trimEnd();
  }
}

/**
 * Splits text into lines of at most `columns` display columns (CJK counts 2),
 * never inside a run of Latin letters or digits, as typesetting does.
 */
function wrap(text: string, columns: number): string[] {
  const tokens = text.match(/[A-Za-z0-9.%]+|./gu) ?? [];
  const out: string[] = [];
  let cur = "";
  for (const t of tokens) {
    if (displayWidth(cur) + displayWidth(t) > columns && cur !== "") {
      out.push(cur);
      cur = "";
    }
    cur += t;
  }
  if (cur !== "") out.push(cur);
  return out;
}

/** Prose lines hard-wrapped at about `chars` CJK characters, with a blank line after every physical line. */
export function hardWrapProse(lines: readonly string[], paragraphLines: ReadonlySet<number>, chars = 40): string[] {
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (!paragraphLines.has(i + 1) || displayWidth(line.trim()) <= chars * 2) {
      out.push(line);
      return;
    }
    for (const piece of wrap(line.trim(), chars * 2)) out.push(piece, "");
  });
  return out;
}

/** A page break (a blank line) inserted in the middle of each table body given as [first, last] lines. */
export function pageBreakInTables(lines: readonly string[], bodies: readonly [number, number][]): string[] {
  const cuts = new Set(bodies.filter(([a, b]) => b - a >= 3).map(([a, b]) => Math.floor((a + b) / 2)));
  const out: string[] = [];
  lines.forEach((line, i) => {
    out.push(line);
    if (cuts.has(i + 1) && line.trim() !== "") out.push("");
  });
  return out;
}

/** UTF-16 bytes of a text, little- or big-endian, with or without a BOM. */
export function utf16(text: string, order: "le" | "be", bom: boolean): Uint8Array {
  const body = Buffer.from(`${bom ? "\ufeff" : ""}${text}`, "utf16le");
  return new Uint8Array(order === "be" ? body.swap16() : body);
}

/** Windows Notepad's "Unicode": UTF-16LE with a BOM and CRLF line ends. */
export function notepadUnicode(text: string): Uint8Array {
  return utf16(text.replaceAll("\n", "\r\n"), "le", true);
}

const CJK_RUN = /[\u4e00-\u9fff]{4,}/;

/** A zero-width space in the middle of the line's first run of four or more ideographs. */
function zeroWidthInWord(line: string): string {
  const m = CJK_RUN.exec(line);
  if (!m) return line;
  const at = m.index + Math.floor(m[0].length / 2);
  return `${line.slice(0, at)}\u200b${line.slice(at)}`;
}

/**
 * pdftotext-style output: a form feed before the first line of every page (`pageLines` lines each),
 * prose lines indented with two ideographic spaces, a zero-width space inside a word of every
 * `zeroWidthEvery`-th line (headings, captions and table rows included), and an NBSP between 表/图 and
 * the number of a caption. Line numbers are unchanged.
 */
export function pdftotextStyle(
  lines: readonly string[],
  paragraphLines: ReadonlySet<number>,
  { pageLines = 45, zeroWidthEvery = 3 } = {},
): string[] {
  return lines.map((raw, i) => {
    let line = raw.replace(/^(\s*[表图])\s*(\d)/, "$1\u00a0$2");
    if (i % zeroWidthEvery === 0) line = zeroWidthInWord(line);
    if (paragraphLines.has(i + 1) && line.trim() !== "") line = `\u3000\u3000${line}`;
    return i > 0 && i % pageLines === 0 ? `\f${line}` : line;
  });
}

/** A NUL or an ESC at the end of a few lines and inside a few others (PDF converters emit both). */
export function strayControls(lines: readonly string[], every = 97): string[] {
  return lines.map((line, i) => {
    if (i % every !== 0 || line === "") return line;
    const chars = [...line];
    const mid = Math.floor(chars.length / 2);
    return i % (every * 2) === 0 ? `${line}\0` : [...chars.slice(0, mid), "\x1b", ...chars.slice(mid)].join("");
  });
}
