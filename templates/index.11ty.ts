import { markup } from "../src/lib/html.ts";
import type { ReportSummary } from "../src/model/index.ts";
import type { RejectedFile } from "../src/model/site-index.ts";
import { urls } from "../src/model/urls.ts";
import type { SiteData } from "../src/site/eleventy/site-data.ts";
import { recentCases } from "../src/site/views/case-library.ts";
import type { CaseEntry } from "../src/site/views/case-view.ts";
import { regionLevelLabel, severityLabel } from "../src/site/views/labels.ts";
import type { RegionGroup } from "../src/site/views/regions.ts";
import { yearSpan } from "./_lib/format.ts";
import { page } from "./_lib/layout.ts";
import { reportColumns, reportRow } from "./_lib/report-rows.ts";

export const data = { permalink: `${urls.home()}index.html` };

/** How many cases the home page shows. */
const RECENT_CASES = 6;

function regionRows(g: RegionGroup) {
  const level = g.regionLevel ? `${regionLevelLabel[g.regionLevel]} · ` : "";
  return markup`<tbody>
    <tr class="group">
      <th colspan="5" scope="rowgroup">
        <a href="${g.url}">${g.name}</a>
        <span class="group-meta">${level}${g.reports.length} 份报告，${yearSpan(g)}</span>
      </th>
    </tr>
    ${g.reports.map(reportRow)}
  </tbody>`;
}

function unplacedRows(reports: readonly ReportSummary[]) {
  if (reports.length === 0) return "";
  return markup`<tbody>
    <tr class="group">
      <th colspan="5" scope="rowgroup">地区未注明</th>
    </tr>
    ${reports.map(reportRow)}
  </tbody>`;
}

function recentSection(entries: readonly CaseEntry[]) {
  if (entries.length === 0) return "";
  const year = entries[0]?.report.reportYear;
  return markup`<section aria-labelledby="recent-title">
    <h2 id="recent-title">最新案例${year ? `（${year} 年度报告）` : ""}</h2>
    <ul class="recent-cases">
      ${entries.map(
        (e) =>
          markup`<li>
            <a href="${e.case.url}">${e.label} ${e.case.title}</a>
            <span class="from">${e.report.title}</span>
          </li>`,
      )}
    </ul>
    <p><a href="${urls.cases()}">在案例库中浏览全部案例</a></p>
  </section>`;
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

function totals(site: SiteData): string {
  const sum = (key: keyof ReportSummary["counts"]) => site.index.reports.reduce((n, r) => n + r.counts[key], 0);
  return (
    `共 ${site.index.reports.length} 份报告，来自 ${site.regions.length} 个地区；` +
    // Figures are captions: the texts never carry the pictures, so they are counted as 图题, not 图.
    `${sum("tables")} 张表、${sum("figures")} 个图题（原报告的图片不在文本中）、${sum("cases")} 个案例。`
  );
}

/** Home: the search box (progressive enhancement), the reports by region and year, the latest cases. */
export function render({ site }: { site: SiteData }): string {
  const head = markup`<link rel="stylesheet" href="${urls.searchBundle("pagefind-ui.css")}" />
    <script src="${urls.searchBundle("pagefind-ui.js")}" defer></script>
    <script src="${urls.asset("search.js")}" defer></script>`;
  const body = markup`<h1>职业教育质量年度报告</h1>
    <p class="lead">${totals(site)}每份报告的章节、表格和案例都有自己的页面，数据可<a href="${urls.downloads()}">下载</a>。</p>
    <section class="search" aria-labelledby="search-title">
      <h2 id="search-title">全文搜索</h2>
      <div id="search"></div>
      <noscript><p>全文搜索需要启用 JavaScript；可直接浏览下面的报告列表。</p></noscript>
    </section>
    <section aria-labelledby="list-title">
      <h2 id="list-title">报告（按地区和年度）</h2>
      <div class="table-scroll">
        <table class="listing by-region cards">
          <caption>
            共 ${site.index.reports.length} 份报告，按地区分组，每个地区从新到旧；<a href="${urls.regions()}">全部地区</a>
          </caption>
          <thead>
            ${reportColumns}
          </thead>
          ${site.regions.map(regionRows)} ${unplacedRows(site.index.reports.filter((r) => !r.region))}
        </table>
      </div>
    </section>
    ${recentSection(recentCases(site.cases, RECENT_CASES))} ${rejectedSection(site.index.rejected)}`;
  return page({ title: "首页", crumbs: [{ label: "首页" }], body, head }).value;
}
