import assert from "node:assert/strict";
import { test } from "node:test";

import { collectWords, wordTrie } from "../../../src/lib/word-trie.ts";

test("every word that occurs is found, overlapping and nested ones included; others are not", () => {
  const trie = wordTrie(["中国戏曲学院", "中国戏曲学院附属中等戏曲学校", "戏曲", "劲松职高", ""]);
  const found = new Set<string>();
  collectWords(trie, "由中国戏曲学院附属中等戏曲学校承办", found);
  assert.deepEqual([...found].sort(), ["中国戏曲学院", "中国戏曲学院附属中等戏曲学校", "戏曲"].sort());
  collectWords(trie, "劲松职高", found);
  assert.ok(found.has("劲松职高"));
  assert.ok(!found.has(""));
});
