/**
 * Small multiples of indicator series: one panel per metric (its own value axis and unit), years across,
 * one line per series (a report's region, a region's 中职 and 高职, a school). Every point links to its
 * source. Used for a report's overview, a region's and a school's own figures.
 */
import type { TopLevelSpec } from "vega-lite";

import { estimateTextWidth } from "./svg.ts";
import { AXIS_FORMAT, chartConfig, OFF_LINE, OKABE_ITO, valueLabelLayer, VEGA_LITE_SCHEMA } from "./theme.ts";

/** One plotted value of a panel chart. */
export interface PanelDatum {
  /** The panel: a measure's name (`招生人数`) or a scope's (`东城区（中职）`). */
  readonly panel: string;
  /** The unit of the panel's value axis ("" for none). */
  readonly unit: string;
  /** Position of the panel (metric order of the vocabulary). */
  readonly order: number;
  /** The horizontal axis: a year (`2020`) or a school year (`2019-2020`). */
  readonly year: string;
  readonly series: string;
  readonly value: number;
  /** The value as printed, `2.57万人`. */
  readonly text: string;
  /** False for a second, disagreeing value of the same series and year: drawn as a point, not on the line. */
  readonly onLine: boolean;
  /** Where the point links (its source), or null (a table's chart sits on the table's page). */
  readonly href: string | null;
  /** `beijing-gaozhi-2020 第 276 行`. */
  readonly source: string;
}

/** One panel of the concatenation. */
type Panel = Extract<TopLevelSpec, { concat: unknown }>["concat"][number];

/** The value axis reaches this far above the highest value. */
const HEADROOM = 1.15;

/** Panels per row. */
const COLUMNS = 3;
const PANEL_WIDTH = 190;
const PANEL_HEIGHT = 120;

/**
 * A shared axis flattens a group whose largest value is below this share of the largest group's:
 * its bars or line would be a few pixels high.
 */
export const FLATTENED = 0.1;

/** Whether one value axis for all groups would flatten one of them (see {@link FLATTENED}). */
export function flattens<T>(items: readonly T[], group: (item: T) => string, value: (item: T) => number): boolean {
  const peaks = new Map<string, number>();
  for (const item of items) peaks.set(group(item), Math.max(peaks.get(group(item)) ?? 0, Math.abs(value(item))));
  const values = [...peaks.values()];
  return values.length >= 2 && Math.min(...values) < Math.max(...values) * FLATTENED;
}

const TITLE_SIZE = 13;

/**
 * A panel title wider than its panel, in lines that fit (by the CJK-aware width estimate), so that every
 * panel keeps its width and the columns line up; the full name stays readable, not cut with "…".
 */
export function wrapTitle(text: string, width = PANEL_WIDTH + 40): string | string[] {
  if (estimateTextWidth(text, TITLE_SIZE) <= width) return text;
  const lines: string[] = [];
  let line = "";
  for (const ch of text) {
    if (line !== "" && estimateTextWidth(line + ch, TITLE_SIZE) > width) {
      lines.push(line);
      line = "";
    }
    line += ch;
  }
  return [...lines, line];
}

/** Panel names in panel order. */
export function panelNames(data: readonly PanelDatum[]): string[] {
  const order = new Map<string, number>();
  for (const d of data) if (!order.has(d.panel)) order.set(d.panel, d.order);
  return [...order].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([name]) => name);
}

/** The accessible text: every panel with its values by year, so the chart can be read without seeing it. */
function describe(title: string, data: readonly PanelDatum[]): string {
  const panels = panelNames(data);
  const multi = severalLines(data);
  const series = [...new Set(data.map((d) => d.series))];
  const parts = panels.map((panel) => {
    const values = data
      .filter((d) => d.panel === panel)
      .map((d) => `${multi ? `${d.series} ` : ""}${yearText(d.year)}${d.onLine ? "" : "另一处"} ${d.text}`);
    const unit = data.find((d) => d.panel === panel)?.unit;
    return `${panel}${unit ? `（${unit}）` : ""}：${values.join("，")}`;
  });
  return (
    `小多图，${title}：${panels.length} 幅折线图（各自的纵轴），横轴为年份` +
    `${multi ? `，${series.length} 条线（${series.join("、")}）` : ""}，共 ${data.length} 个数据点。` +
    `${parts.join("；")}。${data.some((d) => d.href) ? "每个点链接到其出处。" : ""}`
  );
}

/** `2020` → `2020年`; a label that already says it (`2019年`, `2019-2020学年`) as it is. */
const yearText = (year: string): string => (/^\d{4}(?:-\d{4})?$/.test(year) ? `${year}年` : year);

/**
 * The Vega expression of a point's description, its aria-label and the page's tooltip, in a reader's
 * words: `年份: 2019年; 就业率（%）: 92.38; 来源: 第 474 行，表2-2`, the scope first when a panel has
 * several lines, a second value of the same year said as such. Vega-Lite's default would list every
 * encoded field, the formatted value twice and the link.
 */
function pointDescription(multi: boolean): string {
  const unit = `(datum.unit ? "（" + datum.unit + "）" : "")`;
  return [
    ...(multi ? [`"范围: " + datum.series + "; "`] : []),
    `"年份: " + (test(/^\\d{4}(-\\d{4})?$/, datum.year) ? datum.year + "年" : datum.year)`,
    `"; " + datum.panel + ${unit} + ": " + datum.text + (datum.onLine ? "" : "（另一处数值）")`,
    `"; 来源: " + datum.source`,
  ].join(" + ");
}

/** Whether some panel has more than one line (then lines need colours and a legend). */
function severalLines(data: readonly PanelDatum[]): boolean {
  return panelNames(data).some((p) => new Set(data.filter((d) => d.panel === p).map((d) => d.series)).size > 1);
}

/**
 * The spec of a panel chart. The caller decides what is drawn (the site's `panelData`, the table rules' `panels` plan); the data are kept in
 * panel, year and series order so the spec, and its SVG, are the same for the same facts.
 */
export function panelSpec(title: string, data: readonly PanelDatum[], each = "每个指标"): TopLevelSpec {
  const panels = panelNames(data);
  const links = data.some((d) => d.href !== null);
  // Several lines in a panel need colours and a legend; one line per panel is named by its panel's title.
  const multi = severalLines(data);
  const names = [...new Set(data.map((d) => d.series))];
  const lone = names.length === 1 && !panels.includes(names[0] ?? "") ? names[0] : null;
  const color = multi
    ? ({ field: "series", type: "nominal", title: "范围", scale: { range: OKABE_ITO } } as const)
    : ({ value: OKABE_ITO[0] } as const);
  const tooltip = [
    { field: "series", type: "nominal", title: "范围" },
    { field: "year", type: "ordinal", title: "年份" },
    { field: "text", type: "nominal", title: "数值（原文）" },
    { field: "unit", type: "nominal", title: "单位" },
    { field: "source", type: "nominal", title: "来源" },
  ] as const;
  const panel = (name: string): Panel => {
    const own = data.filter((d) => d.panel === name);
    const unit = own[0]?.unit ?? "";
    const max = Math.max(0, ...own.map((d) => d.value));
    const whole = own.every((d) => Number.isInteger(d.value));
    return {
      title: {
        text: wrapTitle(name),
        subtitle: unit ? `单位：${unit}` : "单位未注明",
        fontSize: TITLE_SIZE,
        anchor: "start" as const,
      },
      transform: [{ filter: { field: "panel", equal: name } }],
      width: PANEL_WIDTH,
      height: PANEL_HEIGHT,
      encoding: {
        x: { field: "year", type: "ordinal", title: "年份", sort: null, axis: { title: null, labelAngle: 0 } },
        y: {
          field: "value",
          type: "quantitative",
          title: "数值",
          axis: { title: null, format: AXIS_FORMAT, tickCount: 4, ...(whole ? { tickMinStep: 1 } : {}) },
          // From zero, with room above the highest point for its value label (nice rounds the top up).
          // A large share stops at 100%; a small one (1.27%) gets an axis it can be read on.
          scale: { domain: [0, unit === "%" && max > 50 && max <= 100 ? 100 : max * HEADROOM], nice: true },
        },
        color,
      },
      layer: [
        // The line's label would name only its first point; the points carry the descriptions.
        { transform: [{ filter: "datum.onLine" }], mark: { type: "line", aria: false } },
        {
          mark: { type: "point", filled: true, size: 50, cursor: "pointer" },
          encoding: {
            ...(links ? { href: { field: "href" } } : {}),
            tooltip: [...tooltip],
            description: { value: { expr: pointDescription(multi) } },
            opacity: OFF_LINE,
          },
        },
        // With one line, the printed value above each point of the line: two or three years read at a glance.
        ...(multi ? [] : [valueLabelLayer(own.filter((d) => d.onLine))]),
      ],
    };
  };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: title,
      // One line in every panel, the same scope: say whose (北京市（高职）), as no legend does.
      subtitle: `${lone ? `${lone}：` : ""}${each}一幅图，纵轴各自从 0 开始${links ? "；点击数据点查看出处" : ""}`,
      offset: 16,
    },
    description: describe(title, data),
    data: { values: data.map((d) => ({ ...d })) },
    concat: panels.map(panel),
    columns: Math.min(COLUMNS, panels.length),
    spacing: { row: 24, column: 32 },
    resolve: { scale: { y: "independent", x: "independent" } },
    config: chartConfig(),
  };
}
