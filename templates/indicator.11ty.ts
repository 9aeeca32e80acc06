import { markup, raw } from "../src/lib/html.ts";
import { urls } from "../src/model/urls.ts";
import type { MetricCell, MetricPage, MetricRow } from "../src/site/entities/indicator-pages.ts";
import { factList, linkOr } from "./_lib/facts.ts";
import { page } from "./_lib/layout.ts";

interface Data {
  readonly entry: MetricPage;
}

export const data = {
  pagination: { data: "site.metrics", size: 1, alias: "entry" },
  permalink: (d: Data) => `${d.entry.url}index.html`,
};

/** Every fact of a cell, each linking to its source; a cell whose facts disagree is marked. */
function cell(c: MetricCell) {
  if (c.facts.length === 0) return markup`<td></td>`;
  const facts = c.facts.map(
    (f) =>
      markup`<li>
        <a href="${f.source.url}" title="${f.report.title} · ${f.source.label}，${f.line}（原文：${f.indicator.label} ${f.indicator.text}）">${f.value}</a>
      </li>`,
  );
  const mark = c.conflict ? markup`<span class="badge conflict">不一致</span>` : "";
  return markup`<td class="${c.conflict ? "conflict" : ""}">
    <ul class="cell-facts">
      ${facts}
    </ul>
    ${mark}
  </td>`;
}

function row(r: MetricRow) {
  const scope = linkOr(r.schoolUrl, r.scope);
  return markup`<tr>
    <th scope="row">${scope}${r.qualifier ? markup`<br /><span class="qualifier">${r.qualifier}</span>` : ""}</th>
    ${r.cells.map(cell)}
  </tr>`;
}

function comparison(m: MetricPage) {
  if (m.rows.length === 0) return markup`<p>已发布的报告中还没有这个指标的数值。</p>`;
  return markup`<div class="table-scroll">
    <table class="entity-table comparison">
      <caption>
        ${m.label}：地区与学校 × 年份（${m.facts} 个数值${m.conflicts > 0 ? `，${m.conflicts} 处不一致` : ""}）
      </caption>
      <thead>
        <tr>
          <th scope="col">地区 / 学校</th>
          ${m.years.map((y) => markup`<th scope="col">${y === null ? "年份未注明" : `${y} 年`}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${m.rows.map(row)}
      </tbody>
    </table>
  </div>`;
}

/** One metric: what it is, a slot for its chart, and the comparison of every stated value with its source. */
export function render({ entry: m }: Data): string {
  const body = markup`<h1>${m.label}</h1>
    ${factList([
      ["键名", markup`<code>${m.metric}</code>`],
      ["说明", m.description],
      ["原文标签", m.labels.join("、")],
      ["单位", m.units.join("、")],
    ])}
    ${raw(m.chart ?? "")}
    ${comparison(m)}
    <p>每个数值链接到它的出处（表格页面或报告正文中的章节），悬停可见原文。同一地区、同一年份的数值不一致时标为“不一致”。</p>`;
  const crumbs = [{ label: "首页", url: urls.home() }, { label: "指标", url: urls.indicators() }, { label: m.label }];
  return page({ title: m.label, crumbs, body }).value;
}
