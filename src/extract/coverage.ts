import type { Block, Report, Table } from "../model/index.ts";
import type { SourceLine } from "../ingest/lines.ts";

/** Characters that carry content: letters, ideographs and digits (punctuation and spacing may be normalised). */
const CONTENT = /[\p{L}\p{N}]/gu;

function chars(text: string): string[] {
  return text.normalize("NFKC").match(CONTENT) ?? [];
}

function tableText(t: Table): string {
  return ["表", t.number, t.caption, ...t.header.flat(), ...t.rows.flat(), t.note ?? ""].join("");
}

/** Everything a body block stands for, as text. */
function blockText(b: Block, report: Report): string {
  const byId = <T extends { id: string }>(items: T[]) => items.find((x) => x.id === b.ref);
  if (b.kind === "heading") {
    const h = byId(report.headings);
    return h ? `${h.number ?? ""}${h.title}` : b.text;
  }
  if (b.kind === "table") {
    const t = byId(report.tables);
    return t ? tableText(t) : b.text;
  }
  if (b.kind === "figure") {
    const f = byId(report.figures);
    return f ? `图${f.number}${f.caption}` : b.text;
  }
  if (b.kind === "case") {
    const c = byId(report.cases);
    return c ? `${c.label}${c.number ?? ""}${c.title}` : b.text;
  }
  return b.text;
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
  for (const b of report.body) claim(b.line, b.endLine, blockText(b, report));
  for (const t of report.tables) if (t.bodyLines) claim(t.bodyLines[0], t.bodyLines[1], tableText(t));
  return byLine;
}

/** Removes `take` from the multiset `pool`; returns what could not be removed. */
function subtract(pool: Map<string, number>, take: string[]): string[] {
  const missing: string[] = [];
  for (const ch of take) {
    const n = pool.get(ch) ?? 0;
    if (n > 0) pool.set(ch, n - 1);
    else missing.push(ch);
  }
  return missing;
}

function multiset(list: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of list) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

/**
 * The "nothing lost" check: every letter, ideograph and digit of every line
 * must be in the record that stands for that line, or in an artefact removed
 * from it. Returns the lines (first line of each record) where that fails.
 */
export function unaccounted(report: Report, lines: readonly SourceLine[]): { line: number; missing: string }[] {
  const artefacts = new Map<number, string[]>();
  for (const a of report.artefacts) artefacts.set(a.line, [...(artefacts.get(a.line) ?? []), ...chars(a.text)]);
  const byLine = owners(report);
  const pools = new Map<Owner, Map<string, number>>();
  const missing = new Map<number, string[]>();
  for (const line of lines) {
    const need = subtract(multiset(artefacts.get(line.no) ?? []), chars(line.text));
    const owner = byLine.get(line.no);
    if (!owner) {
      if (need.length) missing.set(line.no, need);
      continue;
    }
    if (!pools.has(owner)) pools.set(owner, multiset(chars(owner.text)));
    const lost = subtract(pools.get(owner) ?? new Map(), need);
    if (lost.length) missing.set(owner.first, [...(missing.get(owner.first) ?? []), ...lost]);
  }
  return [...missing].map(([line, ch]) => ({ line, missing: ch.join("").slice(0, 40) }));
}
