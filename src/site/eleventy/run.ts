import { Eleventy } from "@11ty/eleventy";

import { configureEleventy, type EleventyUserConfig, templatesDir } from "./config.ts";
import type { SiteDataOptions } from "./site-data.ts";

/**
 * Renders the pages of `run.part` (default: all) into `outDir` with Eleventy. The data files must already
 * be in `<outDir>/data/`. The process must have tsx loaded (the templates are .ts). Reports' HTML is
 * cached in `run.htmlCache` (default `.cache/html/`, null: none); pages `run.ledger` keeps are not rendered.
 */
export async function runEleventy(outDir: string, run: SiteDataOptions = {}): Promise<void> {
  // The configuration is applied here and eleventy.config.ts is not read (an empty configPath: "falsy
  // skips config files" in Eleventy's TemplateConfig): Eleventy runs this callback before the config
  // file, whose global data would replace the part and the cache chosen here.
  const config = (c: object) => configureEleventy(c as EleventyUserConfig, run);
  const eleventy = new Eleventy(templatesDir, outDir, { configPath: "", quietMode: true, config });
  // Our build prints its own summary; Eleventy's would make test output noisy.
  eleventy.disableLogger();
  await eleventy.write();
}
