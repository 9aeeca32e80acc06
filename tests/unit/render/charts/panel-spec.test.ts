import assert from "node:assert/strict";
import { test } from "node:test";

import { compileSpec } from "../../../../src/render/charts/compile.ts";
import { flattens, type PanelDatum, panelNames, panelSpec } from "../../../../src/render/charts/panel-spec.ts";
import { renderSvg } from "../../../../src/render/charts/svg.ts";
import { panelsInput } from "./fixtures.ts";
import { schemaErrors } from "./helpers.ts";

function datum(
  panel: string,
  unit: string,
  order: number,
  year: string,
  value: number,
  more: Partial<PanelDatum> = {},
) {
  const d: PanelDatum = {
    panel,
    unit,
    order,
    year,
    series: "东城区",
    value,
    text: `${value}${unit}`,
    onLine: true,
    href: `/reports/r/#l${order}`,
    source: `r 第 ${order} 行`,
    ...more,
  };
  return d;
}

/** A region's overview: two measures in different units, one with a second, disagreeing value. */
const overview = panelsInput("chart-panels-overview").data;

test("panel chart: one panel per measure in order, its own axis and unit, valid and warning-free", () => {
  const spec = panelSpec("东城区：本报告给出的主要数字", overview);
  assert.deepEqual(panelNames(overview), ["就业率", "招生人数"]);
  assert.deepEqual(compileSpec(spec).messages, { warnings: [], errors: [] });
  assert.deepEqual(schemaErrors(spec), []);
  const panels = (spec as unknown as { concat: { title: { text: string; subtitle: string } }[] }).concat;
  assert.deepEqual(
    panels.map((p) => `${p.title.text} ${p.title.subtitle}`),
    ["就业率 单位：%", "招生人数 单位：人"],
  );
  assert.deepEqual((spec as { resolve?: unknown }).resolve, { scale: { y: "independent", x: "independent" } });
  // Every value is in the text description: the chart can be read without seeing it.
  for (const d of overview) {
    const said = `${d.year}年${d.onLine ? "" : "另一处"} ${d.text}`;
    assert.ok(String(spec.description).includes(said), said);
  }
});

test("one line per panel: values printed above the points, no legend; several: colours and a legend, no labels", () => {
  const single = JSON.stringify(panelSpec("t", overview));
  assert.match(single, /"type":"text"/);
  assert.doesNotMatch(single, /"color":\{"field":"series"/);
  const two = [...overview, datum("招生人数", "人", 1, "2021", 80, { series: "甲校" })];
  const multi = JSON.stringify(panelSpec("t", two));
  assert.doesNotMatch(multi, /"type":"text"/);
  assert.match(multi, /"color":\{"field":"series"/);
});

test("a share's axis stops at 100%, a count's leaves room above its highest value", () => {
  const spec = panelSpec("t", overview) as unknown as {
    concat: { encoding: { y: { scale: { domain: number[] } } } }[];
  };
  assert.deepEqual(spec.concat[0]?.encoding.y.scale.domain, [0, 100]);
  assert.ok((spec.concat[1]?.encoding.y.scale.domain[1] ?? 0) > 277);
});

test("points link to their sources only when the data carry links", () => {
  assert.match(JSON.stringify(panelSpec("t", overview)), /"href":\{"field":"href"\}/);
  const unlinked = overview.map((d) => ({ ...d, href: null }));
  const spec = panelSpec("t", unlinked);
  assert.doesNotMatch(JSON.stringify(spec), /"href":\{"field":"href"\}/);
  assert.doesNotMatch(String(spec.description), /链接/);
});

test("flattens: a group below a tenth of the largest would be a few pixels on a shared axis", () => {
  const value = (d: [string, number]) => d[1];
  const group = (d: [string, number]) => d[0];
  assert.equal(
    flattens<[string, number]>(
      [
        ["市", 25700],
        ["区", 253],
      ],
      group,
      value,
    ),
    true,
  );
  assert.equal(
    flattens<[string, number]>(
      [
        ["甲", 873],
        ["乙", 430],
        ["丙", 655],
      ],
      group,
      value,
    ),
    false,
  );
  assert.equal(flattens<[string, number]>([["甲", 100]], group, value), false);
});

test("the panel chart renders to an accessible SVG with every panel title", async () => {
  const svg = await renderSvg(panelSpec("东城区：本报告给出的主要数字", overview));
  assert.match(svg, /^<svg[^>]* role="img" aria-labelledby="chart-[0-9a-f]{8}-title chart-[0-9a-f]{8}-desc"/);
  for (const text of ["就业率", "招生人数", "单位：%", "277"]) assert.ok(svg.includes(`>${text}</text>`), text);
});
