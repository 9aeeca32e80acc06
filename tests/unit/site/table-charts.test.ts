import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { tableCharts } from "../../../src/site/table-charts.ts";
import { corpus } from "../../helpers/parsed-corpus.ts";

const { reports } = await corpus();

test("every table the chart rules accept gets a figure, a spec and an SVG; a rebuild reuses the cache", async () => {
  const cache = mkdtempSync(join(tmpdir(), "charts-"));
  try {
    const first = await tableCharts(reports, cache);
    assert.equal(first.byTable.size, 20);
    assert.equal(first.cached, 0);
    const chart = first.byTable.get("/reports/dongcheng-zhongzhi-2023/tables/2-1/");
    assert.ok(chart, "表2-1 (shares) has a chart");
    assert.match(chart.html, /^<figure class="chart"><svg[^>]*role="img"/);
    assert.deepEqual(
      chart.files.map((f) => f.path),
      ["reports/dongcheng-zhongzhi-2023/tables/2-1.vl.json", "reports/dongcheng-zhongzhi-2023/tables/2-1.svg"],
    );
    assert.equal(first.byTable.has("/reports/beijing-zhongzhi-2024/tables/6-5-1/"), false, "a name list has no chart");
    const second = await tableCharts(reports, cache);
    assert.equal(second.cached, 20);
    assert.equal(second.rendered, 0);
    assert.equal(second.byTable.get("/reports/dongcheng-zhongzhi-2023/tables/2-1/")?.html, chart.html);
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
});
