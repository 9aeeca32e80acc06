import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";

import { bucketKey, htmlHash, openSearchCache, searchFingerprint } from "../../../../src/site/search/bundle-cache.ts";

const tmp = await mkdtemp(join(tmpdir(), "search-cache-"));
after(() => rm(tmp, { recursive: true, force: true }));

const FILES = [
  { path: "pagefind-entry.json", content: new TextEncoder().encode("{}") },
  { path: "fragment/zh-cn_1a2b.pf_fragment", content: new Uint8Array([1, 2, 3]) },
];

/** A bundle as comparable values: each path with its bytes in hex. */
const bytes = (files: readonly { path: string; content: Uint8Array }[] | null) =>
  files?.map((f) => [f.path, Buffer.from(f.content).toString("hex")]) ?? null;

test("the key covers each page's URL and HTML, not the order pages come in", async () => {
  const fp = await searchFingerprint();
  const a = { url: "/a/", sha: htmlHash("<p>甲</p>") };
  const b = { url: "/b/", sha: htmlHash("<p>乙</p>") };
  assert.equal(bucketKey([a, b], fp), bucketKey([b, a], fp));
  assert.notEqual(bucketKey([a, b], fp), bucketKey([a, { ...b, sha: htmlHash("<p>丙</p>") }], fp));
  assert.notEqual(bucketKey([a, b], fp), bucketKey([a, { ...b, url: "/c/" }], fp));
  assert.notEqual(bucketKey([a, b], fp), bucketKey([a], fp));
  assert.notEqual(bucketKey([a], fp), bucketKey([a], `${fp}x`), "the code fingerprint is part of the key");
});

test("a stored bundle comes back byte for byte; a missing or damaged entry is a miss and is replaced", async () => {
  const cache = openSearchCache(join(tmp, "c"));
  assert.equal(await cache.get("k1"), null);
  await cache.put("k1", FILES);
  assert.deepEqual(bytes(await cache.get("k1")), bytes(FILES));
  await writeFile(join(tmp, "c", "k1", "files.json"), JSON.stringify(["../../etc/passwd"]));
  assert.equal(await cache.get("k1"), null, "a listing that leaves the entry is refused");
  await cache.put("k1", FILES);
  assert.deepEqual(bytes(await cache.get("k1")), bytes(FILES));
  await cache.put("k1", FILES);
  assert.deepEqual(bytes(await cache.get("k1")), bytes(FILES), "storing it again (another build) keeps it");
});
