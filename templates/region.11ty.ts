import { type Html, markup, raw } from "../src/lib/html.ts";
import type { ReportSummary } from "../src/model/index.ts";
import { urls } from "../src/model/urls.ts";
import type { RegionPage, RegionSeries } from "../src/site/eleventy/site-data.ts";
import type { IndicatorFact } from "../src/site/entities/indicator-pages.ts";
import { metricLabel, regionLevelLabel } from "../src/site/views/labels.ts";
import type { TableLineage } from "../src/site/views/lineage.ts";
import type { HeadlineCell, HeadlineTable } from "../src/site/views/series-headline.ts";
import { dataTable } from "./_lib/data-table.ts";
import { factsTable } from "./_lib/entities.ts";
import { yearSpan } from "./_lib/format.ts";
import { page } from "./_lib/layout.ts";
import { pagePer } from "./_lib/part.ts";
import { reportColumns, reportRow } from "./_lib/report-rows.ts";
import { reportYearLabel, seriesAnchor } from "./_lib/series-nav.ts";

interface Data {
  readonly entry: RegionPage;
}

export const data = pagePer<RegionPage, "entry">("site.regions", "entry", (e) => e.url);

/** A listing of reports (rows as on the home page), in the order given. */
function reportsTable(caption: string, reports: readonly ReportSummary[]): Html {
  return markup`<div class="table-scroll">
    <table class="listing cards">
      <caption>
        ${caption}
      </caption>
      <thead>
        ${reportColumns}
      </thead>
      <tbody>
        ${reports.map(reportRow)}
      </tbody>
    </table>
  </div>`;
}

/** A value linked to its source line; the title says which report and where. */
function sourced(text: string, f: IndicatorFact): Html {
  const where = `${f.report.title} · ${f.source.label}，${f.line}`;
  return markup`<a href="${f.source.url}" title="${where}">${text}</a>`;
}

/**
 * One value: linked to the first report that states it, the other reports that agree as small links;
 * when the cell holds several values each says which report gives it.
 */
function headlineValue(facts: readonly IndicatorFact[], text: string, differs: boolean): Html {
  const [first, ...others] = facts;
  if (!first) return markup``;
  const also = others.map((f) => markup` <small>${sourced(`（${reportYearLabel(f.report)}同）`, f)}</small>`);
  const whose = differs ? markup` <small>（${reportYearLabel(first.report)}）</small>` : "";
  return markup`${sourced(text, first)}${whose}${also}`;
}

function headlineCell(c: HeadlineCell): Html {
  if (c.values.length === 0) return markup`<td class="value"></td>`;
  const differs = c.values.length > 1;
  const values = c.values.map((v) => headlineValue(v.facts, v.text, differs));
  if (!differs) return markup`<td class="value">${values}</td>`;
  return markup`<td class="value differs"><span class="mark" title="各报告数值不同">≠</span>
    <ul>
      ${values.map((v) => markup`<li>${v}</li>`)}
    </ul>
  </td>`;
}

/** `2020–2023`, or one year. */
function span(years: readonly (number | null)[]): string {
  const [low, high] = [years[0], years.at(-1)];
  return low === high ? `${low ?? ""}` : `${low ?? ""}–${high ?? ""}`;
}

/** 主要数据: one row per headline metric, one column per data year, each value linked to its source. */
function headlineSection(s: RegionSeries, t: HeadlineTable): Html {
  const rows = t.rows.map(
    (r) => markup`<tr>
      <th scope="row"><a href="${urls.indicator(r.metric)}">${r.label}</a></th>
      ${r.cells.map(headlineCell)}
    </tr>`,
  );
  const differs = t.rows.some((r) => r.cells.some((c) => c.values.length > 1));
  const note = differs
    ? markup`<p class="note">标 ≠ 的格子：各报告（或同一报告的两处）对同一年给出的数值不同，均列出并链接出处。</p>`
    : "";
  return markup`<h3 id="${seriesAnchor(s)}-headline">主要数据</h3>
    <p>各报告对全区（市）给出的数值，按数据所属年份排列；每个数值链接到原文出处。</p>
    ${dataTable({
      className: "entity-table headline",
      caption: `${s.label} 主要数据（${span(t.years)} 年）`,
      columns: ["指标", ...t.years.map((y) => `${y} 年`)],
      rows,
    })}
    ${note}`;
}

/** 历年同表: each lineage's caption, then one link per report year. */
function lineageSection(s: RegionSeries, lineages: readonly TableLineage[]): Html {
  const items = lineages.map(
    (l) => markup`<li>
      ${l.caption}：${l.tables.map(
        ({ report, table }, i) =>
          markup`${i > 0 ? " · " : ""}<a href="${table.url}">${report.reportYear ?? ""} 表${table.number}</a>`,
      )}
    </li>`,
  );
  return markup`<h3 id="${seriesAnchor(s)}-lineages">历年同表</h3>
    <ul class="lineages">
      ${items}
    </ul>`;
}

/** One series: its reports oldest first, its headline data over the years, its tables across the years. */
function seriesSection(s: RegionSeries): Html {
  const id = seriesAnchor(s);
  return markup`<section class="series" aria-labelledby="${id}">
    <h2 id="${id}">${s.label} 系列（${s.reports.length} 份，${span(s.reports.map((r) => r.reportYear))} 年度）</h2>
    ${reportsTable(`${s.label}的报告，按报告年度从旧到新`, s.reports)}
    ${s.headline ? headlineSection(s, s.headline) : ""}
    ${s.lineages.length > 0 ? lineageSection(s, s.lineages) : ""}
  </section>`;
}

function description(g: RegionPage): string {
  const lineages = g.series.some((s) => s.lineages.length > 0) ? "和历年同表" : "";
  return `${g.name}的职业教育质量年度报告 ${g.reports.length} 份（${yearSpan(g)}），按办学层次分为系列，附主要数据的历年数值${lineages}，每个数值注明出处。`;
}

/** One region: its series of reports (one per school level) over the years, then its indicators. */
export function render({ entry: g }: Data): string {
  const level = g.regionLevel ? `${regionLevelLabel[g.regionLevel]}地区，` : "";
  const others = g.reports.filter((r) => !g.series.some((s) => s.reports.includes(r)));
  const body = markup`<h1>${g.name}职业教育质量年度报告</h1>
    <p>${level}共 ${g.reports.length} 份报告（${yearSpan(g)}），同一办学层次的报告组成一个系列，按报告年度从旧到新排列。</p>
    ${g.series.map(seriesSection)}
    ${
      others.length > 0
        ? markup`<section aria-labelledby="others-title">
            <h2 id="others-title">其他报告</h2>
            <p>办学层次或报告年度未注明，不归入系列。</p>
            ${reportsTable(`${g.name}的其他报告`, others)}
          </section>`
        : ""
    }
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
  return page({ title: g.name, description: description(g), path: g.url, crumbs, body }).value;
}
