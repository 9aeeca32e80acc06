import { markup } from "../src/lib/html.ts";
import type { Specialty } from "../src/model/index.ts";
import { urls } from "../src/model/urls.ts";
import type { SiteData } from "../src/site/eleventy/site-data.ts";
import { labelledCell } from "./_lib/data-table.ts";
import { sectionPage } from "./_lib/layout.ts";
import { singlePage } from "./_lib/part.ts";

export const data = singlePage(urls.specialties());

function specialtyRow(s: Specialty) {
  return markup`<tr>
    ${labelledCell("专业代码", markup`<code>${s.code ?? "—"}</code>`)}
    <th scope="row"><a href="${urls.specialty(s.id)}">${s.name}</a></th>
    ${labelledCell("学校数", String(s.schools.length), "num-cell")} ${labelledCell("记录数", String(s.events.length), "num-cell")}
  </tr>`;
}

/** Every specialty the reports' tables state, by 专业大类 then code. */
export function render({ site }: { site: SiteData }): string {
  const total = site.specialtyCategories.reduce((n, g) => n + g.specialties.length, 0);
  const body = markup`<h1>专业</h1>
    <p>
      报告表格中出现的 ${total} 个专业，按专业大类和专业代码排列。数据见
      <a href="${urls.entityData("specialties")}">specialties.json</a>、<a href="${urls.entityData("specialties", "csv")}">specialties.csv</a>。
    </p>
    <div class="table-scroll">
      <table class="entity-table specialties cards">
        <caption>
          专业（按专业大类）
        </caption>
        <thead>
          <tr>
            <th scope="col">专业代码</th>
            <th scope="col">专业名称</th>
            <th scope="col">学校数</th>
            <th scope="col">记录数</th>
          </tr>
        </thead>
        ${site.specialtyCategories.map(
          (g) =>
            markup`<tbody>
              <tr>
                <th colspan="4" scope="rowgroup" id="${g.id}">${g.category}（${g.specialties.length}）</th>
              </tr>
              ${g.specialties.map(specialtyRow)}
            </tbody>`,
        )}
      </table>
    </div>`;
  const description = `报告表格中出现的 ${total} 个职业教育专业，按专业大类和专业代码排列，每个专业列出开设学校和出处。`;
  return sectionPage({
    title: "专业",
    description,
    path: urls.specialties(),
    body,
  }).value;
}
