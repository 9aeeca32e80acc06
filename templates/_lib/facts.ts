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
export function onPage(url: string, pageUrl: string): string {
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

/** The report page a facts table stands on: its URL, and the fragment of an item it also shows. */
export interface OwnPage {
  readonly url: string;
  /** `#tbl-2-2` for the URL of a table or case page when the page shows that item too, else null. */
  readonly anchorOf: (url: string) => string | null;
}

/**
 * Where a fact is printed, from its report's own page: a section of the page is its line linking to the
 * section (the outline names the sections; a hundred section titles would weigh kilobytes); a table or
 * case is its label, linking to it on this page when the page shows it, else to its own page, then the
 * line.
 */
function ownSource(f: IndicatorFact, here: OwnPage): Html {
  const section = onPage(f.source.url, here.url);
  if (section !== f.source.url) return markup`<a href="${section}">${f.line}</a>`;
  return markup`<a href="${here.anchorOf(f.source.url) ?? f.source.url}">${f.source.label}</a>，${f.line}`;
}

/**
 * The facts a report states, on that report's own page (`here`): metric (linked to its page, once for a
 * run of its facts), year, value, printed label, source. The source names only the place (the report is
 * the page itself, see {@link ownSource}); rows carry no indentation: a report states a hundred facts or
 * more.
 */
export function ownFactsTable(
  caption: string,
  facts: readonly IndicatorFact[],
  metricLabel: (metric: string) => string,
  here: OwnPage,
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
      const source = ownSource(f, here);
      return markup`<tr>${metric}<td>${year}</td><td>${f.value}</td><td>${label}</td><td>${source}</td></tr>`;
    }),
  );
  return dataTable({
    className: "entity-table facts",
    caption,
    columns: ["指标", "年份", "数值", "原文标签", "来源"],
    rows,
  });
}
