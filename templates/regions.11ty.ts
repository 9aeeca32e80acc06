import { markup } from "../src/lib/html.ts";
import { urls } from "../src/model/urls.ts";
import type { SiteData } from "../src/site/eleventy/site-data.ts";
import { regionLevelLabel } from "../src/site/views/labels.ts";
import type { RegionGroup } from "../src/site/views/regions.ts";
import { yearSpan } from "./_lib/format.ts";
import { page } from "./_lib/layout.ts";

export const data = { permalink: `${urls.regions()}index.html` };

function regionItem(g: RegionGroup) {
  const level = g.regionLevel ? `${regionLevelLabel[g.regionLevel]} · ` : "";
  return markup`<li><a href="${g.url}">${g.name}</a>（${level}${g.reports.length} 份报告，${yearSpan(g)}）</li>`;
}

/** Every region with reports, larger regions first. */
export function render({ site }: { site: SiteData }): string {
  const unplaced = site.index.reports.filter((r) => !r.region);
  const body = markup`<h1>地区</h1>
    <p>共 ${site.regions.length} 个地区。每个地区的页面按年度列出它的报告。</p>
    <ul class="regions">
      ${site.regions.map(regionItem)}
    </ul>
    ${
      unplaced.length > 0
        ? markup`<h2>地区未注明的报告</h2>
          <ul>
            ${unplaced.map((r) => markup`<li><a href="${r.url}">${r.title}</a></li>`)}
          </ul>`
        : ""
    }`;
  return page({ title: "地区", crumbs: [{ label: "首页", url: urls.home() }, { label: "地区" }], body }).value;
}
