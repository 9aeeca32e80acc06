import { type Html, markup } from "../../src/lib/html.ts";
import type { EntityRef } from "../../src/site/entities/index.ts";
import type { IndicatorFact } from "../../src/site/entities/indicator-pages.ts";
import { dataTable } from "./data-table.ts";

/** A titled list of entity links (`北京市劲松职业高中（3 处）`); nothing when the list is empty. */
export function entityList(id: string, title: string, refs: readonly EntityRef[], unit: string): Html | "" {
  if (refs.length === 0) return "";
  return markup`<section class="entities" aria-labelledby="${id}" data-pagefind-ignore>
    <h2 id="${id}">${title}（${refs.length}）</h2>
    <ul class="entity-list">
      ${refs.map((r) => markup`<li><a href="${r.url}">${r.name}</a>${r.count > 0 ? `（${r.count} ${unit}）` : ""}</li>`)}
    </ul>
  </section>`;
}

/** The link to a fact's source: the table page or the report anchor, with the line. */
export function factSource(f: IndicatorFact, withReport: boolean): Html {
  const report = withReport ? markup`${f.report.title} · ` : "";
  return markup`<a href="${f.source.url}">${report}${f.source.label}</a>，${f.line}`;
}

/** Facts as a table: metric (linked to its page), year, value, printed label, source. */
export function factsTable(
  caption: string,
  facts: readonly IndicatorFact[],
  metricLabel: (metric: string) => string,
): Html {
  const rows = facts.map(
    (f) =>
      markup`<tr>
        <th scope="row"><a href="${f.metricUrl}">${metricLabel(f.indicator.metric)}</a></th>
        <td>${f.indicator.year ?? f.indicator.period ?? "未注明"}</td>
        <td class="value">${f.value}</td>
        <td>${f.indicator.qualifier ?? ""}${f.indicator.label}</td>
        <td>${factSource(f, true)}</td>
      </tr>`,
  );
  const columns = ["指标", "年份", "数值", "原文标签", "来源"];
  return dataTable({ className: "entity-table facts", caption, columns, rows });
}

/** Runs of consecutive facts about the same year, in order. */
function byYearRuns(facts: readonly IndicatorFact[]): IndicatorFact[][] {
  const runs: IndicatorFact[][] = [];
  for (const f of facts) {
    const last = runs.at(-1);
    if (last && last[0]?.indicator.year === f.indicator.year) last.push(f);
    else runs.push([f]);
  }
  return runs;
}

/**
 * Facts ordered by year (see `factsByYear`) as a table read down the years: year (once for its run of
 * facts), metric (linked to its page), value, printed label, source (report and place).
 */
export function yearFactsTable(
  caption: string,
  facts: readonly IndicatorFact[],
  metricLabel: (metric: string) => string,
): Html {
  const rows = byYearRuns(facts).flatMap((run) =>
    run.map((f, i) => {
      const span = run.length > 1 ? markup` rowspan="${run.length}"` : "";
      const year = i === 0 ? markup`<th scope="row"${span}>${f.indicator.year ?? "未注明"}</th>` : "";
      return markup`<tr>${year}<td><a href="${f.metricUrl}">${metricLabel(f.indicator.metric)}</a></td><td class="value">${f.value}</td><td>${f.indicator.qualifier ?? ""}${f.indicator.label}</td><td>${factSource(f, true)}</td></tr>`;
    }),
  );
  const columns = ["年份", "指标", "数值", "原文标签", "来源"];
  return dataTable({ className: "entity-table facts", caption, columns, rows });
}
