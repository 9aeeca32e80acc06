import assert from "node:assert/strict";
import { test } from "node:test";
import { gunzipSync, gzipSync } from "node:zlib";

import { canonicalSearchFiles } from "../../../../src/site/search/canonical.ts";
import { type CborItem, decodeCbor, encodeCbor } from "../../../../src/site/search/cbor.ts";

const text = (value: string): CborItem => ({ kind: "text", value });
const array = (...items: CborItem[]): CborItem => ({ kind: "array", items });
const uint = (n: number): CborItem => ({ kind: "raw", bytes: Uint8Array.from(n < 24 ? [n] : [24, n]) });
const SIG = Buffer.from("pagefind_dcd");
const packed = (item: CborItem) => gzipSync(Buffer.concat([SIG, encodeCbor(item)]));
const unpacked = (bytes: Uint8Array) => decodeCbor(gunzipSync(bytes).subarray(SIG.length));

test("CBOR: arrays and text decode, everything else round-trips as raw bytes", () => {
  // [ "ab", 183, true ]
  const bytes = Uint8Array.from([0x83, 0x62, 0x61, 0x62, 0x18, 0xb7, 0xf5]);
  const item = decodeCbor(bytes);
  assert.deepEqual(item.kind === "array" && item.items[0], text("ab"));
  assert.deepEqual(encodeCbor(item), bytes);
  const long = text("表".repeat(40));
  assert.deepEqual(decodeCbor(encodeCbor(long)), long);
});

/** One run's bundle: filter values and the filter list in the order a hash map gave them. */
function bundle(order: "a" | "b") {
  const kinds = [array(text("表格"), array(uint(0))), array(text("案例"), array(uint(1)))];
  const filter = array(text("类型"), array(...(order === "a" ? kinds : kinds.reverse())));
  const name = order === "a" ? "zh-cn_1111111" : "zh-cn_2222222";
  const list = [array(text("类型"), text(name)), array(text("地区"), text("zh-cn_3333333"))];
  const meta = array(text("1.5.2"), array(...(order === "a" ? list : list.reverse())));
  const region = array(text("地区"), array(array(text("北京市"), array(uint(0), uint(1)))));
  return [
    { path: `filter/${name}.pf_filter`, content: packed(filter) },
    { path: "filter/zh-cn_3333333.pf_filter", content: packed(region) },
    { path: `pagefind.zh-cn_${order.repeat(13)}.pf_meta`, content: packed(meta) },
    {
      path: "pagefind-entry.json",
      content: Buffer.from(`{"languages":{"zh-cn":{"hash":"zh-cn_${order.repeat(13)}"}}}`),
    },
  ];
}

test("filter values and the filter list are sorted, files renamed after their content", () => {
  const a = canonicalSearchFiles(bundle("a"));
  const b = canonicalSearchFiles(bundle("b"));
  assert.deepEqual(a.map((f) => f.path).sort(), b.map((f) => f.path).sort());
  for (const f of a) assert.deepEqual(Buffer.from(f.content), Buffer.from(b.find((g) => g.path === f.path)!.content));
  const kind = a.find(
    (f) =>
      unpacked(f.content).kind === "array" &&
      f.path.startsWith("filter/") &&
      JSON.stringify(unpacked(f.content)).includes("类型"),
  );
  const values = unpacked(kind!.content);
  assert.deepEqual(
    values.kind === "array" &&
      values.items[1]?.kind === "array" &&
      values.items[1].items.map((v) => v.kind === "array" && v.items[0]),
    [text("案例"), text("表格")],
  );
  const meta = a.find((f) => f.path.endsWith(".pf_meta"))!;
  const entry = new TextDecoder().decode(a.find((f) => f.path === "pagefind-entry.json")!.content);
  assert.ok(
    entry.includes(`"${meta.path.slice("pagefind.".length, -".pf_meta".length)}"`),
    "the entry names the new meta file",
  );
  const names = JSON.stringify(unpacked(meta.content));
  for (const f of a.filter((g) => g.path.startsWith("filter/"))) assert.ok(names.includes(f.path.slice(7, -10)));
});

test("files that are not Pagefind data are left alone", () => {
  const other = { path: "filter/zh-cn_1234567.pf_filter", content: Uint8Array.from([1, 2, 3]) };
  assert.deepEqual(canonicalSearchFiles([other]), [other]);
});
