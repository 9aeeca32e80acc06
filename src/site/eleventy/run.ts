import { Eleventy } from "@11ty/eleventy";

import { type PageHtml, pageHtml } from "../search/searchable.ts";
import { configureEleventy, type EleventyUserConfig, templatesDir } from "./config.ts";
import type { SiteDataOptions } from "./site-data.ts";

/**
 * Renders the pages of `run.part` (default: all) into `outDir` with Eleventy. The data files must already
 * be in `<outDir>/data/`. The process must have tsx loaded (the templates are .ts). Reports' HTML is
 * cached in `run.htmlCache` (default `.cache/html/`, null: none); pages `run.ledger` keeps are not rendered.
 * Returns the hash and searchability of each page rendered (src/site/search/searchable.ts), by URL.
 */
export async function runEleventy(outDir: string, run: SiteDataOptions = {}): Promise<Map<string, PageHtml>> {
  // The configuration is applied here and eleventy.config.ts is not read (an empty configPath: "falsy
  // skips config files" in Eleventy's TemplateConfig): Eleventy runs this callback before the config
  // file, whose global data would replace the part and the cache chosen here.
  const config = (c: object) => configureEleventy(c as EleventyUserConfig, run);
  const eleventy = new Eleventy(templatesDir, outDir, { configPath: "", quietMode: true, config });
  // Our build prints its own summary; Eleventy's would make test output noisy.
  eleventy.disableLogger();
  const [, templates] = (await eleventy.write()) as [unknown, EleventyResult[]];
  const pages = new Map<string, PageHtml>();
  for (const t of templates) {
    if (typeof t.content === "string" && typeof t.outputPath === "string" && t.outputPath.endsWith(".html"))
      pages.set(t.url, pageHtml(t.content));
  }
  return pages;
}

/** What Eleventy's `write()` tells of each page it wrote. */
interface EleventyResult {
  readonly url: string;
  readonly outputPath: string | false;
  readonly content: unknown;
}
