/**
 * Table → Vega-Lite spec. The spec is plain data: inline records, Chinese titles with units, the shared
 * theme, an accessible description and `usermeta.source` pointing back to the table's line.
 */
import type { TopLevelSpec } from "vega-lite";
import type { Table } from "../../model/index.ts";
import { decideChart } from "./decide.ts";
import { describePlan } from "./describe.ts";
import { encodingFor, markFor, sizeFor } from "./encodings.ts";
import { chartConfig } from "./theme.ts";
import type { ChartKind, ChartPlan } from "./types.ts";

/** The Vega-Lite schema the specs are written against (the installed vega-lite is 6.x). */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

/** `/reports/<id>/tables/1-2-1/` → `<id>`: the table record carries its report only in its URL. */
export function reportIdOf(table: Table): string {
  return /^\/reports\/([^/]+)\//.exec(table.url)?.[1] ?? "";
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

/** The spec of a decided plan. */
export function planSpec(plan: ChartPlan, table: Table, report: string): TopLevelSpec {
  const spec = {
    $schema: VEGA_LITE_SCHEMA,
    title: tableTitle(table),
    description: describePlan(plan, `表${table.number}`),
    usermeta: { source: { report, table: table.id, line: table.line }, kind: plan.kind, reason: plan.reason },
    data: { values: plan.data.map((d) => ({ ...d })) },
    ...sizeFor(plan),
    mark: markFor(plan),
    encoding: encodingFor(plan),
    config: chartConfig(),
  };
  return spec as TopLevelSpec;
}
