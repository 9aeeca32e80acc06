import assert from "node:assert/strict";
import { test } from "node:test";

import { regionName, renameRegion } from "../../../../src/pipeline/synthetic/region.ts";

test("a region's short form drops 区, 县, 市 or 省, unless one character would be left", () => {
  assert.deepEqual(regionName("东城区"), { full: "东城区", short: "东城" });
  assert.deepEqual(regionName("北京市"), { full: "北京市", short: "北京" });
  assert.deepEqual(regionName("X区"), { full: "X区", short: "X区" });
});

test("full names and short forms are both renamed", () => {
  const line = "东城区以…东城职教品牌";
  assert.equal(renameRegion(line, regionName("东城区"), regionName("余杭区")), "余杭区以…余杭职教品牌");
});

test("a title naming a municipality by its short form names a district in full", () => {
  const from = regionName("北京市");
  const to = regionName("余杭区");
  assert.equal(renameRegion("北京高等职业教育质量年度报告 2020", from, to), "余杭区高等职业教育质量年度报告 2020");
  assert.equal(renameRegion("北京高职院校", from, to), "余杭高职院校", "outside a title the short form stays short");
  assert.equal(renameRegion("北京市中等职业教育质量年度报告", from, to), "余杭区中等职业教育质量年度报告");
});
