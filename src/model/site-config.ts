import { z } from "zod";

/** An absolute http(s) URL, as a reader would paste it. */
const AbsoluteUrl = z.url({ protocol: /^https?$/, error: "an absolute URL such as https://example.org" });

/** The licence the site's data are published under, as the footer names and links it. */
const License = z.object({
  name: z.string().min(1).describe("the licence's short name, e.g. CC BY 4.0"),
  url: AbsoluteUrl.describe("the licence's text"),
});

/**
 * data/site.yaml: the site's name and tagline, who publishes it, its public base URL, where readers
 * report errors, and the licence of its data.
 */
export const SiteConfig = z
  .object({
    name: z.string().min(1),
    tagline: z.string().min(1).nullable().default(null).describe("one short line under the site's name"),
    publisher: z
      .string()
      .min(1)
      .nullable()
      .default(null)
      .describe("who publishes the site (not the reports' publishers); null: the footer says the site is independent"),
    url: AbsoluteUrl.nullable()
      .default(null)
      .describe("the absolute base URL the site is published at; null: citations show site-relative paths"),
    issues: AbsoluteUrl.nullable().default(null).describe("where readers report an error"),
    license: License.nullable().default(null).describe("the licence of the site's data; null: none is stated"),
  })
  .strict();
export type SiteConfig = z.infer<typeof SiteConfig>;
