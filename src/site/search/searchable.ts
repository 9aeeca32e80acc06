/**
 * What the search index needs to know of a page before reading it again: whether it is a search result
 * at all, and the hash of its HTML (the key of its bucket, bundle-cache.ts). The build learns both when
 * Eleventy renders the page, or from the page ledger when the page is kept from the previous build.
 */
import { htmlHash } from "./bundle-cache.ts";

/** `data-pagefind-body` as an attribute: only pages marked so are search results. */
const SEARCHABLE = /<[^>]*\sdata-pagefind-body[\s=>]/;

export interface PageHtml {
  /** The SHA-256 (hex) of the page's HTML. */
  readonly sha: string;
  /** Whether it is marked `data-pagefind-body`. */
  readonly searchable: boolean;
}

/** Whether the HTML marks a search result (the cheap substring first: most pages of a large site are long). */
export const isSearchable = (html: string): boolean => html.includes(" data-pagefind-body") && SEARCHABLE.test(html);

export const pageHtml = (html: string): PageHtml => ({ sha: htmlHash(html), searchable: isSearchable(html) });
