import assert from "node:assert/strict";
import { test } from "node:test";

import type { Artefact } from "../../../../src/model/index.ts";
import { artefactText } from "../../../../src/site/views/artefacts.ts";

const artefact = (kind: Artefact["kind"], text: string): Artefact => ({ kind, line: 3, text });

test("invisible characters are shown by code point and name, counted", () => {
  assert.equal(
    artefactText(artefact("invisible-character", "\u200B\u200B\uFEFF")),
    "U+200B 零宽空格 ×2，U+FEFF 字节顺序标记",
  );
});

test("special spaces are named; an unnamed one keeps its code point", () => {
  assert.equal(artefactText(artefact("special-space", "\u3000\u3000\u00A0")), "U+3000 全角空格 ×2，U+00A0 不换行空格");
  assert.equal(artefactText(artefact("special-space", "\u2003")), "U+2003");
});

test("other kinds show the removed text as it was", () => {
  assert.equal(artefactText(artefact("page-number", "- 12 -")), "- 12 -");
});
