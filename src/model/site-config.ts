import { z } from "zod";

/** An absolute http(s) URL, as a reader would paste it. */
const AbsoluteUrl = z.url({ protocol: /^https?$/, error: "an absolute URL such as https://example.org" });

/** data/site.yaml: the site's name, its public base URL and where readers report errors. */
export const SiteConfig = z
  .object({
    name: z.string().min(1),
    url: AbsoluteUrl.nullable()
      .default(null)
      .describe("the absolute base URL the site is published at; null: citations show site-relative paths"),
    issues: AbsoluteUrl.nullable().default(null).describe("where readers report an error"),
  })
  .strict();
export type SiteConfig = z.infer<typeof SiteConfig>;
