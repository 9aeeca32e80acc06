/**
 * Extra words for the search index: an entity page's names and aliases, indexed with its <h1>
 * (`data-pagefind-index-attrs`, weight 10), so a short name weighs on its own page as much as the full one.
 *
 * Pagefind 1.5 segmented Chinese one way when indexing and another (`Intl.Segmenter`) when querying
 * (Pagefind issue #1237), so this used to index each name pre-cut the browser's way. Pagefind 1.6.0
 * indexes what the query segmenter finds: measured on the bundled build, recall over the probe terms
 * of tests/browser/search-recall.test.ts is 1.00 with or without these words, and the pre-cut words
 * only leaked into excerpts ("劲 松 职 高"). The names are kept, whole, because with them Pagefind
 * alone ranks the entity's page first for 514 of its 529 names and aliases (505 without, 512 pre-cut);
 * the search page's entity directory (./directory.ts) settles the rest.
 */

/** The names, trimmed and without repeats (in order), space-separated for the index. */
export function searchTerms(names: readonly string[]): string {
  return [...new Set(names.map((n) => n.trim()).filter((n) => n !== ""))].join(" ");
}
