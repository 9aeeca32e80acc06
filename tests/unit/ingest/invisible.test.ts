import assert from "node:assert/strict";
import { test } from "node:test";

import { hasInvisible, invisibleKind, recordedAs } from "../../../src/ingest/invisible.ts";

test("the fast test and the classification agree on every BMP code point", () => {
  for (let cp = 0; cp < 0x10000; cp++) {
    if (cp === 0x0a || cp === 0x0d || (cp >= 0xd800 && cp <= 0xdfff)) continue; // line ends never reach a line
    const ch = String.fromCodePoint(cp);
    assert.equal(hasInvisible(ch), invisibleKind(cp) !== null, `U+${cp.toString(16)}`);
  }
});

test("letters, ideographs, digits, tabs and ASCII spaces are ordinary", () => {
  for (const ch of "aZ9中文２（）\t 、") assert.equal(invisibleKind(ch.codePointAt(0) ?? 0), null, ch);
});

test("control characters are recorded as Control Pictures, the others as themselves", () => {
  assert.equal(recordedAs(0), "␀");
  assert.equal(recordedAs(0x1b), "␛");
  assert.equal(recordedAs(0x0c), "␌");
  assert.equal(recordedAs(0x7f), "␡");
  assert.equal(recordedAs(0x200b), "\u200b");
});
