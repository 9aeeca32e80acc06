import { type Html, markup } from "../../src/lib/html.ts";
import type { ReportSummary } from "../../src/model/index.ts";
import { orUnknown, schoolLevelLabel } from "../../src/site/views/labels.ts";
import { labelledCell } from "./data-table.ts";
import { countsText, dateText, yearText } from "./format.ts";

const COLUMNS = ["报告", "发布单位", "发布日期", "报告年度", "数据年度", "内容"] as const;

/** How many columns `reportColumns` has: a group heading row spans them all. */
export const reportColumnCount = COLUMNS.length;

/** The column headers matching `reportRow`. */
export const reportColumns = markup`<tr>
  ${COLUMNS.map((c) => markup`<th scope="col">${c}</th>`)}
</tr>`;

/**
 * One report as a listing row: its title (linked) over its school level, who published it and when, the
 * report and data years, its counts. Each cell names its column for the phone cards.
 */
export function reportRow(s: ReportSummary): Html {
  const level = s.schoolLevel ? schoolLevelLabel[s.schoolLevel] : "办学层次未注明";
  return markup`<tr>
    <th scope="row"><a href="${s.url}">${s.title}</a><span class="row-sub">${level}</span></th>
    ${labelledCell("发布单位", orUnknown(s.publisher))}
    ${labelledCell("发布日期", dateText(s.publishedOn), "date-cell")}
    ${labelledCell("报告年度", yearText(s.reportYear))} ${labelledCell("数据年度", yearText(s.dataYear))}
    ${labelledCell("内容", countsText(s), "counts")}
  </tr>`;
}
