import { markup } from "../src/lib/html.ts";
import type { School } from "../src/model/index.ts";
import { urls } from "../src/model/urls.ts";
import type { SiteData } from "../src/site/eleventy/site-data.ts";
import { labelledCell } from "./_lib/data-table.ts";
import { sectionPage } from "./_lib/layout.ts";
import { singlePage } from "./_lib/part.ts";

export const data = singlePage(urls.schools());

function schoolRow(s: School) {
  return markup`<tr>
    <th scope="row">
      <a href="${urls.school(s.id)}">${s.name}</a>${s.curated ? "" : markup` <span class="badge">未收录</span>`}
    </th>
    ${labelledCell("别名", s.aliases.join("、"))} ${labelledCell("报告数", String(s.reports.length), "num-cell")}
    ${labelledCell("提及次数", String(s.mentions.length), "num-cell")}
  </tr>`;
}

/** Every school the reports name, by level then district; uncurated ones flagged. */
export function render({ site }: { site: SiteData }): string {
  const total = site.schoolLevels.reduce((n, g) => n + g.count, 0);
  const uncurated = site.schools.filter((p) => !p.school.curated).length;
  const body = markup`<h1>学校</h1>
    <p>
      报告中提到的 ${total} 所学校，按层次和区县排列${uncurated > 0 ? `，其中 ${uncurated} 所为自动识别、尚未收录` : ""}。
      数据见 <a href="${urls.entityData("schools")}">schools.json</a>、<a href="${urls.entityData("schools", "csv")}">schools.csv</a>。
    </p>
    <nav class="jump" aria-label="按层次浏览">
      <ul>
        ${site.schoolLevels.map((g) => markup`<li><a href="#${g.id}">${g.label}</a>（${g.count}）</li>`)}
      </ul>
    </nav>
    ${site.schoolLevels.map(
      (g) =>
        markup`<section aria-labelledby="${g.id}">
          <h2 id="${g.id}">${g.label}（${g.count} 所）</h2>
          <div class="table-scroll">
            <table class="entity-table schools cards">
              <caption>
                ${g.label}，按区县
              </caption>
              <thead>
                <tr>
                  <th scope="col">学校</th>
                  <th scope="col">别名</th>
                  <th scope="col">报告数</th>
                  <th scope="col">提及次数</th>
                </tr>
              </thead>
              ${g.districts.map(
                (d) =>
                  markup`<tbody>
                    <tr>
                      <th colspan="4" scope="rowgroup">${d.district ?? "区县未注明"}（${d.schools.length}）</th>
                    </tr>
                    ${d.schools.map(schoolRow)}
                  </tbody>`,
              )}
            </table>
          </div>
        </section>`,
    )}`;
  const description = `报告中提到的 ${total} 所学校，按办学层次和区县排列，每所学校列出在各报告中被提及的位置。`;
  return sectionPage({
    title: "学校",
    description,
    path: urls.schools(),
    body,
  }).value;
}
