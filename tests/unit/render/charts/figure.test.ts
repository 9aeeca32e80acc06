import assert from "node:assert/strict";
import { test } from "node:test";

import { chartFigure, chartImageFigure } from "../../../../src/render/charts/figure.ts";
import { renderSvg } from "../../../../src/render/charts/svg.ts";
import { corpusTableSpec } from "./helpers.ts";

test("chartFigure: figure with the SVG, a caption with title and source, download links, no script", async () => {
  const s = await corpusTableSpec("004", "1-1");
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

test("chartImageFigure: the SVG file as a sized, lazy image described by the spec, and a link to the interactive chart", async () => {
  const s = await corpusTableSpec("004", "1-1");
  const svg = await renderSvg(s);
  const links = {
    spec: "/reports/dongcheng-zhongzhi-2023/tables/1-1.vl.json",
    svg: "/reports/dongcheng-zhongzhi-2023/tables/1-1.svg",
    csv: "/reports/dongcheng-zhongzhi-2023/tables/1-1.csv",
  };
  const page = { href: "/reports/dongcheng-zhongzhi-2023/tables/1-1/", text: "可交互的图见表1-1页面" };
  const html = chartImageFigure(svg, s, links, page);
  const [, width, height] = /^<svg[^>]*\swidth="(\d+)" height="(\d+)"/.exec(svg) ?? [];
  assert.ok(width && height);
  assert.ok(
    html.startsWith(
      `<figure class="chart" style="--chart-width: ${width}px"><img src="${links.svg}" width="${width}" height="${height}" alt="`,
    ),
  );
  const alt = /alt="([^"]*)"/.exec(html)?.[1] ?? "";
  assert.equal(alt, String(s.description).replaceAll('"', "&quot;"));
  assert.match(alt, /表1-1/);
  assert.match(html, /" loading="lazy"><figcaption>/);
  assert.ok(!html.includes("<svg"));
  assert.match(
    html,
    /<a class="chart-page" href="\/reports\/dongcheng-zhongzhi-2023\/tables\/1-1\/">可交互的图见表1-1页面<\/a>/,
  );
  assert.match(html, /<span class="chart-source">来源：原文第 35 行<\/span>/);
  assert.match(html, /1-1\.csv" download/);
  // The inline figure is unchanged by the image variant: same caption, no page link.
  assert.ok(!chartFigure(svg, s, links).includes("chart-page"));
  // A copy whose linked page has the downloads leaves them out; the rest of the caption stays.
  const copy = chartImageFigure(svg, s, links, page, undefined, "on-linked-page");
  assert.ok(!copy.includes("chart-downloads") && !copy.includes(" download "));
  assert.equal(copy, html.replace(/<span class="chart-downloads">.*?<\/span><\/figcaption>/, "</figcaption>"));
});
