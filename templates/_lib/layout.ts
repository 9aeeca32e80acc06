import { type Html, type HtmlValue, markup } from "../../src/lib/html.ts";
import type { SiteConfig } from "../../src/model/site-config.ts";
import { urls } from "../../src/model/urls.ts";
import { siteConfig } from "../../src/site/config.ts";
import { type HeadMeta, headMeta } from "./head.ts";

/** One step of the breadcrumb trail; the last one is the current page and has no link. */
export interface Crumb {
  readonly label: string;
  readonly url?: string;
}

export interface PageOptions extends HeadMeta {
  readonly crumbs: readonly Crumb[];
  readonly body: HtmlValue;
  readonly head?: HtmlValue;
  /** Marks <main> for the search index (the page's filters come from `contextLine`). */
  readonly searchable?: boolean;
}

function breadcrumbs(crumbs: readonly Crumb[]): Html {
  const items = crumbs.map((c, i) =>
    i === crumbs.length - 1 || !c.url
      ? markup`<li><span aria-current="page">${c.label}</span></li>`
      : markup`<li><a href="${c.url}">${c.label}</a></li>`,
  );
  return markup`<nav class="breadcrumbs" aria-label="面包屑导航">
    <ol>
      ${items}
    </ol>
  </nav>`;
}

function siteHeader(config: SiteConfig): Html {
  return markup`<header class="site-header">
    <div class="wrap masthead">
      <p class="site-id">
        <a class="site-name" href="${urls.home()}">${config.name}</a>
        ${config.tagline ? markup`<span class="site-tagline">${config.tagline}</span>` : ""}
      </p>
      <form class="site-search" role="search" action="${urls.search()}" method="get">
        <label for="site-search-q">搜索</label>
        <input id="site-search-q" type="search" name="q" placeholder="学校、专业、政策用语…" autocomplete="off" />
        <button type="submit">搜索</button>
      </form>
    </div>
    <nav class="site-nav" aria-label="站点导航">
      <div class="wrap">
        <a href="${urls.home()}">报告列表</a>
        <a href="${urls.regions()}">地区</a>
        <a href="${urls.cases()}">案例库</a>
        <a href="${urls.schools()}">学校</a>
        <a href="${urls.specialties()}">专业</a>
        <a href="${urls.indicators()}">指标</a>
        <a href="${urls.downloads()}">数据下载</a>
        <a href="${urls.page("about")}">数据说明</a>
      </div>
    </nav>
  </header>`;
}

/** Who publishes the site: the configured body, or a plain statement that it is not the reports' publishers. */
function publisherLine(config: SiteConfig): Html {
  const who = config.publisher ? `本站由${config.publisher}编制发布，` : "本站为独立整理的数据站点，";
  return markup`<p>
    ${who}不是各报告发布单位（各地教育行政部门）的官方网站。数据由报告原文自动提取，可能有误：引用前请对照原报告，并查看每份报告的数据质量页。
  </p>`;
}

function siteFooter(config: SiteConfig): Html {
  const report = config.issues
    ? markup`<a href="${config.issues}" rel="external">报告错误</a>`
    : markup`<a href="${urls.page("about")}">报告错误</a>`;
  const license = config.license
    ? markup`<p>
        数据（JSON、CSV、Excel）以 <a href="${config.license.url}" rel="license external">${config.license.name}</a>
        许可发布，使用时请注明出处；报告原文的权利归各发布单位。
      </p>`
    : "";
  return markup`<footer class="site-footer">
    <div class="wrap">
      <p class="footer-name">${config.name}</p>
      ${publisherLine(config)} ${license}
      <ul class="footer-links">
        <li><a href="${urls.page("about")}">数据说明</a></li>
        <li><a href="${urls.downloads()}">数据下载</a></li>
        <li>${report}</li>
        <li><a href="${urls.search()}">搜索</a></li>
      </ul>
    </div>
  </footer>`;
}

/** The page shell shared by every page: Chinese, no framework, one stylesheet. */
export function page(options: PageOptions): Html {
  const config = siteConfig();
  return markup`<!doctype html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        ${headMeta(options)}
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="${urls.asset("style.css")}" />
        <script src="${urls.asset("chart-tooltips.js")}" defer></script>
        ${options.head}
      </head>
      <body>
        <a class="skip" href="#main">跳到主要内容</a>
        ${siteHeader(config)}
        <div class="wrap page">
          ${breadcrumbs(options.crumbs)}
          <main id="main" tabindex="-1" ${options.searchable ? markup` data-pagefind-body` : ""}>${options.body}</main>
          <p class="to-top"><a href="#main">回到顶部</a></p>
        </div>
        ${siteFooter(config)}
      </body>
    </html> `;
}

/** A page one step below the home page (案例库, 指标, 学校…): its trail is 首页 › its title. */
export function sectionPage(options: Omit<PageOptions, "crumbs">): Html {
  return page({ ...options, crumbs: [{ label: "首页", url: urls.home() }, { label: options.title }] });
}
