/** The look shared by every chart: CVD-safe colours, CJK fonts, zh-CN number formats. */
import type { Config } from "vega-lite";

import type { ChartDatum } from "./types.ts";

/** The Vega-Lite schema the specs are written against (the installed vega-lite is 6.x). */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

/** The colour of single-series charts: Okabe–Ito blue. */
export const PRIMARY = "#0072B2";

/**
 * Okabe–Ito, the palette designed to stay distinct under the common colour-vision deficiencies
 * (tableau10 and category10 are not). Ordered so the first colours have good contrast on white;
 * the yellow comes late.
 */
export const OKABE_ITO = [PRIMARY, "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000"];

/** Fonts with Chinese glyphs first; the SVG names them so a viewer without the first still shows CJK. */
export const FONT_FAMILY = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif';

/** zh-CN number formatting: "," groups thousands, "." is the decimal point. */
const ZH_CN_LOCALE = {
  number: { decimal: ".", thousands: ",", grouping: [3], currency: ["¥", ""] as [string, string] },
};

/** The config block of every spec. */
export function chartConfig(): Config {
  return {
    locale: ZH_CN_LOCALE,
    font: FONT_FAMILY,
    range: { category: OKABE_ITO },
    mark: { color: PRIMARY },
    axis: { labelFontSize: 12, titleFontSize: 12, labelLimit: 240, titleFontWeight: "normal" },
    legend: { labelFontSize: 12, titleFontSize: 12, labelLimit: 320 },
    title: { fontSize: 14, anchor: "start", subtitleFontSize: 11, subtitleColor: "#555" },
    view: { stroke: null },
  };
}

/** Decimals as printed, at most 2: the tooltip format shows values as the report does. */
export function decimals(data: readonly Pick<ChartDatum, "text">[]): number {
  const most = Math.max(0, ...data.map((d) => /\.(\d+)/.exec(d.text.replace(/．/g, "."))?.[1]?.length ?? 0));
  return Math.min(most, 2);
}

/** d3 format of the values: `,d` for whole numbers, `,.1f`/`,.2f` otherwise. */
export function valueFormat(data: readonly Pick<ChartDatum, "text">[]): string {
  const d = decimals(data);
  return d === 0 ? ",d" : `,.${d}f`;
}

/**
 * d3 format of value labels: the decimals the report prints (4,837.50), read from values printed in the
 * plotted unit (a `0.43万人` says nothing of the decimals of 4261); whole numbers as such.
 */
export function labelFormat(data: readonly Pick<ChartDatum, "text" | "value">[]): string {
  const printed = data.filter((d) => !/[万亿]/.test(d.text));
  const whole = data.every((d) => Number.isInteger(d.value));
  if (printed.length === 0) return whole ? ",d" : AXIS_FORMAT;
  const format = valueFormat(printed);
  return format === ",d" && !whole ? AXIS_FORMAT : format;
}

/**
 * A second value the report gives for the same scope and year (a rounded 0.43万 beside a table's 4261)
 * is drawn pale, off the line: visible and linked, but not read as the series.
 */
export const OFF_LINE = { condition: { test: "datum.onLine", value: 1 }, value: 0.35 };

/** Axis ticks: grouped, insignificant zeros trimmed (a whole-number format would print 0.5 as 0). */
export const AXIS_FORMAT = ",~f";

/** An axis title with its unit: 招生规模（人）. */
export function withUnit(name: string, unit: string): string {
  return unit ? `${name}（${unit}）` : name;
}

/**
 * The layer that prints each point's value above it (grouped digits, the decimals the report prints,
 * no footnote marks), for the points on the line; not a data mark of its own for assistive technology.
 */
export function valueLabelLayer(points: readonly Pick<ChartDatum, "text" | "value">[]) {
  return {
    transform: [{ filter: "datum.onLine" }],
    mark: { type: "text" as const, dy: -10, fontSize: 11, color: "#333", aria: false },
    encoding: { text: { field: "value", type: "quantitative" as const, format: labelFormat(points) } },
  };
}
