/**
 * Finds curated school names in text: every canonical name and alias of the gazetteer, longest first at
 * each position, on whitespace-free text (so names cut by a wrap or a stray space still match). Short tags
 * (国职) match only inside brackets. Linear: at each position only the names starting with those two
 * characters are tried.
 */
import { byCodePoint } from "../../lib/sort.ts";
import type { Gazetteer } from "../../model/index.ts";
import { normalizeName } from "./text.ts";

/** A school name found in squashed text. */
export interface SchoolMatch {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly printed: string;
}

/** The name table of a gazetteer, built once. */
export interface SchoolMatcher {
  /** Every match in `text` (whitespace already removed), left to right, not overlapping. */
  readonly scan: (text: string) => SchoolMatch[];
  /** The school key of a whole name, if it is a curated name or alias. */
  readonly lookup: (name: string) => string | undefined;
  /** Curated names (keys) starting with `prefix`. */
  readonly completions: (prefix: string) => string[];
  /** True when the name is listed under notSchools. */
  readonly isNotSchool: (name: string) => boolean;
}

/** Forms by their first two characters (every form has at least two), longest first. */
function byFirstTwo(forms: Map<string, string>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const form of forms.keys()) {
    const list = index.get(form.slice(0, 2)) ?? [];
    list.push(form);
    index.set(form.slice(0, 2), list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length || byCodePoint(a, b));
  return index;
}

/** 北京大学生, 中学生: a name ending in 大学/中学 followed by 生 is a word about students. */
function isStudentWord(form: string, next: string | undefined): boolean {
  return next === "生" && /(大学|中学)$/.test(form);
}

/** Builds the matcher for a gazetteer. */
export function schoolMatcher(g: Gazetteer): SchoolMatcher {
  const forms = new Map<string, string>();
  const tags = new Map<string, string>();
  for (const s of g.schools) {
    const key = normalizeName(s.name);
    for (const form of [s.name, ...s.aliases]) forms.set(normalizeName(form), key);
    for (const tag of s.tags) tags.set(tag, key);
  }
  const index = byFirstTwo(forms);
  const notSchools = new Set(g.notSchools.map((n) => normalizeName(n.name)));
  const keys = [...new Set(forms.values())];
  const scan = (text: string): SchoolMatch[] => {
    const out: SchoolMatch[] = [];
    for (let i = 0; i < text.length;) {
      const hit = matchAt(text, i);
      if (hit) {
        out.push(hit);
        i = hit.end;
      } else i++;
    }
    return out;
  };
  const matchAt = (text: string, i: number): SchoolMatch | null => {
    for (const form of index.get(text.slice(i, i + 2)) ?? []) {
      if (text.startsWith(form, i) && !isStudentWord(form, text[i + form.length])) {
        return { key: forms.get(form) as string, start: i, end: i + form.length, printed: form };
      }
    }
    return text[i] === "（" || text[i] === "(" ? tagAt(text, i) : null;
  };
  const tagAt = (text: string, i: number): SchoolMatch | null => {
    const close = text.slice(i + 1, i + 8).search(/[）)]/);
    if (close < 1) return null;
    const tag = text.slice(i + 1, i + 1 + close);
    const key = tags.get(tag);
    return key ? { key, start: i + 1, end: i + 1 + close, printed: tag } : null;
  };
  return {
    scan,
    lookup: (name) => forms.get(normalizeName(name)),
    completions: (prefix) => keys.filter((k) => k.startsWith(prefix) && k !== prefix),
    isNotSchool: (name) => notSchools.has(normalizeName(name)),
  };
}
