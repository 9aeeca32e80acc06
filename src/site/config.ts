/** The site's settings (data/site.yaml, `SITE_URL` overriding its `url`), read and validated once. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { parse as parseYaml } from "yaml";

import { SiteConfig } from "../model/site-config.ts";

/** data/site.yaml in the repository. */
export const siteConfigFile = fileURLToPath(new URL("../../data/site.yaml", import.meta.url));

/** The environment variables the settings read. */
export interface SiteEnvironment {
  readonly SITE_URL?: string | undefined;
}

/**
 * Validates the YAML text of a settings file, `SITE_URL` (when set and not blank) replacing `url`.
 * A bad field fails the build naming the file and every problem: the settings are ours, not input.
 */
export function parseSiteConfig(text: string, env: SiteEnvironment, path: string = siteConfigFile): SiteConfig {
  const raw: unknown = parseYaml(text) ?? {};
  const override = env.SITE_URL?.trim();
  const merged = override && typeof raw === "object" ? { ...raw, url: override } : raw;
  const parsed = SiteConfig.safeParse(merged);
  if (!parsed.success) {
    const where = (p: readonly PropertyKey[]) => (p[0] === "url" && override ? "SITE_URL" : p.join(".") || "(top)");
    const problems = parsed.error.issues.map((i) => `  ${where(i.path)}: ${i.message}`);
    throw new Error(`${path}: invalid site settings\n${problems.join("\n")}`);
  }
  // Stored without a trailing slash so that joining it with a site path (`/reports/…`) never doubles it.
  return { ...parsed.data, url: parsed.data.url?.replace(/\/+$/, "") ?? null };
}

let loaded: SiteConfig | undefined;

/** The settings of this build: data/site.yaml and `SITE_URL`, read on first use and kept for the process. */
export function siteConfig(): SiteConfig {
  loaded ??= parseSiteConfig(readFileSync(siteConfigFile, "utf8"), process.env);
  return loaded;
}

/** The absolute URL of a site path when a base URL is set, else the path itself. */
export function absoluteUrl(config: Pick<SiteConfig, "url">, path: string): string {
  return config.url === null ? path : `${config.url}${path}`;
}

/** The one line the build prints when citations cannot give an absolute URL, or null when they can. */
export function siteUrlNotice(config: Pick<SiteConfig, "url">): string | null {
  if (config.url !== null) return null;
  return (
    "notice: citations and canonical links show site-relative paths (/reports/…): no site URL is set. " +
    "Set SITE_URL=https://… when building, or `url:` in data/site.yaml"
  );
}
