import type { Block, Report, Table } from "../model/index.ts";
import type { SourceLine } from "../ingest/lines.ts";

const OTHER_CONTENT = /[\p{L}\p{N}]/u;

/** A content code point as compared: full-width ASCII letters and digits fold to ASCII; else itself; -1 if not content. */
function contentCode(cp: number): number {
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return cp;
  if ((cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || cp >= 0x20000) return cp;
  if ((cp >= 0xff10 && cp <= 0xff19) || (cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a)) return cp - 0xfee0;
  if (cp < 0x80) return -1;
  return OTHER_CONTENT.test(String.fromCodePoint(cp)) ? cp : -1;
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
  for (const t of report.tables) if (t.bodyLines) claim(t.bodyLines[0], t.bodyLines[1], tableText(t));
  return byLine;
}

/** Removes `take` from the multiset `pool`; returns what could not be removed. */
function subtract(pool: Map<number, number>, take: number[]): number[] {
  const missing: number[] = [];
  for (const ch of take) {
    const n = pool.get(ch) ?? 0;
    if (n > 0) pool.set(ch, n - 1);
    else missing.push(ch);
  }
  return missing;
}

function multiset(list: number[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const ch of list) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

/**
 * The "nothing lost" check: every letter, ideograph and digit of every line
 * must be in the record that stands for that line, or in an artefact removed
 * from it. Returns the lines (first line of each record) where that fails.
 */
export function unaccounted(report: Report, lines: readonly SourceLine[]): { line: number; missing: string }[] {
  const artefacts = new Map<number, number[]>();
  for (const a of report.artefacts) artefacts.set(a.line, [...(artefacts.get(a.line) ?? []), ...chars(a.text)]);
  const byLine = owners(report);
  const pools = new Map<Owner, Map<number, number>>();
  const missing = new Map<number, number[]>();
  for (const line of lines) {
    const removed = artefacts.get(line.no);
    const need = removed ? subtract(multiset(removed), chars(line.text)) : chars(line.text);
    const owner = byLine.get(line.no);
    if (!owner) {
      if (need.length) missing.set(line.no, need);
      continue;
    }
    if (!pools.has(owner)) pools.set(owner, multiset(chars(owner.text)));
    const lost = subtract(pools.get(owner) ?? new Map(), need);
    if (lost.length) missing.set(owner.first, [...(missing.get(owner.first) ?? []), ...lost]);
  }
  return [...missing].map(([line, ch]) => ({ line, missing: String.fromCodePoint(...ch.slice(0, 40)) }));
}
