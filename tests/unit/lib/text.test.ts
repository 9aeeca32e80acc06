import assert from "node:assert/strict";
import { test } from "node:test";

import {
  charLength,
  displayWidth,
  isBlank,
  isCjk,
  isHan,
  isWide,
  splitFootnoteMarker,
  squash,
  squashWithOffsets,
} from "../../../src/lib/text.ts";

test("display width: East Asian Wide and Fullwidth characters take two columns", () => {
  assert.equal(displayWidth("序号"), 4);
  assert.equal(displayWidth("92．1"), 5, "full-width point");
  assert.equal(displayWidth("ab 1"), 4);
  assert.equal(displayWidth("2024年招生1,061人（含“3+2”）"), 28, "mixed: 7 wide, 14 narrow (curly quotes are narrow)");
  assert.equal(displayWidth("\u3000"), 2, "ideographic space");
  assert.equal(displayWidth("⼀"), 2, "Kangxi radical as PDF converters print 一");
  assert.equal(displayWidth("𠀀"), 2, "supplementary-plane ideograph: one character, two columns");
  assert.equal(displayWidth("ｶ"), 1, "half-width katakana");
});

test("character classes: wide, CJK (joins without a space), Han", () => {
  assert.ok(isWide("中") && isWide("，") && !isWide("a") && !isWide("“"));
  assert.ok(isCjk("中") && isCjk("。") && isCjk("％") && !isCjk("a") && !isCjk("") && !isCjk("1"));
  assert.ok(isHan("绿") && isHan("〇") && !isHan("。") && !isHan("a"));
});

test("squash removes every kind of whitespace; squashWithOffsets maps back", () => {
  assert.equal(squash(" 北京\u3000市\u00a0劲松\t职业\n高中\ufeff"), "北京市劲松职业高中");
  const s = squashWithOffsets("劲 松\u3000职高");
  assert.equal(s.text, "劲松职高");
  assert.deepEqual(s.offsets, [0, 2, 4, 5]);
});

test("blank lines, code-point lengths, footnote marks", () => {
  assert.ok(isBlank(" \u3000\t") && !isBlank(" a"));
  assert.equal(charLength("𠀀a"), 2);
  assert.deepEqual(splitFootnoteMarker("9009 ⁶"), { text: "9009", marker: "⁶" });
  assert.deepEqual(splitFootnoteMarker("学生发展¹²"), { text: "学生发展", marker: "¹²" });
  assert.deepEqual(splitFootnoteMarker("2024"), { text: "2024", marker: null });
});
