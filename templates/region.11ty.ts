import { markup, raw } from "../src/lib/html.ts";
import { urls } from "../src/model/urls.ts";
import type { RegionPage, SiteData } from "../src/site/eleventy/site-data.ts";
import { regionLevelLabel } from "../src/site/views/labels.ts";
import { factsTable } from "./_lib/entities.ts";
import { yearSpan } from "./_lib/format.ts";
import { page } from "./_lib/layout.ts";
import { reportColumns, reportRow } from "./_lib/report-rows.ts";

interface Data {
  readonly entry: RegionPage;
  readonly site: SiteData;
}

export const data = {
  pagination: { data: "site.regions", size: 1, alias: "entry" },
  permalink: (d: Data) => `${d.entry.url}index.html`,
};

/** One region: its reports over the years, newest first, with their counts and data. */
export function render({ entry: g, site }: Data): string {
  const metricLabel = (m: string) => site.metrics.find((x) => x.metric === m)?.label ?? m;
  const level = g.regionLevel ? `${regionLevelLabel[g.regionLevel]}地区，` : "";
  const body = markup`<h1>${g.name}职业教育质量年度报告</h1>
    <p>${level}共 ${g.reports.length} 份报告（${yearSpan(g)}），按报告年度从新到旧排列。</p>
    <div class="table-scroll">
      <table class="listing">
        <caption>
          ${g.name}的报告
        </caption>
        <thead>
          ${reportColumns}
        </thead>
        <tbody>
          ${g.reports.map(reportRow)}
        </tbody>
      </table>
    </div>
    ${
      g.indicators.length > 0
        ? markup`<section aria-labelledby="indicators-title">
            <h2 id="indicators-title">指标</h2>
            <p>报告对${g.name}全区（市）给出的数值；各指标的页面对比所有地区和学校。</p>
            ${raw(g.chart ?? "")}
            ${factsTable(`${g.name}的指标（${g.indicators.length} 个数值）`, g.indicators, metricLabel)}
          </section>`
        : ""
    }
    <p>
      各报告的数据文件与表格 CSV 见<a href="${urls.downloads()}">数据下载</a>；案例见<a href="${urls.cases()}">案例库</a>。
    </p>`;
  const crumbs = [{ label: "首页", url: urls.home() }, { label: "地区", url: urls.regions() }, { label: g.name }];
  return page({ title: g.name, crumbs, body }).value;
}
