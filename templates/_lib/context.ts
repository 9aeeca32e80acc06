import { type Html, markup } from "../../src/lib/html.ts";
import type { Report } from "../../src/model/index.ts";
import { orUnknown } from "../../src/site/views/labels.ts";
import { yearText } from "./format.ts";

/**
 * What a searchable page is, shown on its result card and offered as a search filter (类型). A report's
 * page is a 报告: a hit in one of its sections is still a hit on the report.
 */
export type PageKind = "报告" | "表格" | "案例" | "学校" | "专业";

/**
 * The line above a page's title: its kind, report, region and year. Each part is a Pagefind filter
 * (类型, 报告, 地区, 年度) and the kind is also result metadata; the line itself is not indexed as text.
 * The report page names itself in its <h1>, which carries the 报告 filter instead (`withReport` false).
 */
export function contextLine(kind: PageKind, report: Report, withReport: boolean): Html {
  const title = withReport ? markup`<a href="${report.url}" data-pagefind-filter="报告">${report.title}</a>` : "";
  return markup`<p class="context" data-pagefind-ignore>
    <span class="kind" data-pagefind-filter="类型" data-pagefind-meta="类型">${kind}</span>
    ${title}
    <span data-pagefind-filter="地区">${orUnknown(report.region)}</span>
    <span data-pagefind-filter="年度">${yearText(report.reportYear)}</span>
  </p>`;
}

/**
 * The line above an entity page's title (a school, a specialty): its kind (filter 类型 and result
 * metadata) and, when known, the district as the 地区 filter. Not indexed as text.
 */
export function entityContextLine(kind: PageKind, region: string | null, extra: readonly string[] = []): Html {
  return markup`<p class="context" data-pagefind-ignore>
    <span class="kind" data-pagefind-filter="类型" data-pagefind-meta="类型">${kind}</span>
    ${region ? markup`<span data-pagefind-filter="地区">${region}</span>` : ""}
    ${extra.map((e) => markup`<span>${e}</span>`)}
  </p>`;
}
