import type { Report } from "../../src/model/index.ts";
import { urls } from "../../src/model/urls.ts";
import { regionUrl } from "../../src/site/views/regions.ts";
import type { Crumb } from "./layout.ts";

/** 首页 › 地区 › 报告: the trail down to a report (the region step only when the region is known). */
export function reportCrumbs(report: Report, linkReport = true): Crumb[] {
  const region = regionUrl(report.region);
  return [
    { label: "首页", url: urls.home() },
    ...(region && report.region ? [{ label: report.region, url: region }] : []),
    linkReport ? { label: report.title, url: report.url } : { label: report.title },
  ];
}
