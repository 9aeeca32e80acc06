/**
 * The inputs of the chart goldens, tests/fixtures/chart-<quirk>/input.json: a table record, indicators
 * or panel data, each with a `from` saying where it came from. The golden test and the hand-checked tests
 * read the same input, so each input has one home.
 */
import type { TopLevelSpec } from "vega-lite";
import { z } from "zod";

import { Indicator, Table } from "../../../../src/model/index.ts";
import { decideChart } from "../../../../src/render/charts/decide.ts";
import { indicatorChartSpec } from "../../../../src/render/charts/indicator-spec.ts";
import { type PanelDatum, panelSpec } from "../../../../src/render/charts/panel-spec.ts";
import { tableChartSpec } from "../../../../src/render/charts/spec.ts";
import { fixturePath, readJsonInput } from "../../../helpers/golden.ts";

const TableInput = z.strictObject({ table: Table });
const IndicatorsInput = z.strictObject({ indicators: z.array(Indicator) });
const PanelsInput = z.strictObject({
  title: z.string(),
  data: z.array(
    z.strictObject({
      panel: z.string(),
      unit: z.string(),
      order: z.number(),
      year: z.string(),
      series: z.string(),
      value: z.number(),
      text: z.string(),
      onLine: z.boolean(),
      href: z.string().nullable(),
      source: z.string(),
    }) satisfies z.ZodType<PanelDatum>,
  ),
});
const ChartInput = z.union([TableInput, IndicatorsInput, PanelsInput]);

/** The table record of a chart fixture. */
export function tableInput(name: string): Table {
  return readJsonInput(fixturePath(name, "input.json"), TableInput).table;
}

/** The indicators of a chart fixture. */
export function indicatorsInput(name: string): Indicator[] {
  return readJsonInput(fixturePath(name, "input.json"), IndicatorsInput).indicators;
}

/** The title and panel data of a chart fixture. */
export function panelsInput(name: string): z.infer<typeof PanelsInput> {
  return readJsonInput(fixturePath(name, "input.json"), PanelsInput);
}

/** The link of an indicator's point: where the site's report page shows its source line. */
export const indicatorHref = (i: Indicator): string => `/reports/${i.report}/#l${i.source.line}`;

/** The spec a chart fixture's input gives: a table as the rules chart it, indicators, or panels. */
export function fixtureSpec(name: string): TopLevelSpec {
  const input = readJsonInput(fixturePath(name, "input.json"), ChartInput);
  if ("indicators" in input) return indicatorChartSpec(input.indicators, indicatorHref);
  if ("data" in input) return panelSpec(input.title, input.data);
  const plan = decideChart(input.table);
  if (plan.kind === null) throw new Error(`${name}: the table is not charted (${plan.reason})`);
  return tableChartSpec(input.table, plan.kind);
}
