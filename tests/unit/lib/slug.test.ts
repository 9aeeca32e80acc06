import assert from "node:assert/strict";
import { test } from "node:test";

import { pinyinSlug } from "../../../src/lib/slug.ts";

test("pinyin slugs: one syllable per character, hyphen-separated, ü as v, lower case", () => {
  assert.equal(pinyinSlug("绿色化工"), "lv-se-hua-gong");
  assert.equal(pinyinSlug("旅游大类"), "lv-you-da-lei");
  assert.equal(pinyinSlug("北京 2024"), "bei-jing-2024");
  assert.equal(pinyinSlug("Web前端开发"), "web-qian-duan-kai-fa");
  assert.equal(pinyinSlug("（）、"), "");
});
