import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

import { renderCached } from "../../../../src/render/charts/cache.ts";
import { decideChart } from "../../../../src/render/charts/decide.ts";
import { chartFigure } from "../../../../src/render/charts/figure.ts";
import { planSpec, tableChartSpec } from "../../../../src/render/charts/spec.ts";
import { estimateTextWidth, renderSvg } from "../../../../src/render/charts/svg.ts";
import { corpus, report } from "../../../helpers/parsed-corpus.ts";

async function spec(prefix: string, number: string) {
  const table = (await report(prefix)).tables.find((t) => t.number === number);
  assert.ok(table, `${prefix} 表${number}`);
  const plan = decideChart(table);
  assert.ok(plan.kind !== null);
  return tableChartSpec(table, plan.kind);
}

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
  const s = await spec("004", "2-1");
  const first = await renderSvg(s);
  await renderSvg(await spec("002", "1"));
  assert.equal(await renderSvg(s), first);
});

test("renderCached: a second render is a hit with the same bytes; a changed spec misses", async () => {
  const dir = mkdtempSync(join(tmpdir(), "charts-cache-"));
  try {
    const s = await spec("000", "1-5-2");
    const miss = await renderCached(s, dir);
    assert.equal(miss.hit, false);
    const hit = await renderCached(s, dir);
    assert.equal(hit.hit, true);
    assert.equal(hit.svg, miss.svg);
    assert.equal(hit.svg, await renderSvg(s));
    const changed = await renderCached({ ...s, title: "表1-5-2 另一个标题" }, dir);
    assert.equal(changed.hit, false);
    assert.notEqual(changed.svg, miss.svg);
    assert.equal(readdirSync(dir).filter((f) => f.endsWith(".svg")).length, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("chartFigure: figure with the SVG, a caption with title and source, download links, no script", async () => {
  const s = await spec("004", "1-1");
  const svg = await renderSvg(s);
  const html = chartFigure(svg, s, {
    spec: "/reports/dongcheng-zhongzhi-2023/tables/1-1.vl.json",
    svg: "/reports/dongcheng-zhongzhi-2023/tables/1-1.svg",
    csv: "/reports/dongcheng-zhongzhi-2023/tables/1-1.csv",
  });
  assert.match(html, /^<figure class="chart" style="--chart-width: \d+px"><svg /);
  // What the chart leaves out of its table is said under it, not only in the SVG's description.
  assert.match(html, /<span class="chart-note">说明：2022年相对2021年变化情况行（合计或变化）未绘出。<\/span>/);
  assert.ok(html.endsWith("</figure>"));
  assert.match(html, /<figcaption><span class="chart-title">表1-1 东城区中等职业学校近三年招生人数对比表<\/span>/);
  assert.match(html, /<span class="chart-source">来源：原文第 35 行<\/span>/);
  assert.match(
    html,
    /<a href="\/reports\/dongcheng-zhongzhi-2023\/tables\/1-1\.csv" download type="text\/csv">数据（CSV）<\/a>/,
  );
  assert.match(html, /1-1\.svg" download/);
  assert.match(html, /1-1\.vl\.json" download/);
  assert.ok(!html.includes("<script"));
});
