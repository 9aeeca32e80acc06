import type { SourceLine } from "../ingest/lines.ts";
import type { Block, Report, Table } from "../model/index.ts";

const OTHER_CONTENT = /[\p{L}\p{N}]/u;
const otherCache = new Map<number, boolean>();

/** A content code point as compared: full-width ASCII letters and digits fold to ASCII; else itself; -1 if not content. */
function contentCode(cp: number): number {
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return cp;
  if ((cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || cp >= 0x20000) return cp;
  if ((cp >= 0xff10 && cp <= 0xff19) || (cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a))
    return cp - 0xfee0;
  if (cp < 0x80 || (cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef)) {
    return -1; // ASCII and CJK punctuation, general punctuation, the rest of the full-width forms
  }
  let known = otherCache.get(cp);
  if (known === undefined) {
    known = OTHER_CONTENT.test(String.fromCodePoint(cp));
    otherCache.set(cp, known);
  }
  return known ? cp : -1;
}

/**
 * The characters that carry content: letters, ideographs and digits, as code
 * points. Punctuation and spacing are left out because normalising them
 * (（一） for (一), 2.1.2 for "2. 1. 2") is not a loss.
 */
function chars(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) ?? 0;
    if (cp > 0xffff) i++;
    const c = contentCode(cp);
    if (c >= 0) out.push(c);
  }
  return out;
}

function tableText(t: Table): string {
  return ["表", t.number, t.caption, ...t.header.flat(), ...t.rows.flat(), t.note ?? ""].join("");
}

/** The text each record stands for, by id. */
function recordTexts(report: Report): Map<string, string> {
  const texts = new Map<string, string>();
  for (const h of report.headings) texts.set(h.id, `${h.number ?? ""}${h.title}`);
  for (const t of report.tables) texts.set(t.id, tableText(t));
  for (const f of report.figures) texts.set(f.id, `图${f.number}${f.caption}`);
  for (const c of report.cases) texts.set(c.id, `${c.label}${c.number ?? ""}${c.title}`);
  return texts;
}

/** Everything a body block stands for, as text. */
function blockText(b: Block, texts: Map<string, string>): string {
  return (b.ref !== null && b.kind !== "paragraph" && b.kind !== "note" ? texts.get(b.ref) : undefined) ?? b.text;
}

interface Owner {
  readonly first: number;
  readonly text: string;
  readonly lines: number[];
}

/** Which record stands for each line: the body block covering it, or a displaced table body. */
function owners(report: Report): Map<number, Owner> {
  const byLine = new Map<number, Owner>();
  const claim = (first: number, last: number, text: string) => {
    const owner: Owner = { first, text, lines: [] };
    for (let n = first; n <= last; n++) {
      if (!byLine.has(n)) {
        byLine.set(n, owner);
        owner.lines.push(n);
      }
    }
  };
  const texts = recordTexts(report);
  for (const b of report.body) claim(b.line, b.endLine, blockText(b, texts));
  for (const t of report.tables) if (t.bodyLines) claim(t.bodyLines[0], t.bodyLines[1], texts.get(t.id) ?? "");
  return byLine;
}

/** A reusable multiset of code points (BMP in an array, the rest in a map), cleared after each use. */
class CodeBag {
  private readonly bmp = new Int32Array(0x10000);
  private readonly astral = new Map<number, number>();
  private readonly touched: number[] = [];

  add(list: readonly number[]): void {
    for (const c of list) {
      if (c < 0x10000) this.bmp[c] = (this.bmp[c] ?? 0) + 1;
      else this.astral.set(c, (this.astral.get(c) ?? 0) + 1);
      this.touched.push(c);
    }
  }

  /** Takes each code point out of the bag; returns those that were not in it. */
  take(list: readonly number[]): number[] {
    const missing: number[] = [];
    for (const c of list) {
      const n = c < 0x10000 ? (this.bmp[c] ?? 0) : (this.astral.get(c) ?? 0);
      if (n <= 0) missing.push(c);
      else if (c < 0x10000) this.bmp[c] = n - 1;
      else this.astral.set(c, n - 1);
    }
    return missing;
  }

  clear(): void {
    for (const c of this.touched) if (c < 0x10000) this.bmp[c] = 0;
    this.astral.clear();
    this.touched.length = 0;
  }
}

// Spacing and punctuation by explicit ranges (a \p{…} class is four times slower). Any further
// filtering keeps equal strings equal, so the fast path may keep a few more symbols than `chars`.
const NOT_CONTENT = /[\s\u2000-\u206f\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uffef!-/:-@[-`{-~]+/g;
const FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;
const HAS_FULL_WIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;

/** Content characters as a string (the fast path: one native regex pass). */
function contentString(text: string): string {
  const s = text.replace(NOT_CONTENT, "");
  return HAS_FULL_WIDTH_ALNUM.test(s)
    ? s.replace(FULL_WIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    : s;
}

/** Fast path: the record's text holds exactly its lines' content, in order (true of most paragraphs). */
function sameContent(
  owner: Owner,
  lines: readonly SourceLine[],
  artefacts: Map<number, number[]>,
  wholeLine: Set<number>,
): boolean {
  if (owner.lines.some((n) => artefacts.has(n) || wholeLine.has(n))) return false;
  const joined = owner.lines.map((n) => (lines[n - 1]?.text ?? "").trim()).join("");
  return owner.text === joined || contentString(owner.text) === contentString(joined);
}

/** Content characters of a line less those that artefacts removed from it. */
function needed(line: SourceLine, removed: number[] | undefined, bag: CodeBag): number[] {
  const own = chars(line.text);
  if (!removed) return own;
  bag.add(removed);
  const kept = own.filter((c) => bag.take([c]).length > 0);
  bag.clear();
  return kept;
}

/**
 * The "nothing lost" check: every letter, ideograph and digit of every line
 * must be in the record that stands for that line, or in an artefact removed
 * from it. Returns the lines (first line of each record) where that fails.
 */
export function unaccounted(report: Report, lines: readonly SourceLine[]): { line: number; missing: string }[] {
  const artefacts = new Map<number, number[]>();
  const wholeLine = new Set<number>();
  for (const a of report.artefacts) {
    if (a.text === lines[a.line - 1]?.text) wholeLine.add(a.line);
    else artefacts.set(a.line, [...(artefacts.get(a.line) ?? []), ...chars(a.text)]);
  }
  const byLine = owners(report);
  const bag = new CodeBag();
  const missing: { line: number; missing: number[] }[] = [];
  const report_ = (line: number, lost: number[]) => lost.length > 0 && missing.push({ line, missing: lost });
  for (const line of lines) {
    if (!byLine.has(line.no) && !wholeLine.has(line.no)) report_(line.no, needed(line, artefacts.get(line.no), bag));
  }
  for (const owner of new Set(byLine.values())) {
    if (sameContent(owner, lines, artefacts, wholeLine)) continue;
    const need = owner.lines.flatMap((n) => {
      const line = lines[n - 1];
      return line && !wholeLine.has(n) ? needed(line, artefacts.get(n), bag) : [];
    });
    bag.add(chars(owner.text));
    report_(owner.first, bag.take(need));
    bag.clear();
  }
  return missing
    .sort((a, b) => a.line - b.line)
    .map((m) => ({ line: m.line, missing: String.fromCodePoint(...m.missing.slice(0, 40)) }));
}
