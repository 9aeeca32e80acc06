import { type Html, markup } from "../../src/lib/html.ts";
import type { IndicatorFact } from "../../src/site/entities/indicator-pages.ts";
import { changeText, factYear, figureParts, type Headline } from "../../src/site/views/headline.ts";
import type { MetricYears } from "../../src/site/views/year-over-year.ts";
import { dataTable } from "./data-table.ts";
import { onPage } from "./facts.ts";

/** Where a fact was read, for a link's tooltip: the report only when it is not the page's own. */
function sourceTitle(f: IndicatorFact, pageUrl: string): string {
  const where = `${f.source.label}，${f.line}`;
  return `来源：${f.report.url === pageUrl ? where : `${f.report.title} ${where}`}`;
}

/** A card's value: the number (a `<data>` with its machine value) and unit, linked to its source. */
function cardValue(f: IndicatorFact, pageUrl: string): Html {
  const { number, unit } = figureParts(f);
  return markup`<a class="figure" href="${onPage(f.source.url, pageUrl)}" title="${sourceTitle(f, pageUrl)}"><data value="${f.indicator.value}">${number}</data>${unit}</a>`;
}

/** What the change of a card is measured against, when not the report's own previous-year value. */
function changeLine(m: MetricYears): Html | "" {
  if (!m.change) return "";
  const basis = m.own ? "" : "（据上一份报告）";
  const flag = m.conflict ? markup` <a class="flag" href="#yoy-title">两份报告的上年数不同</a>` : "";
  return markup` <span class="change">较上年 ${changeText(m.change, m.current.indicator.unit)}${basis}</span>${flag}`;
}

function card(m: MetricYears, pageUrl: string): Html {
  const period = m.current.indicator.period ? markup` <span class="period">${factYear(m.current)}</span>` : "";
  return markup`<li><span class="label">${m.label}</span>${period} ${cardValue(m.current, pageUrl)}${changeLine(m)}</li>`;
}

/**
 * 主要数据: one card per headline metric the report gives for its year (value linked to its source, change
 * from the year before), then one line naming those it does not give. Nothing when the year is unknown.
 */
export function headlineSection(h: Headline, pageUrl: string): Html | "" {
  if (h.year === null) return "";
  const missing =
    h.missing.length > 0 ? markup`<p class="headline-missing">本报告未给出：${h.missing.join("、")}。</p>` : "";
  const cards =
    h.figures.length > 0 ? markup`<ul class="headline-cards">${h.figures.map((m) => card(m, pageUrl))}</ul>` : "";
  return markup`<section class="headline" aria-labelledby="headline-title" data-pagefind-ignore>
    <h2 id="headline-title">主要数据（${h.year}年）</h2>
    ${cards}${missing}
  </section>`;
}

/** A value of the comparison, linked to its source; a dash where the report gives none. */
function cell(f: IndicatorFact | null, pageUrl: string): Html {
  if (!f) return markup`<td class="value">—</td>`;
  const { number, unit } = figureParts(f);
  const title = sourceTitle(f, pageUrl);
  return markup`<td class="value"><a href="${onPage(f.source.url, pageUrl)}" title="${title}">${number}${unit}</a></td>`;
}

function changeCell(m: MetricYears): Html {
  const main = m.change ? changeText(m.change, m.current.indicator.unit) : "—";
  const other = m.earlierChange ? `；按上一份报告 ${changeText(m.earlierChange, m.current.indicator.unit)}` : "";
  const flag = m.conflict ? markup`<br><strong class="flag">两份报告所载上年数不同</strong>${other}` : "";
  return markup`<td class="value">${main}${flag}</td>`;
}

/**
 * 与上年比较: each headline metric's value, the previous year's as this report states it and as the previous
 * report of the series states it (a column only when there is one), and the change; a flag where the two
 * reports differ. Nothing when there is nothing to compare.
 */
export function yearOverYearSection(
  rows: readonly MetricYears[],
  previous: { readonly url: string; readonly title: string } | null,
  pageUrl: string,
): Html | "" {
  const first = rows[0];
  if (!first) return "";
  const [year, before] = [`${first.year}年`, `${first.year - 1}年`];
  const columns = ["指标", year, `${before}（本报告）`, ...(previous ? [`${before}（上一份报告）`] : []), "变化"];
  const body = rows.map(
    (m) =>
      markup`<tr><th scope="row">${m.label}</th>${cell(m.current, pageUrl)}${cell(m.own, pageUrl)}${previous ? cell(m.earlier, pageUrl) : ""}${changeCell(m)}</tr>`,
  );
  const from = previous
    ? markup`上一份报告：<a href="${previous.url}">${previous.title}</a>。`
    : "本系列没有更早的报告，上年数均为本报告所载。";
  return markup`<section class="yoy" aria-labelledby="yoy-title" data-pagefind-ignore>
    <h2 id="yoy-title">与上年比较</h2>
    <p>${from}变化按本报告所载上年数计算，本报告未载时按上一份报告；百分比指标的变化以百分点计。</p>
    ${dataTable({ className: "entity-table yoy-table", caption: `主要指标 ${before}—${year}`, columns, rows: body })}
  </section>`;
}
