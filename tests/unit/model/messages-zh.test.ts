import assert from "node:assert/strict";
import { test } from "node:test";

import { messages, type RuleId, toDiagnostic } from "../../../src/model/messages.ts";
import { diagnosticMessageZh, messagesZh, messageZh } from "../../../src/model/messages-zh.ts";

/** Params that answer every key with a marker naming it, and remember which keys were read. */
function markerParams(): { params: Record<string, string>; read: Set<string> } {
  const read = new Set<string>();
  const params = new Proxy({} as Record<string, string>, {
    get: (_target, key) => {
      if (typeof key !== "string") return undefined;
      read.add(key);
      return `«${key}»`;
    },
  });
  return { params, read };
}

const ids = Object.keys(messages) as RuleId[];

test("every rule id has a Chinese message, and the Chinese catalog names no other rule", () => {
  for (const id of ids) assert.equal(typeof messagesZh[id], "function", `${id} has no Chinese message`);
  assert.deepEqual(Object.keys(messagesZh).sort(), [...ids].sort());
});

test("a Chinese message interpolates every param its English message uses", () => {
  for (const id of ids) {
    const english = markerParams();
    (messages[id].text as (p: unknown) => string)(english.params);
    const chinese = markerParams();
    const text = (messagesZh[id] as (p: unknown) => string)(chinese.params);
    // A param that is itself a phrase may come in Chinese beside it (`values` / `valuesZh`).
    for (const key of english.read)
      assert.ok(
        text.includes(`«${key}»`) || text.includes(`«${key}Zh»`),
        `${id}: the Chinese message leaves out ${key}`,
      );
  }
});

test("Chinese messages are Chinese sentences, not the English ones", () => {
  for (const id of ids) {
    const text = (messagesZh[id] as (p: unknown) => string)(markerParams().params);
    assert.match(text, /[\u4e00-\u9fff]/, id);
    assert.match(text, /[。！？]$/, `${id} ends a sentence`);
  }
});

test("param words are said in Chinese: kinds and metadata fields", () => {
  assert.equal(
    messageZh("toc-title-differs", { kind: "table", number: "2-1", toc: "甲", body: "乙" }),
    "表 2-1：目录写作“甲”，正文写作“乙”（采用正文）。",
  );
  assert.match(messageZh("metadata-missing", { field: "reportYear" }), /报告年份/);
  assert.equal(
    messageZh("indicator-conflict", {
      metric: "就业率",
      year: "2020",
      scope: "全地区",
      values: "90.23% (line 276) vs 90.29 (line 474, tbl-2-2)",
      valuesZh: "90.23%（第 276 行）、90.29（第 474 行，表2-2）",
    }),
    "报告对就业率（2020年，全地区）给出了不同的数值：90.23%（第 276 行）、90.29（第 474 行，表2-2）；均连同出处发布，请核对哪一个正确。",
  );
});

test("a published diagnostic carries its params, so its Chinese message can be made; without them the English stays", () => {
  const d = toDiagnostic("a.txt", { ruleId: "table-body-not-found", params: { number: "1-2" }, line: 3 });
  assert.deepEqual(d.params, { number: "1-2" });
  assert.equal(diagnosticMessageZh(d), "表1-2 只有表题，没有表体（原报告中可能是图片），仅发布表题。");
  const { params: _dropped, ...older } = d;
  assert.equal(diagnosticMessageZh(older), d.message, "a record published before params were kept");
  const empty = toDiagnostic("a.txt", { ruleId: "file-empty", params: undefined, line: 0 });
  assert.equal(empty.params, undefined);
  assert.equal(diagnosticMessageZh(empty), "文件是空的：请放入报告文本，或删除该文件。");
  assert.equal(diagnosticMessageZh({ ...d, ruleId: "not-a-rule" }), d.message);
});
