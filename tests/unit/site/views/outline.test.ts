import assert from "node:assert/strict";
import { test } from "node:test";

import { outline } from "../../../../src/site/views/outline.ts";
import { fixtureReport } from "../../../fixtures/site/records.ts";

test("headings nest by parentId in document order; orphans become top-level", () => {
  const headings = fixtureReport().headings;
  const ids = (nodes: ReturnType<typeof outline>): unknown => nodes.map((n) => [n.heading.id, ids(n.children)]);
  assert.deepEqual(ids(outline(headings)), [
    [
      "sec-1",
      [
        ["sec-1-1", []],
        ["sec-1-2", []],
      ],
    ],
    ["sec-2", [["sec-2-1", [["sec-2-1-1", []]]]]],
  ]);
  const orphan = { ...headings[1]!, parentId: "sec-9" };
  assert.deepEqual(ids(outline([orphan])), [["sec-1-1", []]]);
});
