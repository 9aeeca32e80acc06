/** What a page says about itself in <head>: the report's short name for titles, descriptions. */
import type { Report } from "../../model/index.ts";
import { schoolLevelShort } from "./labels.ts";

/** `北京市高职 2020`: region, level and year, as a tab title can hold it; the full title when one is unknown. */
export function reportShortName(report: Pick<Report, "title" | "region" | "schoolLevel" | "reportYear">): string {
  const { region, schoolLevel, reportYear } = report;
  if (region === null || schoolLevel === null || reportYear === null) return report.title;
  return `${region}${schoolLevelShort[schoolLevel]} ${reportYear}`;
}

/** `发布单位 2021-03 发布`, or what of it is known (empty when neither is). */
export function publicationText(report: Pick<Report, "publisher" | "publishedOn">): string {
  const date = report.publishedOn ? `${report.publishedOn} 发布` : "";
  return [report.publisher, date].filter(Boolean).join(" ");
}
