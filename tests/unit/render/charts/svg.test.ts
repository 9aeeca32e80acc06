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
