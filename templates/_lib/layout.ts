import { type Html, type HtmlValue, markup } from "../../src/lib/html.ts";
import { urls } from "../../src/model/urls.ts";
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

/** The page shell shared by every page: Chinese, no framework, one stylesheet. */
export function page(options: PageOptions): Html {
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
        <header class="site-header">
          <a class="site-name" href="${urls.home()}">职业教育质量年度报告</a>
          <nav aria-label="站点导航">
            <a href="${urls.home()}">报告列表</a>
            <a href="${urls.regions()}">地区</a>
            <a href="${urls.cases()}">案例库</a>
            <a href="${urls.schools()}">学校</a>
            <a href="${urls.specialties()}">专业</a>
            <a href="${urls.indicators()}">指标</a>
            <a href="${urls.downloads()}">数据下载</a>
          </nav>
          <form class="site-search" role="search" action="${urls.search()}" method="get">
            <label for="site-search-q">搜索</label>
            <input id="site-search-q" type="search" name="q" placeholder="学校、专业、政策用语…" autocomplete="off" />
            <button type="submit">搜索</button>
          </form>
        </header>
        ${breadcrumbs(options.crumbs)}
        <main id="main" tabindex="-1" ${options.searchable ? markup` data-pagefind-body` : ""}>${options.body}</main>
        <footer class="site-footer">
          <p>数据由原始报告文本自动提取，可能有误；每份报告都附有数据质量说明。<a href="${urls.page("about")}">数据说明</a></p>
        </footer>
      </body>
    </html> `;
}
