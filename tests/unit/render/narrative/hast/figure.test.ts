import assert from "node:assert/strict";
import { test } from "node:test";

import type { Figure } from "../../../../../src/model/index.ts";
import { FIGURE_NOTE, figureToHast } from "../../../../../src/render/narrative/hast/figure.ts";

test("a figure says where it stands that the text has no image: caption first, then the note", () => {
  const figure = { id: "fig-1-1", number: "1-1", caption: "招生人数变化" } as Figure;
  const node = figureToHast(figure);
  assert.deepEqual(
    node.children.map((c) => (c.type === "element" ? c.tagName : c.type)),
    ["figcaption", "p"],
  );
  const note = node.children[1];
  assert.ok(note?.type === "element");
  assert.deepEqual(note.properties["className"], ["note"]);
  assert.deepEqual(note.children, [{ type: "text", value: FIGURE_NOTE }]);
  assert.match(FIGURE_NOTE, /原报告此处为图片，文本中无图像/);
});
