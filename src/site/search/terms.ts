/**
 * Extra words for the search index, so that a school's short name finds its page.
 *
 * Pagefind segments a page's Chinese text at build time with its own dictionary, but segments the
 * query in the browser with `Intl.Segmenter`; the two disagree on names (北京市劲松职业高中 is indexed
 * as 北京市/劲松/职业高中, the query 劲松职高 becomes 劲/松/职/高), so the short name found nothing.
 * Indexing each name as the browser would segment it, words separated by spaces, makes every query
 * word a prefix of an indexed word. Node's ICU is the browser's, so the two agree.
 */
const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/** The words of each name as `Intl.Segmenter` cuts them, space-separated, without repeats (in order). */
export function searchTerms(names: readonly string[]): string {
  const words = names.flatMap((n) => [...segmenter.segment(n)].filter((s) => s.isWordLike).map((s) => s.segment));
  return [...new Set(words)].join(" ");
}
