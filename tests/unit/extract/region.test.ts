import assert from "node:assert/strict";
import { test } from "node:test";

import { readTitle } from "../../../src/extract/region.ts";

test("region and levels from the title", () => {
  assert.deepEqual(readTitle("北京市朝阳区中等职业教育质量年度报告 (2022年)"), {
    region: "朝阳区",
    regionLevel: "district",
    schoolLevel: "secondary",
  });
  assert.deepEqual(readTitle("北京高等职业教育质量年度报告 2020"), {
    region: "北京市",
    regionLevel: "municipality",
    schoolLevel: "higher",
  });
  assert.deepEqual(readTitle("东城区中等职业教育质量年度报告（2023）"), {
    region: "东城区",
    regionLevel: "district",
    schoolLevel: "secondary",
  });
  assert.deepEqual(readTitle("浙江省中等职业教育质量年度报告（2023）"), {
    region: "浙江省",
    regionLevel: "province",
    schoolLevel: "secondary",
  });
  assert.deepEqual(readTitle("杭州市高职教育质量年度报告（2023）"), {
    region: "杭州市",
    regionLevel: "city",
    schoolLevel: "higher",
  });
});
