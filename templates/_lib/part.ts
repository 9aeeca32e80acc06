/**
 * Pages of the part of the site this build writes (src/site/part.ts): the build passes the part to
 * Eleventy as the global data `part`; a page the part does not own is not rendered. Without it (a
 * one-shot build) every page is. Nor is a page the previous build into the same folder already rendered
 * from the same entry (global data `pageLedger`, src/site/page-ledger.ts): its file is moved over.
 */
import { outputPath } from "../../src/model/urls.ts";
import type { PageLedger } from "../../src/site/page-ledger.ts";
import { owns, type SitePart, WHOLE_SITE } from "../../src/site/part.ts";

interface PartData {
  readonly part?: SitePart;
  readonly pageLedger?: PageLedger | null;
}

const partOf = (data: PartData): SitePart => data.part ?? WHOLE_SITE;

/** `/reports/x/` → `/reports/x/index.html`: where Eleventy writes the page of a URL. */
const permalinkOf = (url: string): string => `/${outputPath(url)}`;

/**
 * One page per item of a site collection (`"site.tables"`), under `alias`, at the item's URL: Eleventy's
 * pagination and permalink, keeping only the items whose pages this build's part owns and the previous
 * build did not already render. The page must be a function of its item alone (its template reads no other
 * data but the site's settings): the item is its key in the page ledger.
 */
export function pagePer<T, Alias extends string>(collection: string, alias: Alias, url: (item: T) => string) {
  return {
    pagination: {
      data: collection,
      size: 1,
      alias,
      before: (items: readonly T[], data: PartData) =>
        items.filter((item) => owns(partOf(data), url(item)) && !data.pageLedger?.keep(collection, url(item), item)),
    },
    permalink: (data: Record<Alias, T>) => permalinkOf(url(data[alias])),
  };
}

/** The one page at `url` (a listing, the home page), or no page when this build's part does not own it. */
export function singlePage(url: string) {
  return { permalink: (data: PartData) => (owns(partOf(data), url) ? permalinkOf(url) : false) };
}
