import { type Html, markup } from "../../src/lib/html.ts";
import type { ReportSummary } from "../../src/model/index.ts";
import { orUnknown, schoolLevelLabel } from "../../src/site/views/labels.ts";
import { countsText, yearText } from "./format.ts";

/** The column headers matching `reportRow`. */
export const reportColumns = markup`<tr>
  <th scope="col">报告</th>
  <th scope="col">办学层次</th>
  <th scope="col">报告年度</th>
  <th scope="col">数据年度</th>
  <th scope="col">内容</th>
</tr>`;

/** One report as a listing row: title (linked), school level, report and data year, counts. */
export function reportRow(s: ReportSummary): Html {
  return markup`<tr>
    <th scope="row"><a href="${s.url}">${s.title}</a></th>
    <td>${s.schoolLevel ? schoolLevelLabel[s.schoolLevel] : orUnknown(null)}</td>
    <td>${yearText(s.reportYear)}</td>
    <td>${yearText(s.dataYear)}</td>
    <td>${countsText(s)}</td>
  </tr>`;
}
