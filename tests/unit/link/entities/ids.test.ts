import assert from "node:assert/strict";
import { test } from "node:test";

import { pinyinId } from "../../../../src/link/entities/ids.ts";
import { specialtyId } from "../../../../src/link/entities/specialties.ts";

test("ids are ASCII", () => {
  assert.equal(pinyinId("上海市某某学校"), "shang-hai-shi-mou-mou-xue-xiao");
  assert.equal(specialtyId("730604W", "商务数据分析"), "730604w");
  assert.match(specialtyId(null, "国际商务"), /^zy-[a-z-]+$/);
});
