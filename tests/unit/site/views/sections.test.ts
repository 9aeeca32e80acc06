import assert from "node:assert/strict";
import { test } from "node:test";

import { chapterOf, headingsById, headingText } from "../../../../src/site/views/sections.ts";
import { fixtureReport } from "../../../fixtures/site/records.ts";

const headings = headingsById(fixtureReport());

test("the chapter of a section is its level-1 ancestor", () => {
  assert.equal(chapterOf(headings, "sec-2-1-1")?.id, "sec-2");
  assert.equal(chapterOf(headings, "sec-1")?.id, "sec-1");
  assert.equal(chapterOf(headings, null), null);
  assert.equal(chapterOf(headings, "sec-9"), null);
});

test("a parent cycle or an unknown parent does not loop", () => {
  const a = { id: "a", number: null, title: "A", level: 2, line: 1, parentId: "b" };
  const b = { id: "b", number: null, title: "B", level: 2, line: 2, parentId: "a" };
  const cyclic = new Map([
    ["a", a],
    ["b", b],
  ]);
  assert.ok(["a", "b"].includes(chapterOf(cyclic, "a")?.id ?? ""));
  assert.equal(chapterOf(new Map([["a", { ...a, parentId: "x" }]]), "a")?.id, "a");
});

test("heading text: number and title", () => {
  assert.equal(headingText(headings.get("sec-1-2")!), "（二） 产教融合与双师型教师");
  assert.equal(headingText({ ...headings.get("sec-1")!, number: null }), "学生发展");
});
