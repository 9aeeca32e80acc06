import assert from "node:assert/strict";
import { test } from "node:test";

import type { Block } from "../../../../src/model/index.ts";
import { blocksToMdast } from "../../../../src/render/narrative/to-mdast.ts";
import { fixtureReport } from "../../../fixtures/site/records.ts";

const block = (b: Partial<Block>): Block => ({
  kind: "paragraph",
  line: 1,
  endLine: 1,
  text: "",
  ref: null,
  caseId: null,
  ...b,
});

test("blocks map to nodes in reading order; a case's blocks are grouped", () => {
  const tree = blocksToMdast(fixtureReport());
  const types = tree.children.map((c) => c.type);
  assert.deepEqual(types.slice(-2), ["reportCase", "paragraph"]);
  const kase = tree.children.at(-2);
  assert.equal(kase?.type === "reportCase" && kase.children.length, 3);
});

test("a reference to an unknown record falls back to a paragraph of its text", () => {
  const report = { ...fixtureReport(), body: [block({ kind: "table", ref: "tbl-9", text: "表9 缺失" })] };
  const [node] = blocksToMdast(report).children;
  assert.deepEqual(node, {
    type: "paragraph",
    children: [{ type: "text", value: "表9 缺失" }],
    position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
  });
});

test("positions keep the source lines", () => {
  const [node] = blocksToMdast({ ...fixtureReport(), body: [block({ line: 7, endLine: 9, text: "x" })] }).children;
  assert.deepEqual(node?.position, { start: { line: 7, column: 1 }, end: { line: 9, column: 1 } });
});
