import { markup } from "../src/lib/html.ts";
import { urls } from "../src/model/urls.ts";
import type { SiteData } from "../src/site/eleventy/site-data.ts";
import { dataTable } from "./_lib/data-table.ts";
import { sectionPage } from "./_lib/layout.ts";
import { singlePage } from "./_lib/part.ts";

export const data = singlePage(urls.indicators());

/** The metric vocabulary (data/indicators.yaml): each metric, its printed labels, units and facts. */
export function render({ site }: { site: SiteData }): string {
  const body = markup`<h1>指标</h1>
    <p>
      报告中的数值按下列指标归类（标签见 <code>data/indicators.yaml</code>）。每个指标的页面按地区、学校和年份对比数值，并链接到出处。
      数据见 <a href="${urls.entityData("indicators")}">indicators.json</a>、<a href="${urls.entityData("indicators", "csv")}">indicators.csv</a>。
    </p>
    ${dataTable({
      className: "entity-table metrics",
      caption: `指标（${site.metrics.length} 个）`,
      columns: ["指标", "类别", "说明", "原文标签", "单位", "数值条数"],
      rows: site.metrics.map(
        (m) =>
          markup`<tr>
                <th scope="row"><a href="${m.url}">${m.label}</a></th>
                <td>${m.group} · ${m.kind}</td>
                <td>${m.description}</td>
                <td>${m.labels.join("、")}</td>
                <td>${m.units.join("、")}</td>
                <td class="num-cell">${m.facts}${m.conflicts > 0 ? markup` <span class="badge conflict">${m.conflicts} 处不一致</span>` : ""}</td>
              </tr>`,
      ),
    })}`;
  const description = `职业教育质量年度报告中的 ${site.metrics.length} 个指标（招生、在校生、师资、经费、就业等）：定义、原文标签、单位，以及各地区、各年份的数值对比。`;
  return sectionPage({
    title: "指标",
    description,
    path: urls.indicators(),
    body,
  }).value;
}
