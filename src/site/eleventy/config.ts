import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

import { outputFolders } from "../../model/urls.ts";
import { WHOLE_SITE } from "../part.ts";
import { loadSiteData, type SiteDataOptions } from "./site-data.ts";

/** The part of Eleventy's (untyped) user config API this site uses. */
export interface EleventyUserConfig {
  readonly directories: { readonly input: string; readonly output: string };
  addExtension(ext: string, options: { key: string }): void;
  addTemplateFormats(formats: string): void;
  addPassthroughCopy(paths: Record<string, string>): void;
  addGlobalData(name: string, data: () => unknown): void;
}

/** The folder of templates and static assets. */
export const templatesDir = fileURLToPath(new URL("../../../templates/", import.meta.url));

/**
 * Registers `.11ty.ts` templates, the static assets, and the site data, which
 * is read back from the output folder (written by the build before Eleventy runs).
 */
export function configureEleventy(config: EleventyUserConfig, run: SiteDataOptions = {}): void {
  config.addExtension("11ty.ts", { key: "11ty.js" });
  config.addTemplateFormats("11ty.ts");
  // Passthrough paths are relative to the working directory.
  config.addPassthroughCopy({ [relative(process.cwd(), join(templatesDir, "assets"))]: outputFolders.assets });
  config.addGlobalData("site", () => loadSiteData(config.directories.output, run));
  // The part of the site to render (src/site/part.ts); the build sets another for a shard or the merge.
  config.addGlobalData("part", () => run.part ?? WHOLE_SITE);
  // The pages the previous build left that need no rendering (../page-ledger.ts); none without a ledger.
  config.addGlobalData("pageLedger", () => run.ledger ?? null);
}
