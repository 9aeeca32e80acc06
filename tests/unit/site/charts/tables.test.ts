import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

import { readChartFigures, tableCharts } from "../../../../src/site/charts/tables.ts";
import { writeFiles } from "../../../../src/site/output.ts";
import { corpus, report } from "../../../helpers/parsed-corpus.ts";

const { reports } = await corpus();

test("every table the chart rules accept gets a spec and an SVG beside its CSV; a rebuild reuses the cache", async () => {
  const cache = mkdtempSync(join(tmpdir(), "charts-"));
  try {
    const first = await tableCharts(reports, cache);
    assert.equal(first.charted.length, 21);
    assert.equal(first.cached, 0);
    assert.ok(first.charted.includes("/reports/dongcheng-zhongzhi-2023/tables/2-1/"), "表2-1 (shares) has a chart");
    assert.ok(
      first.charted.includes("/reports/beijing-zhongzhi-2024/tables/6-5-1/"),
      "表6-5-1 counts entries per 奖项 once its merged cells are filled",
    );
    const paths = first.files.map((f) => f.path);
    assert.ok(paths.includes("reports/dongcheng-zhongzhi-2023/tables/2-1.vl.json"));
    assert.ok(paths.includes("reports/dongcheng-zhongzhi-2023/tables/2-1.svg"));
    const second = await tableCharts(reports, cache);
    assert.deepEqual([second.cached, second.rendered], [21, 0]);
    assert.deepEqual(second.files, first.files, "byte-identical from the cache");
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
});

test("the pages read the charts back from the published files", async () => {
  const dir = mkdtempSync(join(tmpdir(), "charts-out-"));
  try {
    const r = await report("004_");
    await writeFiles(dir, (await tableCharts([r], join(dir, ".cache"))).files);
    const figures = await readChartFigures(dir, r);
    assert.deepEqual([...figures.keys()], ["tbl-1-1", "tbl-1-2", "tbl-2-1"]);
    const figure = figures.get("tbl-2-1")?.inline ?? "";
    // The figure states the SVG's natural width: the stylesheet shrinks it only so far on a phone.
    assert.match(figure, /^<figure class="chart" style="--chart-width: \d+px"><svg[^>]*role="img"/);
    assert.match(figure, /href="\/reports\/dongcheng-zhongzhi-2023\/tables\/2-1\.csv"/);
    assert.match(figure, /href="\/reports\/dongcheng-zhongzhi-2023\/tables\/2-1\.vl\.json"/);
    // The report page shows the published SVG as an image and sends readers to the table page for the tooltips.
    const image = figures.get("tbl-2-1")?.image ?? "";
    assert.ok(!image.includes("<svg"), "no inline SVG in the report page's figure");
    assert.match(
      image,
      /^<figure class="chart" style="--chart-width: (\d+)px"><img src="\/reports\/dongcheng-zhongzhi-2023\/tables\/2-1\.svg" width="\1" height="\d+" alt="[^"]*表2-1[^"]*" loading="lazy">/,
    );
    // Its alt text says what the chart is and where the values are (the table above), not every value again.
    const alt = /alt="([^"]*)"/.exec(image)?.[1] ?? "";
    const description = JSON.parse(
      await readFile(join(dir, "reports/dongcheng-zhongzhi-2023/tables/2-1.vl.json"), "utf8"),
    ).description as string;
    assert.equal(alt, `${description.slice(0, description.indexOf("。") + 1)}数值见上表。`);
    assert.ok(alt.length < description.length, alt);
    assert.match(image, /<a class="chart-page" href="\/reports\/dongcheng-zhongzhi-2023\/tables\/2-1\/">/);
    assert.ok(!image.includes(" download "), "the downloads are on the table's page, not in the report's copy");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
