/** Chart rendering time: every table chart of the corpus rendered to SVG, without the cache. */
import type { InputFile } from "../../pipeline/inputs.ts";
import { buildRecords } from "../../pipeline/records.ts";
import { decideChart, planSpec, renderSvg } from "../../render/charts/index.ts";
import { fmt, median } from "./measure.ts";

/** Times rendering every table chart of the corpus to SVG without the cache: 3 passes after a warm-up. */
export async function benchCharts(
  inputs: readonly InputFile[],
  now: () => number,
): Promise<{ count: number; medianMs: number }> {
  const specs = buildRecords(inputs).reports.flatMap((r) =>
    r.tables.flatMap((t) => {
      const plan = decideChart(t);
      return plan.kind === null ? [] : [planSpec(plan, t, r.id)];
    }),
  );
  const pass = async () => {
    const start = now();
    for (const spec of specs) await renderSvg(spec);
    return now() - start;
  };
  await pass();
  const runs = [await pass(), await pass(), await pass()];
  return { count: specs.length, medianMs: median(runs) };
}

/** The printed line of the chart run. */
export function chartLines(charts: { count: number; medianMs: number }): string[] {
  return [
    `charts: ${charts.count} table charts rendered to SVG (no cache), median of 3 passes ${fmt(charts.medianMs)} ms → ` +
      `${fmt(charts.medianMs / Math.max(1, charts.count))} ms per chart`,
  ];
}
