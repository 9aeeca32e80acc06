/** Mark, encoding and size of each chart kind, read from the plan (one function per concern). */
import type { Encoding } from "vega-lite/types_unstable/encoding.js";
import type { AnyMark } from "vega-lite/types_unstable/mark.js";

import { markDescription } from "./describe.ts";
import { AXIS_FORMAT, OKABE_ITO, PRIMARY, valueFormat, withUnit } from "./theme.ts";
import type { ChartPlan } from "./types.ts";

/** Short labels stand upright under vertical bars; longer ones go on a horizontal band axis. */
const SHORT_LABEL = 6;
const MAX_UPRIGHT_CATEGORIES = 8;
const WIDTH = 480;
const UPRIGHT_TITLE = { titleAngle: 0, titleAlign: "right", titleBaseline: "bottom", titleX: 0, titleY: -6 } as const;

/** Series in table order (legend, stack and offset order). */
export function seriesOrder(plan: ChartPlan): string[] {
  const order = new Map<string, number>();
  for (const d of plan.data) if (!order.has(d.series)) order.set(d.series, d.order);
  return [...order].sort((a, b) => a[1] - b[1]).map(([s]) => s);
}

/** Labels in first-seen order. */
function labelOrder(plan: ChartPlan): string[] {
  return [...new Set(plan.data.map((d) => d.label))];
}

/**
 * The labels from the largest value down (ties keep the table's order). An explicit order rather than
 * Vega-Lite's `-x`, which a layer of value labels would have to repeat.
 */
function byValue(plan: ChartPlan): string[] {
  return [...plan.data].sort((a, b) => b.value - a.value).map((d) => d.label);
}

/** Whether grouped bars stand upright (few, short labels) or lie along a vertical band axis. */
export function isUpright(plan: ChartPlan): boolean {
  const labels = labelOrder(plan);
  return labels.length <= MAX_UPRIGHT_CATEGORIES && labels.every((l) => [...l].length <= SHORT_LABEL);
}

/** The mark of the plan's kind. */
export function markFor(plan: ChartPlan): AnyMark {
  // The line itself stays out of the accessibility tree: its description would name only its first point.
  if (plan.kind === "lines") return { type: "line", aria: false, point: { filled: true, size: 50 } };
  return { type: "bar", ...(plan.kind === "bars" || plan.kind === "counts" ? { color: PRIMARY } : {}) };
}

/** Width and height: a fixed width, a band step per category. */
export function sizeFor(plan: ChartPlan): { width: number; height: number | { step: number } } {
  if (plan.kind === "lines") return { width: WIDTH, height: 280 };
  if (plan.kind === "grouped-bars" && isUpright(plan)) return { width: WIDTH, height: 280 };
  const perBand = plan.kind === "grouped-bars" ? Math.max(24, seriesOrder(plan).length * 12) : 24;
  return { width: WIDTH, height: { step: perBand } };
}

/** Tooltip: the category, the series, the value as formatted, the value as printed, the source line. */
function tooltip(plan: ChartPlan): NonNullable<Encoding<string>["tooltip"]> {
  const value = withUnit(plan.valueName, plan.unit);
  return [
    { field: "label", type: "nominal", title: plan.labelTitle },
    ...(plan.seriesTitle ? [{ field: "series", type: "nominal" as const, title: plan.seriesTitle }] : []),
    { field: "value", type: "quantitative", title: value, format: valueFormat(plan.data) },
    { field: "text", type: "nominal", title: "原文" },
    { field: "line", type: "quantitative", title: "行号", format: "d" },
  ];
}

/** The encoding of the plan's kind; `tableName` (`表2-2`) names the source in each mark's description. */
export function encodingFor(plan: ChartPlan, tableName = ""): Encoding<string> {
  const valueTitle = withUnit(plan.valueName, plan.unit);
  // Whole numbers (counts of schools, awards) get whole ticks: no 0.5 school.
  const whole = plan.data.every((d) => Number.isInteger(d.value)) ? { tickMinStep: 1 } : {};
  const value = {
    field: "value",
    type: "quantitative",
    axis: { title: valueTitle, format: AXIS_FORMAT, ...whole },
  } as const;
  const series = seriesOrder(plan);
  // Each data mark's aria-label (and the page's tooltip): Chinese titles, the value as printed.
  const description = { value: { expr: markDescription(plan, tableName) } };
  const color = {
    field: "series",
    type: "nominal",
    sort: series,
    scale: { range: OKABE_ITO },
    legend: { title: plan.seriesTitle || null },
  } as const;
  const band = (sort: string[] | null) =>
    ({
      field: "label",
      type: "nominal",
      sort: sort ?? labelOrder(plan),
      axis: { title: plan.labelTitle, labelAngle: 0 },
    }) as const;
  // On a vertical band axis the title reads upright above the labels, not turned on its side.
  const yBand = (sort: string[] | null) => ({ ...band(sort), axis: { ...band(sort).axis, ...UPRIGHT_TITLE } }) as const;
  switch (plan.kind) {
    case "bars":
    case "counts":
      return { y: yBand(plan.ordinal ? null : byValue(plan)), x: value, tooltip: tooltip(plan), description };
    case "stacked-100":
      return {
        y: yBand(null),
        x: {
          ...value,
          stack: "normalize",
          axis: { title: "占比（%）", format: ".0%", values: [0, 0.2, 0.4, 0.6, 0.8, 1] },
        },
        color,
        order: { field: "order", type: "quantitative" },
        tooltip: tooltip(plan),
        description,
      };
    case "lines":
      return {
        x: { field: "series", type: "ordinal", sort: series, axis: { title: plan.seriesTitle, labelAngle: 0 } },
        y: value,
        color: { ...color, field: "label", sort: labelOrder(plan), legend: { title: plan.labelTitle } },
        tooltip: tooltip(plan),
        description,
      };
    case "grouped-bars":
      return isUpright(plan)
        ? {
            x: band(null),
            xOffset: { field: "series", sort: series },
            y: value,
            color,
            tooltip: tooltip(plan),
            description,
          }
        : {
            y: yBand(null),
            yOffset: { field: "series", sort: series },
            x: value,
            color,
            tooltip: tooltip(plan),
            description,
          };
    case "panels":
      throw new Error("encodingFor: a panels plan is drawn by panelSpec, one encoding per panel");
  }
}
