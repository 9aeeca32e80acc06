import { markup } from "../src/lib/html.ts";
import { formatNumber } from "../src/lib/numbers.ts";
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
import { singlePage } from "./_lib/part.ts";
import { reportColumnCount, reportColumns, reportRow } from "./_lib/report-rows.ts";

export const data = singlePage(urls.home());

/** How many cases the home page shows. */
const RECENT_CASES = 6;

function regionRows(g: RegionGroup) {
  const level = g.regionLevel ? `${regionLevelLabel[g.regionLevel]} · ` : "";
  return markup`<tbody>
    <tr class="group">
      <th colspan="${String(reportColumnCount)}" scope="rowgroup">
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
      <th colspan="${String(reportColumnCount)}" scope="rowgroup">地区未注明</th>
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

const sum = (site: SiteData, key: keyof ReportSummary["counts"]) =>
  site.index.reports.reduce((n, r) => n + r.counts[key], 0);

function totals(site: SiteData): string {
  return (
    `共 ${site.index.reports.length} 份报告，来自 ${site.regions.length} 个地区；` +
    // Figures are captions: the texts never carry the pictures, so they are counted as 图题, not 图.
    `${sum(site, "tables")} 张表、${sum(site, "figures")} 个图题（原报告的图片不在文本中）、${sum(site, "cases")} 个案例。`
  );
}

/** The site's size at a glance: a few headline counts, each linking to where they are listed. */
function keyFigures(site: SiteData) {
  const figures: [string, number, string, string][] = [
    ["报告", site.index.reports.length, "份", "#list-title"],
    ["地区", site.regions.length, "个", urls.regions()],
    ["表格", sum(site, "tables"), "张", urls.downloads()],
    ["案例", sum(site, "cases"), "个", urls.cases()],
    ["学校", site.schools.length, "所", urls.schools()],
  ];
  return markup`<ul class="key-figures" aria-label="本站数据概况">
    ${figures.map(
      ([label, n, unit, href]) =>
        markup`<li><a href="${href}"><span class="figure-value">${formatNumber(n)}</span><span class="figure-label">${unit}${label}</span></a></li>`,
    )}
  </ul>`;
}

/** The home page's search box: a plain GET form to the search page, which is the search UI. */
const searchForm = markup`<section class="home-search" aria-labelledby="search-title">
  <h2 id="search-title">搜索报告、表格、案例、学校和专业</h2>
  <form class="search-form" role="search" action="${urls.search()}" method="get">
    <label for="home-search-q">搜索词</label>
    <input id="home-search-q" type="search" name="q" placeholder="例如：劲松职高、产教融合、750201、就业率" autocomplete="off" />
    <button type="submit">搜索</button>
  </form>
</section>`;

/** Home: what the site holds, a search box, the reports by region and year, the latest cases. */
export function render({ site }: { site: SiteData }): string {
  const body = markup`<h1>职业教育质量年度报告</h1>
    <p class="lead">
      ${totals(site)}每份报告的章节、表格和案例都有自己的页面，注明原文行号，可引用，数据可<a href="${urls.downloads()}"
        >下载</a
      >。
    </p>
    ${keyFigures(site)} ${searchForm}
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
  const description = `${totals(site)}各地职业教育质量年度报告的章节、表格、指标和案例，逐项注明原文出处，可搜索、可引用、可下载。`;
  return page({ title: "首页", description, path: urls.home(), crumbs: [{ label: "首页" }], body }).value;
}
