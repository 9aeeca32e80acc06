import assert from "node:assert/strict";
import { test } from "node:test";

import { Digests } from "../../../src/lib/digest.ts";

/** A value large enough that its parts are hashed and remembered (over the 1 KB threshold). */
const large = (mark: string) => ({
  title: "北京市中等职业教育质量年度报告",
  rows: Array.from({ length: 50 }, (_, i) => ({ cell: `${mark}-${i}`, value: i })),
});

test("equal values digest alike whatever their identity; different values differently", () => {
  const d = new Digests();
  assert.equal(d.of(large("a")), d.of(large("a")));
  assert.equal(d.of({ a: [1, "x", null, true] }), d.of({ a: [1, "x", null, true] }));
  const distinct = [
    large("a"),
    large("b"),
    { a: 1 },
    { a: "1" },
    { a: [1] },
    { a: { 0: 1 } },
    { a: null },
    { a: false },
    { b: 1 },
    ["a"],
    "a",
    '"a"',
  ];
  assert.equal(new Set(distinct.map((v) => d.of(v))).size, distinct.length);
});

test("a change deep inside a shared large part changes the digest of every value holding it", () => {
  const d = new Digests();
  const shared = large("a");
  const before = d.of({ page: 1, report: shared });
  const other = large("a");
  (other.rows[49] as { value: number }).value = 1000;
  assert.notEqual(d.of({ page: 1, report: other }), before);
  assert.equal(d.of({ page: 1, report: large("a") }), before);
});

test("undefined properties are left out, as JSON leaves them out", () => {
  const d = new Digests();
  assert.equal(d.of({ a: 1, b: undefined }), d.of({ a: 1 }));
});

test("what JSON cannot hold is refused, not digested alike", () => {
  const d = new Digests();
  for (const value of [new Map([["a", 1]]), new Set([1]), new Date(0), () => 1, Number.NaN, Infinity, 1n]) {
    assert.throws(() => d.of({ value }), TypeError, String(value));
  }
  const cycle: Record<string, unknown> = { a: 1 };
  cycle.self = cycle;
  assert.throws(() => d.of(cycle), /contains itself/);
});

test("a seeded object digests as its seed, without its contents being read", () => {
  const d = new Digests();
  const [a, b] = [large("a"), large("b")];
  d.seed(a, "sha-1");
  d.seed(b, "sha-1");
  assert.equal(d.of({ report: a }), d.of({ report: b }));
  const c = large("a");
  d.seed(c, "sha-2");
  assert.notEqual(d.of({ report: c }), d.of({ report: a }));
});
