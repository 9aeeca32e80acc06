import { Eleventy } from "@11ty/eleventy";

import { DEFAULT_HTML_CACHE } from "../../render/narrative/cache.ts";
import { type SitePart, WHOLE_SITE } from "../part.ts";
import { configureEleventy, type EleventyUserConfig, templatesDir } from "./config.ts";

/**
 * Renders the pages of `part` into `outDir` with Eleventy. The data files must already
 * be in `<outDir>/data/`. The process must have tsx loaded (the templates are .ts). Reports' HTML is
 * cached in `htmlCache` (default `.cache/html/`, null: none).
 */
export async function runEleventy(
  outDir: string,
  part: SitePart = WHOLE_SITE,
  htmlCache: string | null = DEFAULT_HTML_CACHE,
): Promise<void> {
  // The configuration is applied here and eleventy.config.ts is not read (an empty configPath: "falsy
  // skips config files" in Eleventy's TemplateConfig): Eleventy runs this callback before the config
  // file, whose global data would replace the part and the cache chosen here.
  const config = (c: object) => configureEleventy(c as EleventyUserConfig, { part, htmlCache });
  const eleventy = new Eleventy(templatesDir, outDir, { configPath: "", quietMode: true, config });
  // Our build prints its own summary; Eleventy's would make test output noisy.
  eleventy.disableLogger();
  await eleventy.write();
}
