/**
 * Table → Vega-Lite spec. The spec is plain data: inline records, Chinese titles with units, the shared
 * theme, an accessible description and `usermeta.source` pointing back to the table's line.
 */
import type { TopLevelSpec } from "vega-lite";

import type { Table } from "../../model/index.ts";
import { reportIdOfUrl } from "../../model/urls.ts";
import { decideChart } from "./decide.ts";
import { describePlan, sourceText } from "./describe.ts";
import { encodingFor, markFor, sizeFor } from "./encodings.ts";
import { type PanelDatum, panelSpec } from "./panel-spec.ts";
import { panelDataOf } from "./panels.ts";
import { chartConfig, labelFormat, VEGA_LITE_SCHEMA } from "./theme.ts";
import type { ChartKind, ChartPlan } from "./types.ts";

/** `/reports/<id>/tables/1-2-1/` → `<id>`: the table record carries its report only in its URL. */
export function reportIdOf(table: Table): string {
  return reportIdOfUrl(table.url) ?? "";
}

/** `表1-2-1 2024 年北京市…名单`: the chart title, as the report numbers the table. */
export function tableTitle(table: Table): string {
  return `表${table.number} ${table.caption}`.trim();
}

/**
 * The Vega-Lite spec of a table drawn as `kind`. Throws when the rules give the table another kind
 * or none (a programmer error: ask {@link decideChart} or `chartKind` first). `report` defaults to the
 * report id in the table's URL.
 */
export function tableChartSpec(table: Table, kind: ChartKind, report: string = reportIdOf(table)): TopLevelSpec {
  const plan = decideChart(table);
  if (plan.kind !== kind) {
    throw new Error(
      `tableChartSpec: table ${table.number} is ${plan.kind ?? "not charted"} (${plan.reason}), not ${kind}`,
    );
  }
  return planSpec(plan, table, report);
}

/** A footnote mark printed after a value (`9009 ⁶`, `12①`). */
const FOOTNOTE_MARK = /[⁰¹²³⁴⁵⁶⁷⁸⁹①-⑳]+\s*$/u;

/**
 * What is said under the chart: what it leaves out of its table, and the values that carry a footnote
 * mark (the footnote may qualify them: "4 所院校未填报"), which are read with the report's footnote.
 */
function notes(plan: ChartPlan): string[] {
  const marked = plan.data.filter((d) => FOOTNOTE_MARK.test(d.text)).map((d) => d.text.replace(/\s+/g, ""));
  const footnotes = marked.length > 0 ? [`带脚注标记的数值（${marked.join("、")}）须对照原文脚注阅读`] : [];
  return [...plan.leftOut, ...footnotes];
}

/**
 * The mark and encoding; bars of one series also print each value (grouped, with the decimals the table
 * prints) at the end of its bar, so close values (95.00 vs 97.73) are read, not guessed.
 */
function marks(plan: ChartPlan, tableName: string): object {
  const mark = markFor(plan);
  const encoding = encodingFor(plan, tableName);
  if (plan.kind !== "bars" && plan.kind !== "counts") return { mark, encoding };
  const label = {
    // Not a data mark of its own for assistive technology or the tooltip script: the bar is.
    mark: { type: "text", align: "left", baseline: "middle", dx: 4, fontSize: 11, color: "#333", aria: false },
    encoding: { text: { field: "value", type: "quantitative", format: labelFormat(plan.data) } },
  };
  return { encoding, layer: [{ mark }, label] };
}

/**
 * A panels plan's data, each point's source said as a reader cites it (`第 474 行，表2-2`, see
 * {@link sourceText}); panelDataOf maps the plan's data one to one, in order.
 */
function panelData(plan: ChartPlan, table: Table): PanelDatum[] {
  return panelDataOf(plan, `表${table.number}`).map((d, i) => ({
    ...d,
    source: sourceText(plan.data[i]?.line ?? table.line, `表${table.number}`),
  }));
}

/** The spec of a decided plan. */
export function planSpec(plan: ChartPlan, table: Table, report: string): TopLevelSpec {
  const usermeta = {
    source: { report, table: table.id, line: table.line },
    kind: plan.kind,
    reason: plan.reason,
    ...(notes(plan).length > 0 ? { leftOut: notes(plan) } : {}),
  };
  if (plan.kind === "panels") {
    const panels = panelSpec(tableTitle(table), panelData(plan, table));
    const notes = plan.leftOut.map((note) => `${note}。`).join("");
    return { ...panels, description: `${panels.description ?? ""}${notes}`, usermeta } as TopLevelSpec;
  }
  const spec = {
    $schema: VEGA_LITE_SCHEMA,
    title: tableTitle(table),
    description: describePlan(plan, `表${table.number}`),
    usermeta,
    data: { values: plan.data.map((d) => ({ ...d })) },
    ...sizeFor(plan),
    ...marks(plan, `表${table.number}`),
    config: chartConfig(),
  };
  // Checked against the JSON Schema in the tests (the typings cannot follow the mark/layer choice).
  return spec as unknown as TopLevelSpec;
}
