/** Building regular expressions from data (word lists, names) instead of writing them by hand. */
import { byCodePoint } from "./sort.ts";

/** The text with every character that means something in a regular expression escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/**
 * An alternation matching any of the words, longest first so that a longer word wins over its prefix
 * (职业学院 before 学院); equal lengths in code-point order, so the pattern is the same on every machine.
 * Empty for no words: build the RegExp only when there are some.
 */
export function wordsPattern(words: readonly string[]): string {
  const unique = [...new Set(words)];
  unique.sort((a, b) => b.length - a.length || byCodePoint(a, b));
  return unique.map(escapeRegExp).join("|");
}
