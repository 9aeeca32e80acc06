import assert from "node:assert/strict";
import { test } from "node:test";

import type { Element, Root } from "hast";

import { addAnchors } from "../../../../src/render/narrative/anchors.ts";
import { h, numbered } from "../../../../src/render/narrative/hast/h.ts";

const root = (...children: Element[]): Root => ({ type: "root", children });

test("data-ref becomes id and the number span a self-link without its class", () => {
  const tree = root(h("h2", { dataRef: "sec-1" }, numbered("1", "总则")));
  assert.deepEqual(addAnchors(tree), ["sec-1"]);
  const el = tree.children[0] as Element;
  assert.equal(el.properties["id"], "sec-1");
  assert.equal(el.properties["dataRef"], undefined);
  assert.deepEqual(el.children[0], {
    type: "element",
    tagName: "a",
    properties: { href: "#sec-1" },
    children: [{ type: "text", value: "1" }],
  });
});

test("duplicate and non-ASCII refs are dropped, the element stays", () => {
  const tree = root(h("h2", { dataRef: "sec-1" }), h("h2", { dataRef: "sec-1" }), h("h2", { dataRef: "第一章" }));
  assert.deepEqual(addAnchors(tree), ["sec-1"]);
  const ids = tree.children.map((c) => (c as Element).properties["id"]);
  assert.deepEqual(ids, ["sec-1", undefined, undefined]);
});

test("a case section is labelled by its title", () => {
  const tree = root(h("section", { dataRef: "case-1" }, [h("p", {}, numbered("案例1", "标题"))]));
  addAnchors(tree);
  const section = tree.children[0] as Element;
  assert.deepEqual(section.properties["ariaLabelledBy"], ["case-1-title"]);
  assert.equal((section.children[0] as Element).properties["id"], "case-1-title");
});
