import { markup, raw } from "../src/lib/html.ts";
import { urls } from "../src/model/urls.ts";
import type {
  IndicatorFact,
  MetricCell,
  MetricPage,
  MetricRow,
  UnitTable,
} from "../src/site/entities/indicator-pages.ts";
import { factSource } from "./_lib/entities.ts";
import { factList, linkOr } from "./_lib/facts.ts";
import { page } from "./_lib/layout.ts";
import { pagePer } from "./_lib/part.ts";

interface Data {
  readonly entry: MetricPage;
}

export const data = pagePer<MetricPage, "entry">("site.metrics", "entry", (e) => e.url);

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

function comparison(m: MetricPage, t: UnitTable) {
  const facts = t.rows.reduce((n, r) => n + r.cells.reduce((k, c) => k + c.facts.length, 0), 0);
  return markup`<div class="table-scroll">
    <table class="entity-table comparison">
      <caption>
        ${m.label}（${t.unit}）：地区与学校 × 年份（${facts} 个数值）
      </caption>
      <thead>
        <tr>
          <th scope="col">地区 / 学校</th>
          ${t.years.map((y) => markup`<th scope="col">${y === null ? "年份未注明" : `${y} 年`}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${t.rows.map(row)}
      </tbody>
    </table>
  </div>`;
}

function other(f: IndicatorFact) {
  const i = f.indicator;
  const scope = i.scope.school
    ? markup`<a href="${urls.school(i.scope.school)}">${i.scope.name ?? ""}</a>`
    : (i.scope.name ?? "");
  return markup`<tr>
    <th scope="row">${scope}${i.qualifier ? markup`<br /><span class="qualifier">${i.qualifier}</span>` : ""}</th>
    <td>${i.year ?? i.period ?? "未注明"}</td>
    <td class="value">${f.value}</td>
    <td>${i.sentence ?? ""}</td>
    <td>${factSource(f, true)}</td>
  </tr>`;
}

/** The facts whose scope the text leaves open: listed with their sentence and marked, never compared. */
function others(m: MetricPage) {
  if (m.others.length === 0) return "";
  return markup`<div class="table-scroll">
    <table class="entity-table facts">
      <caption>
        范围未能确定的数值（${m.others.length} 个，不参与对比和图表）
      </caption>
      <thead>
        <tr>
          <th scope="col">地区 / 学校</th>
          <th scope="col">年份</th>
          <th scope="col">数值</th>
          <th scope="col">原文句子</th>
          <th scope="col">来源</th>
        </tr>
      </thead>
      <tbody>
        ${m.others.map(other)}
      </tbody>
    </table>
  </div>`;
}

function comparisons(m: MetricPage) {
  if (m.facts === 0) return markup`<p>已发布的报告中还没有这个指标的数值。</p>`;
  const csv = m.csv ? markup`<p>本指标的全部数值：<a href="${m.csv}">CSV</a>。</p>` : "";
  return markup`${m.tables.map((t) => comparison(m, t))}${others(m)}${csv}`;
}

/** One metric: what it is, a slot for its chart, and the comparison of every stated value with its source. */
export function render({ entry: m }: Data): string {
  const body = markup`<h1>${m.label}</h1>
    ${factList([
      ["说明", m.description],
      ["类别", `${m.group} · ${m.kind}`],
      ["原文标签", m.labels.join("、")],
      ["单位", m.units.join("、")],
    ])}
    ${raw(m.chart ?? "")}
    ${comparisons(m)}
    <p>
      每个数值链接到它的出处（表格页面或报告正文中的章节），悬停可见原文。同一地区、同一年份的数值不一致时标为“不一致”。
      对比表和图表只收范围确定的数值（表格，或句子本身点明地区、学校）；其余标为“范围推断”或“范围存疑”，单独列出。
    </p>`;
  const crumbs = [{ label: "首页", url: urls.home() }, { label: "指标", url: urls.indicators() }, { label: m.label }];
  const compared =
    m.facts > 0
      ? `按地区、学校和年份对比报告中的 ${m.facts} 个数值，每个数值链接到原文出处。`
      : "已发布的报告中还没有它的数值。";
  const description = `${m.label}：${m.description.replace(/。$/, "")}。${compared}`;
  return page({ title: m.label, description, path: m.url, crumbs, body }).value;
}
