import assert from "node:assert/strict";
import { test } from "node:test";

import { readTitle } from "../../../../src/extract/region.ts";
import { regionSlug } from "../../../../src/extract/slug.ts";
import { SYNTHETIC_REGIONS } from "../../../../src/pipeline/synthetic/region-names.ts";

test("the built-in regions are distinct in name and slug, three characters, and read as districts", () => {
  assert.ok(SYNTHETIC_REGIONS.length >= 250, "enough regions for 1,000 reports over a few years");
  assert.equal(new Set(SYNTHETIC_REGIONS).size, SYNTHETIC_REGIONS.length);
  assert.equal(new Set(SYNTHETIC_REGIONS.map(regionSlug)).size, SYNTHETIC_REGIONS.length, "distinct slugs");
  for (const region of SYNTHETIC_REGIONS) {
    assert.equal([...region].length, 3, region);
    assert.deepEqual(readTitle(`${region}中等职业教育质量年度报告（2024）`), {
      region,
      regionLevel: "district",
      schoolLevel: "secondary",
    });
  }
});
