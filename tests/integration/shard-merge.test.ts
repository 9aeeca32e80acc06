/**
 * Builds that do not start from nothing give the site a clean build gives, byte for byte (search index
 * included), through the real command (`build`, as `npm run build` runs it):
 * - incremental: a site of the bundled reports built with a cache folder, then next year's text of one
 *   region added and built again with the same (warm) cache;
 * - sharded (README "Scaling out"): the same content built as report shards 1/2 and 2/2 and a merge.
 * The reference is a clean build of the same content with a fresh cache.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { build, type CliBuildOptions } from "../../src/cli/build.ts";
import { nextYear } from "../../src/pipeline/synthetic/derive.ts";
import { listFiles } from "../../src/site/output.ts";
import { REPORTS_DIR } from "../helpers/parsed-corpus.ts";

/** 东城区 2023, whose 2024 text is derived and added, and 朝阳区 2022 (as in next-year.test.ts). */
const FOLLOWED = "004_401551532fed79cb.txt";
const OTHER = "002_c07cee56016c1eeb.txt";

let tmp: string;
const dir = (...p: string[]) => join(tmp, ...p);
const logs: string[] = [];

/** Every file of a built site: its URL and the SHA-256 of its bytes. */
async function tree(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const url of await listFiles(root, "")) {
    out.set(
      url,
      createHash("sha256")
        .update(await readFile(join(root, url)))
        .digest("hex"),
    );
  }
  return out;
}

/** The files that differ between two sites (missing on either side, or other bytes). */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const urls = new Set([...a.keys(), ...b.keys()]);
  return [...urls].filter((u) => a.get(u) !== b.get(u)).sort();
}

/**
 * Redirects across the parts: from a report's old URL (a shard writes it) to a report that may be in the
 * other shard, and from a merge URL to a report page; the merge checks every target against the whole site.
 */
const REDIRECTS = [
  { from: "/reports/old-dongcheng/", to: "/reports/dongcheng-zhongzhi-2023/" },
  { from: "/reports/old-chaoyang/", to: "/reports/dongcheng-zhongzhi-2023/" },
  { from: "/dongcheng/", to: "/reports/dongcheng-zhongzhi-2023/" },
];

const run = (content: string, out: string, cache: string, more: Partial<CliBuildOptions> = {}) =>
  build(content, {
    redirects: REDIRECTS,
    // Three reports would make one search bundle (buckets.ts); the buckets are what the parts divide.
    searchBuckets: true,
    outDir: out,
    recordsCache: join(cache, "records"),
    entitiesCache: join(cache, "entities"),
    chartCache: join(cache, "charts"),
    searchCache: join(cache, "search"),
    htmlCache: join(cache, "html"),
    pageLedger: join(cache, "pages"),
    log: (line) => logs.push(line),
    ...more,
  });

before(async () => {
  process.env.SOURCE_DATE_EPOCH = String(Date.UTC(2026, 11, 1) / 1000);
  tmp = await mkdtemp(join(tmpdir(), "shard-merge-"));
  await mkdir(dir("content", "reports"), { recursive: true });
  for (const f of [FOLLOWED, OTHER]) await copyFile(join(REPORTS_DIR, f), dir("content", "reports", f));
  const content = dir("content", "reports");
  // The site before next year's report, with the cache the incremental build then finds warm, in the
  // folder it then rebuilds (where the page ledger finds the pages to keep).
  await run(content, dir("incremental"), dir("cache-incremental"));
  const text = await readFile(join(REPORTS_DIR, FOLLOWED), "utf8");
  await writeFile(join(content, "next-year.txt"), nextYear(text, { seed: 3 }));
  await run(content, dir("incremental"), dir("cache-incremental"));
  await run(content, dir("clean"), dir("cache-clean"));
  await run(content, dir("part-1"), dir("cache-shards"), { part: { kind: "shard", index: 1, count: 2 } });
  await run(content, dir("part-2"), dir("cache-shards"), { part: { kind: "shard", index: 2, count: 2 } });
  await run(content, dir("merged"), dir("cache-shards"), {
    part: { kind: "merge" },
    parts: [dir("part-1"), dir("part-2")],
  });
});
after(() => rm(tmp, { recursive: true, force: true }));

test("adding a report and rebuilding with the warm caches gives the clean build's site", async () => {
  const clean = await tree(dir("clean"));
  assert.ok(clean.size > 500, `${clean.size} files`);
  assert.ok(
    [...clean.keys()].some((u) => u.startsWith("/pagefind/r")),
    "the search bundles are compared",
  );
  assert.deepEqual(differences(await tree(dir("incremental")), clean), []);
  // It was incremental: the second build parsed only the new text and re-indexed only some bundles.
  assert.ok(
    logs.includes("records: 1 files parsed, 2 from the cache"),
    logs.filter((l) => l.startsWith("records")).join("\n"),
  );
  assert.ok(
    logs.includes("entities: 1 reports detected, 2 from the cache"),
    logs.filter((l) => l.startsWith("entities:")).join("\n"),
  );
  const search = logs.filter((l) => l.startsWith("search index"));
  const [, indexed, cached, keptBundles] =
    /\((\d+) indexed, (\d+) from the cache, (\d+) kept from the previous build\)/.exec(search[1] ?? "") ?? [];
  assert.ok(Number(indexed) > 0 && Number(cached) + Number(keptBundles) > 0, search.join("\n"));
  // Pages of the other region's report were moved over, not rendered again; the followed report's were
  // rendered again (their series now has a next year), which the comparison with the clean build checks.
  const kept = logs.filter((l) => l.startsWith("pages:"));
  assert.equal(kept[0], "pages: 0 kept from the previous build");
  assert.match(kept[1] ?? "", /^pages: [1-9]\d* kept from the previous build$/, kept.join("\n"));
});

test("two report shards and a merge give the one-shot build's site", async () => {
  const [one, two] = [await tree(dir("part-1")), await tree(dir("part-2"))];
  for (const part of [one, two]) {
    assert.ok(
      [...part.keys()].some((u) => /^\/reports\/[^/]+\/index\.html$/.test(u)),
      "a shard renders report pages",
    );
    assert.ok(
      [...part.keys()].some((u) => /^\/pagefind\/r[0-9a-f]+\/pagefind-entry\.json$/.test(u)),
      "and indexes them",
    );
    assert.ok(!part.has("/index.html") && !part.has("/data/index.json"), "the merge's files are not in a shard");
  }
  assert.deepEqual(
    [...one.keys()].filter((u) => two.has(u)),
    [],
    "the shards write disjoint files",
  );
  assert.deepEqual(differences(await tree(dir("merged")), await tree(dir("clean"))), []);
});

test("a merge refuses a shard passed twice and a folder that is not a shard", async () => {
  const content = dir("content", "reports");
  const merge = (parts: string[]) =>
    run(content, dir("refused"), dir("cache-shards"), { part: { kind: "merge" }, parts, search: false });
  await assert.rejects(merge([dir("part-1"), dir("part-1")]), /is in both .*pass each shard once/);
  await assert.rejects(merge([dir("clean")]), /belongs to the merge, not to a shard: build .* with --shard K\/N/);
  await assert.rejects(
    run(content, dir("part-1"), dir("cache-shards"), {
      part: { kind: "merge" },
      parts: [dir("part-1")],
      search: false,
    }),
    /the output folder .* is one of the parts/,
  );
});
