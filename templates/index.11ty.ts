import type { RejectedFile } from "../src/model/site-index.ts";
import type { ReportSummary } from "../src/model/index.ts";
import { markup } from "../src/site/html.ts";
import { orUnknown, severityLabel } from "../src/site/labels.ts";
import type { SiteData } from "../src/site/site-data.ts";
import { urls } from "../src/site/urls.ts";
import { countsText, levelText, yearText } from "./_lib/format.ts";
import { page } from "./_lib/layout.ts";

export const data = { permalink: "/index.html" };

function reportRow(s: ReportSummary) {
  return markup`<tr>
    <th scope="row"><a href="${urls.report(s.id)}">${s.title}</a></th>
    <td>${orUnknown(s.region)}</td>
    <td>${levelText(s)}</td>
    <td>${yearText(s.reportYear)}</td>
    <td>${countsText(s)}</td>
  </tr>`;
}

function rejectedSection(rejected: readonly RejectedFile[]) {
  if (rejected.length === 0) return "";
  const items = rejected.map(
    (r) =>
      markup`<li>
        <code>${r.file}</code>
        <ul>
          ${r.diagnostics.map(
            (d) => markup`<li>${severityLabel[d.severity]}：${d.message}（<code>${d.ruleId}</code>）</li>`,
          )}
        </ul>
      </li>`,
  );
  return markup`<section aria-labelledby="rejected">
    <h2 id="rejected">未能发布的文件</h2>
    <ul>
      ${items}
    </ul>
  </section>`;
}

/** Home: the search box (progressive enhancement) and the list of reports. */
export function render({ site }: { site: SiteData }): string {
  const reports = site.index.reports;
  const head = markup`<link rel="stylesheet" href="/pagefind/pagefind-ui.css" />
    <script src="/pagefind/pagefind-ui.js" defer></script>
    <script src="/assets/search.js" defer></script>`;
  const body = markup`<h1>职业教育质量年度报告</h1>
    <section class="search" aria-labelledby="search-title">
      <h2 id="search-title">全文搜索</h2>
      <div id="search"></div>
      <noscript><p>全文搜索需要启用 JavaScript；可直接浏览下面的报告列表。</p></noscript>
    </section>
    <section aria-labelledby="list-title">
      <h2 id="list-title">报告列表</h2>
      <div class="table-scroll">
        <table class="listing">
          <caption>
            共 ${reports.length} 份报告
          </caption>
          <thead>
            <tr>
              <th scope="col">报告</th>
              <th scope="col">地区</th>
              <th scope="col">层级</th>
              <th scope="col">年度</th>
              <th scope="col">内容</th>
            </tr>
          </thead>
          <tbody>
            ${reports.map(reportRow)}
          </tbody>
        </table>
      </div>
    </section>
    ${rejectedSection(site.index.rejected)}`;
  return page({ title: "首页", crumbs: [{ label: "首页" }], body, head }).value;
}
