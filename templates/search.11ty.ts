import { markup, raw } from "../src/lib/html.ts";
import { urls } from "../src/model/urls.ts";
import type { SiteData } from "../src/site/eleventy/site-data.ts";
import { directoryJson, searchDirectory } from "../src/site/search/directory.ts";
import { sectionPage } from "./_lib/layout.ts";
import { singlePage } from "./_lib/part.ts";

export const data = singlePage(urls.search());

/**
 * The search page. The query lives in the URL (`/search/?q=劲松`): the form is a plain GET form, so a
 * pasted link and a submit without JavaScript both land here; search-page.js reads `q`, asks Pagefind
 * and draws the results. Without JavaScript the page says so and points to the directories.
 * The entity directory (src/site/search/directory.ts) is embedded, so a school, specialty or metric
 * named exactly comes first without another request.
 */
export function render({ site }: { site: SiteData }): string {
  const head = markup`<script type="module" src="${urls.asset("search-page.js")}"></script>`;
  const body = markup`<h1>搜索</h1>
    <form
      class="search-form"
      role="search"
      action="${urls.search()}"
      method="get"
      data-search-index="${urls.searchBundle("index.json")}"
    >
      <label for="search-q">搜索词</label>
      <input id="search-q" type="search" name="q" placeholder="例如：劲松职高、产教融合、750201、1+X" autocomplete="off" />
      <button type="submit">搜索</button>
    </form>
    <noscript>
      <p class="search-nojs">
        搜索需要启用 JavaScript。也可以直接浏览<a href="${urls.home()}">报告列表</a>、<a href="${urls.schools()}">学校</a>、<a
          href="${urls.specialties()}"
          >专业</a
        >和<a href="${urls.indicators()}">指标</a>。
      </p>
    </noscript>
    <div class="search-filters" hidden></div>
    <p class="search-status" role="status" aria-live="polite"></p>
    <ol class="search-results"></ol>
    <p><button type="button" class="search-more" hidden>显示更多结果</button></p>
    <script type="application/json" id="search-directory">
      ${raw(directoryJson(searchDirectory(site)))}
    </script>`;
  const description =
    "全文搜索各地职业教育质量年度报告的章节、表格、案例、学校和专业，可按类型、报告、地区和年度筛选。";
  return sectionPage({
    title: "搜索",
    description,
    path: urls.search(),
    body,
    head,
  }).value;
}
