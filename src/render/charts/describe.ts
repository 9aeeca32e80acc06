/** The accessible text of a chart: what is plotted, how many points, the extremes, what was left out. */
import { withUnit } from "./theme.ts";
import type { ChartDatum, ChartKind, ChartPlan } from "./types.ts";

const KIND_TEXT: Record<ChartKind, string> = {
  bars: "条形图（按数值从大到小排列）",
  counts: "条形图（表格中每类的条目数）",
  "grouped-bars": "分组柱状图",
  lines: "折线图",
  "stacked-100": "百分比堆积条形图",
  panels: "小多图（每个指标一幅折线图）",
};

/** `航空服务 2024年 30人`: a point as a reader would say it. */
function pointText(d: ChartDatum, plan: ChartPlan): string {
  const who = [d.label, plan.kind === "bars" || plan.kind === "counts" ? "" : d.series].filter(Boolean).join(" ");
  return `${who} ${d.text}${plan.unit && !d.text.endsWith(plan.unit) ? plan.unit : ""}`;
}

/** The largest and smallest plotted values (first seen wins ties). */
export function extremes(data: readonly ChartDatum[]): { max: ChartDatum; min: ChartDatum } | null {
  const [first] = data;
  if (!first) return null;
  let max = first;
  let min = first;
  for (const d of data) {
    if (d.value > max.value) max = d;
    if (d.value < min.value) min = d;
  }
  return { max, min };
}

/** The chart's description: kind, measure with unit, counts, extremes, left-out rows and columns. */
export function describePlan(plan: ChartPlan, tableName: string): string {
  const labels = new Set(plan.data.map((d) => d.label)).size;
  const series = new Set(plan.data.map((d) => d.series)).size;
  const measure = withUnit(plan.valueName, plan.unit);
  const parts = [
    `${KIND_TEXT[plan.kind]}，绘出${tableName}的${measure}：${labels} 个类别` +
      (series > 1 ? `、${series} 个系列` : "") +
      `，共 ${plan.data.length} 个数据点。`,
  ];
  const ends = extremes(plan.data);
  if (ends) parts.push(`最大值：${pointText(ends.max, plan)}；最小值：${pointText(ends.min, plan)}。`);
  for (const note of plan.leftOut) parts.push(`${note}。`);
  return parts.join("");
}

/** `第 474 行，表2-2`: where a value is printed, as a reader cites it (the line first, then the table). */
export function sourceText(line: number | string, tableName: string): string {
  return `第 ${line} 行${tableName ? `，${tableName}` : ""}`;
}

/** `年份: 2022`-style parts of a mark's description: [title, Vega expression of the value]. */
function markParts(plan: ChartPlan, tableName: string): [string, string][] {
  const single = plan.kind === "bars" || plan.kind === "counts";
  // The text around the line number, so the expression and sourceText say it in one way.
  const [before, after] = sourceText("\u0000", tableName).split("\u0000");
  return [
    [plan.labelTitle || "类别", "datum.label"],
    ...(single ? [] : [[plan.seriesTitle || "系列", "datum.series"] as [string, string]]),
    [withUnit(plan.valueName, plan.unit), "datum.text"],
    ["来源", `${JSON.stringify(before ?? "")} + datum.line + ${JSON.stringify(after ?? "")}`],
  ];
}

/**
 * The Vega expression of one data mark's description (`项目: 招生规模; 年份: 2019-2020; 数值（人）: 430;
 * 来源: 第 32 行，表1`), which Vega writes as the mark's `aria-label` and the page script shows as a
 * tooltip. Titles are Chinese, the value is the text as printed; "; " and ": " separate, as Vega-Lite's
 * default does (the tooltip script splits on them).
 */
export function markDescription(plan: ChartPlan, tableName = ""): string {
  return markParts(plan, tableName)
    .map(([title, value], i) => `${JSON.stringify(`${i > 0 ? "; " : ""}${title}: `)} + ${value}`)
    .join(" + ");
}
