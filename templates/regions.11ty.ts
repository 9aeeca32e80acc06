import { markup } from "../src/lib/html.ts";
import type { ReportSummary } from "../src/model/index.ts";
import { urls } from "../src/model/urls.ts";
import type { SiteData } from "../src/site/eleventy/site-data.ts";
import { regionLevelLabel } from "../src/site/views/labels.ts";
import type { RegionGroup } from "../src/site/views/regions.ts";
import { dateText, yearSpan } from "./_lib/format.ts";
import { sectionPage } from "./_lib/layout.ts";
import { singlePage } from "./_lib/part.ts";

export const data = singlePage(urls.regions());

/** A report under its region: title, then who published it and when, where known. */
function reportItem(r: ReportSummary) {
  const by = r.publisher ? markup`<span>${r.publisher}</span>` : "";
  const on = r.publishedOn ? markup`<span>${dateText(r.publishedOn)} 发布</span>` : "";
  return markup`<li><a href="${r.url}">${r.title}</a>${by || on ? markup` <span class="muted">${by} ${on}</span>` : ""}</li>`;
}

function regionItem(g: RegionGroup) {
  const level = g.regionLevel ? `${regionLevelLabel[g.regionLevel]} · ` : "";
  return markup`<li>
    <h2 class="region-name"><a href="${g.url}">${g.name}</a></h2>
    <p class="muted">${level}${g.reports.length} 份报告，${yearSpan(g)}</p>
    <ul class="region-reports">
      ${g.reports.map(reportItem)}
    </ul>
  </li>`;
}

/** Every region with reports, larger regions first, each with its reports' publishers and release dates. */
export function render({ site }: { site: SiteData }): string {
  const unplaced = site.index.reports.filter((r) => !r.region);
  const body = markup`<h1>地区</h1>
    <p class="lead">共 ${site.regions.length} 个地区。每个地区的页面按年度列出它的报告，并对比报告给出的指标。</p>
    <ul class="regions">
      ${site.regions.map(regionItem)}
    </ul>
    ${
      unplaced.length > 0
        ? markup`<h2>地区未注明的报告</h2>
          <ul class="region-reports">
            ${unplaced.map(reportItem)}
          </ul>`
        : ""
    }`;
  const names = site.regions.map((g) => g.name).join("、");
  const description = `按地区浏览职业教育质量年度报告：${names}，共 ${site.index.reports.length} 份报告，注明发布单位和发布日期。`;
  return sectionPage({ title: "地区", description, path: urls.regions(), body }).value;
}
