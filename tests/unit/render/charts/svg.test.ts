import assert from "node:assert/strict";
import { test } from "node:test";

import { decideChart } from "../../../../src/render/charts/decide.ts";
import { planSpec } from "../../../../src/render/charts/spec.ts";
import { estimateTextWidth, renderSvg } from "../../../../src/render/charts/svg.ts";
import { corpus } from "../../../helpers/parsed-corpus.ts";
import { corpusTableSpec } from "./helpers.ts";

test("CJK text is estimated at about 1 em a character, Latin at about 0.6 em", () => {
  assert.equal(estimateTextWidth("专业大类", 10), 40);
  assert.equal(estimateTextWidth("2019年", 10), 34);
  assert.equal(estimateTextWidth("ＡＢ", 10), 20);
});

test("every chart of the bundled reports renders: role=img, title, desc, axis titles, fonts, no NaN", async () => {
  for (const r of (await corpus()).reports) {
    for (const table of r.tables) {
      const plan = decideChart(table);
      if (plan.kind === null) continue;
      const svg = await renderSvg(planSpec(plan, table, r.id));
      const name = `${r.id} 表${table.number}`;
      assert.match(
        svg,
        /^<svg [^>]*role="img"[^>]*aria-labelledby="chart-[0-9a-f]{8}-title chart-[0-9a-f]{8}-desc"/,
        name,
      );
      assert.match(svg, /font-family="&quot;WenQuanYi Micro Hei&quot;, &quot;Noto Sans CJK SC&quot;/, name);
      assert.ok(svg.includes(`<title id="chart-`) && svg.includes(`>表${table.number} `), name);
      assert.match(svg, /<desc id="chart-[0-9a-f]{8}-desc">[^<]*个数据点/, name);
      assert.ok(!svg.includes("NaN"), `${name}: NaN`);
      if (plan.kind === "panels") {
        // Each panel names its unit under its title.
        for (const unit of new Set(plan.data.map((d) => d.unit).filter(Boolean))) {
          assert.ok(svg.includes(`>单位：${unit}</text>`), `${name}: panel unit ${unit}`);
        }
        continue;
      }
      const unitTitle = plan.unit ? `${plan.valueName}（${plan.unit}）` : plan.valueName;
      const valueTitle = plan.kind === "stacked-100" ? "占比（%）" : unitTitle;
      assert.ok(svg.includes(`>${valueTitle}</text>`), `${name}: axis title ${valueTitle}`);
    }
  }
});

test("rendering is deterministic: two renders are byte-identical", async () => {
  const s = await corpusTableSpec("004", "2-1");
  const first = await renderSvg(s);
  await renderSvg(await corpusTableSpec("002", "1"));
  assert.equal(await renderSvg(s), first);
});

/** The aria-labels of an SVG (only its data marks keep one): what the page's tooltip script shows. */
const markLabels = (svg: string): string[] => [...svg.matchAll(/ aria-label="([^"]*)"/g)].map((m) => m[1] ?? "");

test("a table chart's tooltips and labels are Chinese: 年份, the measure, 来源：第 N 行，表X; no field names", async () => {
  for (const [prefix, number] of [
    ["003", "2-2"],
    ["004", "2-1"],
  ] as const) {
    const svg = await renderSvg(await corpusTableSpec(prefix, number));
    const labels = markLabels(svg);
    assert.ok(labels.length > 0, `${prefix} 表${number} has data marks`);
    for (const label of labels) {
      assert.match(label, new RegExp(`; 来源: 第 \\d+ 行，表${number}$`), label);
      assert.doesNotMatch(label, /\b(?:when|value|series|source|href): /, label);
    }
    assert.doesNotMatch(svg, /X-axis|Y-axis|Title text|Subtitle text|mark container/, "no English ARIA");
  }
  const panels = markLabels(await renderSvg(await corpusTableSpec("003", "2-2")));
  assert.ok(panels.includes("年份: 2019年; 就业率（%）: 92.38; 来源: 第 474 行，表2-2"), panels.join("\n"));
});

test("the font is set once, on the root: no text repeats the font family or the common size", async () => {
  const svg = await renderSvg(await corpusTableSpec("003", "2-2"));
  assert.equal(svg.match(/font-family=/g)?.length, 1);
  assert.match(svg, /^<svg [^>]*font-family="&quot;WenQuanYi Micro Hei&quot;[^"]*" font-size="12px"/);
  assert.doesNotMatch(svg, /<text[^>]*font-size="12px"/);
  assert.doesNotMatch(svg, / opacity="1"| stroke-width="1"| pointer-events=| aria-hidden=/);
});
