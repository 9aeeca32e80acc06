/**
 * The damage real converters and editors do to a report's text, as random line edits: lines dropped,
 * duplicated or split, page breaks and form feeds inserted, tabs and runs of spaces swapped, invisible
 * characters and stray control bytes sprinkled in. Each edit takes and returns the lines (no line ends).
 */
import type { Random } from "./random.ts";

export type Mutation = (lines: string[], rng: Random) => void;

/** Characters converters leave in text: zero-width, NBSP, U+3000, soft hyphen, BOM, NUL, ESC, U+FFFD, DEL. */
const INVISIBLES = [
  "\u200b",
  "\u200c",
  "\u200d",
  "\u2060",
  "\u00a0",
  "\u3000",
  "\u00ad",
  "\ufeff",
  "\0",
  "\x1b",
  "\ufffd",
  "\x7f",
  "\x01",
];

function splice(lines: string[], at: number, remove: number, ...add: string[]): void {
  lines.splice(Math.min(at, lines.length), remove, ...add);
}

/** A position between two code points of a line (never inside a surrogate pair). */
function cut(line: string, rng: Random): [string, string] {
  const chars = [...line];
  const at = rng.int(chars.length + 1);
  return [chars.slice(0, at).join(""), chars.slice(at).join("")];
}

const dropLine: Mutation = (lines, rng) => splice(lines, rng.int(lines.length), 1);

const duplicateLine: Mutation = (lines, rng) => {
  const at = rng.int(lines.length);
  splice(lines, at, 0, lines[at] ?? "");
};

const splitLine: Mutation = (lines, rng) => {
  const at = rng.int(lines.length);
  const [a, b] = cut(lines[at] ?? "", rng);
  splice(lines, at, 1, a, b);
};

/** A page break as text converters print it: a blank line, a page number, a blank line. */
const pageBreak: Mutation = (lines, rng) => {
  const n = 1 + rng.int(300);
  const number = rng.pick([`${n}`, `- ${n} -`, `第 ${n} 页`, `${n} / 300`]);
  splice(lines, rng.int(lines.length + 1), 0, "", number, "");
};

/** A form feed before a line (pdftotext), after it (Word), or alone on a line. */
const formFeed: Mutation = (lines, rng) => {
  const at = rng.int(lines.length);
  const line = lines[at] ?? "";
  const choice = rng.int(3);
  if (choice === 2) splice(lines, at, 0, "\f");
  else lines[at] = choice === 0 ? `\f${line}` : `${line}\f`;
};

/** Tabs become runs of spaces on a stretch of lines, or runs of spaces become tabs. */
const tabsAndSpaces: Mutation = (lines, rng) => {
  const from = rng.int(lines.length);
  const toSpaces = rng.next() < 0.5;
  const width = 2 + rng.int(6);
  for (let i = from; i < Math.min(lines.length, from + 1 + rng.int(40)); i++) {
    const line = lines[i] ?? "";
    lines[i] = toSpaces ? line.replaceAll("\t", " ".repeat(width)) : line.replace(/ {2,}/g, "\t");
  }
};

const invisible: Mutation = (lines, rng) => {
  const at = rng.int(lines.length);
  const [a, b] = cut(lines[at] ?? "", rng);
  lines[at] = `${a}${rng.pick(INVISIBLES).repeat(1 + rng.int(3))}${b}`;
};

/** Every edit, with a name for the counts. */
export const MUTATIONS: Readonly<Record<string, Mutation>> = {
  "drop-line": dropLine,
  "duplicate-line": duplicateLine,
  "split-line": splitLine,
  "page-break": pageBreak,
  "form-feed": formFeed,
  "tabs-spaces": tabsAndSpaces,
  invisible,
};
