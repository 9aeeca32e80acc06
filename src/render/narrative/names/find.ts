import { wordsPattern } from "../../../lib/regexp.ts";

/** Where a name links: the page URL, and the full name (the tooltip where the text prints another form). */
export interface NameTarget {
  readonly id: string;
  readonly url: string;
  readonly title: string;
}

/** Names to look for, longest first, and what each one links to. */
export interface NameIndex {
  readonly pattern: RegExp | null;
  readonly targets: ReadonlyMap<string, NameTarget>;
}

/** One name found in a text: `[start, end)` are UTF-16 offsets. */
export interface FoundName {
  readonly start: number;
  readonly end: number;
  readonly target: NameTarget;
}

/**
 * Builds the index of names (a name listed twice keeps its first target). The alternation is sorted
 * longest first, so at any position the longest name wins (北京市劲松职业高中 over 劲松职业高中).
 */
export function nameIndex(entries: readonly { readonly name: string; readonly target: NameTarget }[]): NameIndex {
  const targets = new Map<string, NameTarget>();
  for (const e of entries) if (e.name !== "" && !targets.has(e.name)) targets.set(e.name, e.target);
  return { pattern: targets.size > 0 ? new RegExp(wordsPattern([...targets.keys()]), "g") : null, targets };
}

/**
 * The names in a text, left to right, without overlaps, each target at most once: a target already in
 * `seen` is skipped, and every target found is added to it (so a caller can link only a paragraph's
 * first mention of each school).
 */
export function findNames(text: string, index: NameIndex, seen: Set<string>): FoundName[] {
  if (!index.pattern) return [];
  const found: FoundName[] = [];
  for (const match of text.matchAll(index.pattern)) {
    const target = index.targets.get(match[0]);
    if (!target || seen.has(target.id)) continue;
    seen.add(target.id);
    found.push({ start: match.index, end: match.index + match[0].length, target });
  }
  return found;
}

/** A text cut into plain pieces and linked names, in order. */
export type NamePiece = { readonly text: string } | { readonly text: string; readonly target: NameTarget };

/** Splits a text at the names `findNames` returns: the shared core of the mdast and hast adapters. */
export function splitNames(text: string, index: NameIndex, seen: Set<string>): NamePiece[] {
  const pieces: NamePiece[] = [];
  let at = 0;
  for (const f of findNames(text, index, seen)) {
    if (f.start > at) pieces.push({ text: text.slice(at, f.start) });
    pieces.push({ text: text.slice(f.start, f.end), target: f.target });
    at = f.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}
