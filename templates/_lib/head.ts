import { type Html, markup } from "../../src/lib/html.ts";
import { urls } from "../../src/model/urls.ts";
import { absoluteUrl, siteConfig } from "../../src/site/config.ts";

/** What a page says about itself to browsers, search engines and link previews. */
export interface HeadMeta {
  /** The page's own part of <title> (`表2-2 … · 北京市高职 2020`); the site's name follows it. */
  readonly title: string;
  /** One or two sentences for <meta name="description"> and og:description; default: what the site is. */
  readonly description?: string;
  /** The page's site path (`/reports/x/tables/2-2/`): the canonical link, and og:url when the site's URL is set. */
  readonly path?: string;
  /** `article` for a report and its items, `website` (the default) for listings and the site's own pages. */
  readonly ogType?: "website" | "article";
}

/** What the site is: the description of a page that gives none of its own (each page should). */
export const DEFAULT_DESCRIPTION =
  "各地职业教育质量年度报告的结构化数据：章节、表格、图题、案例、学校、专业和指标，每项注明原文出处，可引用、可下载。";

/** <title>, description, Open Graph and the canonical link; og:url only with an absolute URL (it must be one). */
export function headMeta(meta: HeadMeta): Html {
  const config = siteConfig();
  const title = `${meta.title} · ${config.name}`;
  const description = meta.description ?? DEFAULT_DESCRIPTION;
  const href = meta.path === undefined ? null : absoluteUrl(config, meta.path);
  return markup`<title>${title}</title>
    <meta name="description" content="${description}" />
    <meta property="og:title" content="${title}" />
    <meta property="og:description" content="${description}" />
    <meta property="og:type" content="${meta.ogType ?? "website"}" />
    <meta property="og:site_name" content="${config.name}" />
    <meta property="og:locale" content="zh_CN" />
    <link rel="alternate" type="application/atom+xml" title="新增和更正的报告" href="${urls.feed()}" />
    ${href === null ? "" : markup`<link rel="canonical" href="${href}" />`}
    ${href !== null && config.url !== null ? markup`<meta property="og:url" content="${href}" />` : ""}`;
}
