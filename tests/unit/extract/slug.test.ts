import assert from "node:assert/strict";
import { test } from "node:test";

import { regionSlug, reportId } from "../../../src/extract/slug.ts";

test("region slugs: curated place names, pinyin for the rest", () => {
  assert.equal(regionSlug("朝阳区"), "chaoyang", "curated: automatic pinyin reads 朝 as zhao");
  assert.equal(regionSlug("北京市"), "beijing");
  assert.equal(
    regionSlug("杭州市"),
    "hangzhou",
    "not curated: the pinyin without 市, one word as place names are written",
  );
  assert.equal(regionSlug("吕梁市"), "lvliang", "ü is written v");
});

test("report ids come from metadata, never from the file name when metadata exist", () => {
  assert.equal(
    reportId({ region: "北京市", schoolLevel: "secondary", reportYear: 2024 }, "000_x.txt"),
    "beijing-zhongzhi-2024",
  );
  assert.equal(reportId({ region: "北京市", schoolLevel: "higher", reportYear: 2020 }, "a.txt"), "beijing-gaozhi-2020");
  assert.equal(reportId({ region: "东城区", schoolLevel: null, reportYear: 2023 }, "a.txt"), "dongcheng-zhijiao-2023");
  assert.equal(
    reportId({ region: null, schoolLevel: null, reportYear: null }, "年报 草稿.txt"),
    "file-nian-bao-cao-gao",
  );
});
