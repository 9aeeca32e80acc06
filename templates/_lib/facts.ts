import { type Html, type HtmlValue, markup } from "../../src/lib/html.ts";
import type { IndicatorFact } from "../../src/site/entities/indicator-pages.ts";
import { dataTable } from "./data-table.ts";

/** A link when there is somewhere to go, else the plain label. */
export function linkOr(url: string | null, label: string): Html {
  return url ? markup`<a href="${url}">${label}</a>` : markup`${label}`;
}

/** Label/value pairs as a `<dl class="meta">` (the report page's metadata style). */
export function factList(rows: readonly (readonly [string, HtmlValue])[]): Html {
  return markup`<dl class="meta">${rows.map(([k, v]) => markup`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}

/** `#sec-1-1` for a link into the page itself (`pageUrl`), else the URL as it is. */
function onPage(url: string, pageUrl: string): string {
  return url.startsWith(`${pageUrl}#`) ? url.slice(pageUrl.length) : url;
}

/** Runs of consecutive facts of the same metric, in order. */
function byMetric(facts: readonly IndicatorFact[]): IndicatorFact[][] {
  const runs: IndicatorFact[][] = [];
  for (const f of facts) {
    const last = runs.at(-1);
    if (last?.[0]?.indicator.metric === f.indicator.metric) last.push(f);
    else runs.push([f]);
  }
  return runs;
}

/**
 * The facts a report states, on that report's own page (`pageUrl`): metric (linked to its page, once
 * for a run of its facts), year, value, printed label, source. The source names only the place (the
 * report is the page itself) and links into the page by its fragment; rows carry no indentation: a
 * report states a hundred facts or more.
 */
export function ownFactsTable(
  caption: string,
  facts: readonly IndicatorFact[],
  metricLabel: (metric: string) => string,
  pageUrl: string,
): Html {
  const rows = byMetric(facts).flatMap((run) =>
    run.map((f, i) => {
      const span = run.length > 1 ? markup` rowspan="${run.length}"` : "";
      const metric =
        i === 0
          ? markup`<th scope="row"${span}><a href="${f.metricUrl}">${metricLabel(f.indicator.metric)}</a></th>`
          : "";
      const year = f.indicator.year ?? f.indicator.period ?? "未注明";
      const label = `${f.indicator.qualifier ?? ""}${f.indicator.label}`;
      const source = markup`<a href="${onPage(f.source.url, pageUrl)}">${f.source.label}</a>，${f.line}`;
      return markup`<tr>${metric}<td>${year}</td><td class="value">${f.value}</td><td>${label}</td><td>${source}</td></tr>`;
    }),
  );
  return dataTable({
    className: "entity-table facts",
    caption,
    columns: ["指标", "年份", "数值", "原文标签", "来源"],
    rows,
  });
}
