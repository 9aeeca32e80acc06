import assert from "node:assert/strict";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

import type { Report } from "../../../../src/model/index.ts";
import {
  HTML_FINGERPRINTED,
  htmlFingerprint,
  htmlKey,
  openHtmlCache,
  readCachedHtml,
  writeCachedHtml,
} from "../../../../src/render/narrative/cache.ts";
import type { RenderOptions } from "../../../../src/render/narrative/index.ts";
import { nameIndex } from "../../../../src/render/narrative/names/find.ts";
import { renderReportHtml } from "../../../../src/render/narrative/report-html.ts";
import { importedModules } from "../../../helpers/imports.ts";
import { corpus } from "../../../helpers/parsed-corpus.ts";
import { withTempDir } from "../../../helpers/temp-dir.ts";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const reports = (await corpus()).reports;
const target = (id: string) => ({ id, url: `/schools/${id}/`, title: id });
const options: RenderOptions = {
  names: nameIndex([{ name: "北京市商业学校", target: target("shangye") }]),
  charts: new Map([["tbl-1-2-1", '<figure class="chart">图</figure>']]),
};

/** A fresh cache folder for one test. */
const withTemp = (run: (dir: string) => Promise<void>) => withTempDir("html-cache-", run);

/** Every bundled report through one cache (opened afresh); returns the HTML and the cache's counts. */
async function pass(dir: string, list: readonly Report[] = reports) {
  const cache = await openHtmlCache(dir);
  const html = [];
  for (const report of list) html.push(await cache.html(report, options));
  return { html, ...cache.stats };
}

test("the key changes with the report, each option and the fingerprint", () => {
  const [report] = reports;
  assert.ok(report);
  const key = htmlKey(report, options, "code-1");
  const changed: [Report, RenderOptions][] = [
    [{ ...report, title: `${report.title}。` }, options],
    [report, { ...options, names: nameIndex([{ name: "北京市商业学校", target: target("other") }]) }],
    [report, { ...options, names: nameIndex([]) }],
    [report, { charts: options.charts ?? new Map() }],
    [report, { ...options, charts: new Map([["tbl-1-2-1", "<figure>另一幅</figure>"]]) }],
    [report, { ...options, charts: new Map() }],
  ];
  for (const [r, o] of changed) assert.notEqual(htmlKey(r, o, "code-1"), key);
  assert.notEqual(htmlKey(report, options, "code-2"), key);
  assert.equal(htmlKey(structuredClone(report), { ...options }, "code-1"), key, "the same content, the same key");
});

test("a cold pass renders and stores every report as rendering would; a second pass is all hits", async () => {
  await withTemp(async (dir) => {
    const cold = await pass(dir);
    assert.deepEqual([cold.hits, cold.misses], [0, reports.length]);
    assert.deepStrictEqual(
      cold.html,
      reports.map((r) => renderReportHtml(r, options)),
    );
    assert.equal((await readdir(dir)).length, reports.length);
    const warm = await pass(dir);
    assert.deepEqual([warm.hits, warm.misses], [reports.length, 0]);
    assert.deepStrictEqual(warm.html, cold.html, "read back deep-equal");
    const narrative = warm.html.map((h) => h.narrative).join("");
    assert.ok(narrative.includes('href="/schools/shangye/"') && narrative.includes("图</figure>"), "options used");
  });
});

test("a change in one report renders only that report again", async () => {
  await withTemp(async (dir) => {
    await pass(dir);
    const [first, ...rest] = reports;
    assert.ok(first);
    const edited = { ...first, title: `${first.title}（修订）` };
    const again = await pass(dir, [edited, ...rest]);
    assert.deepEqual([again.hits, again.misses], [rest.length, 1]);
  });
});

test("a corrupt, invalid or other report's entry is a miss, and the cache writes it again", async () => {
  await withTemp(async (dir) => {
    const [report, other] = reports;
    assert.ok(report && other);
    const html = renderReportHtml(report, options);
    const key = htmlKey(report, options, await htmlFingerprint());
    const file = join(dir, `${key}.json`);
    const entry = { report: report.id, ...html };
    const bad: [string, string][] = [
      ["truncated JSON", JSON.stringify(entry).slice(0, 100)],
      ["a field of the wrong type", JSON.stringify({ ...entry, narrative: 1 })],
      ["a field too many", JSON.stringify({ ...entry, extra: "x" })],
      ["a table missing", JSON.stringify({ ...entry, tables: entry.tables.slice(1) })],
      ["another report's", JSON.stringify({ ...entry, report: other.id })],
    ];
    for (const [what, text] of bad) {
      await writeFile(file, text);
      assert.equal(await readCachedHtml(dir, key, report), null, what);
      const cache = await openHtmlCache(dir);
      assert.deepStrictEqual(await cache.html(report, options), html, what);
      assert.deepEqual([cache.stats.hits, cache.stats.misses], [0, 1], what);
      assert.deepStrictEqual(await readCachedHtml(dir, key, report), html, `${what}: written again`);
    }
    await writeCachedHtml(dir, key, report, html);
    assert.ok((await readFile(file, "utf8")).startsWith(`{"report":"${report.id}"`));
  });
});

test("each HTML returned, rendered or read back, is told with its key", async () => {
  await withTemp(async (dir) => {
    const [report] = reports;
    assert.ok(report);
    const key = htmlKey(report, options, await htmlFingerprint());
    for (const pass of ["miss", "hit"]) {
      const told: [unknown, string][] = [];
      const cache = await openHtmlCache(dir, (html, k) => told.push([html, k]));
      const html = await cache.html(report, options);
      assert.deepEqual(
        told.map(([, k]) => k),
        [key],
        pass,
      );
      assert.equal(told[0]?.[0], html, `${pass}: the object returned`);
    }
  });
});

test("no cache: every report is rendered, nothing is written", async () => {
  const cache = await openHtmlCache(null);
  const [report] = reports;
  assert.ok(report);
  assert.deepStrictEqual(await cache.html(report, options), renderReportHtml(report, options));
  assert.deepEqual([cache.stats.hits, cache.stats.misses], [0, 1]);
});

test("the fingerprint changes with the render code, the model and the data, not with site code", async () => {
  await withTemp(async (root) => {
    const put = async (path: string, text: string) => {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    };
    await put("src/render/narrative/index.ts", "export const a = 1;\n");
    await put("src/parse/table/header-spans.ts", "export const h = 1;\n");
    await put("src/parse/toc.ts", "export const t = 1;\n");
    await put("src/site/views/report-view.ts", "export const b = 1;\n");
    const first = await htmlFingerprint(root);
    await put("src/site/views/report-view.ts", "export const b = 2;\n");
    await put("src/parse/toc.ts", "export const t = 2;\n");
    assert.equal(await htmlFingerprint(root), first, "site code and other parsers render nothing");
    const seen = new Set([first]);
    for (const [path, text] of [
      ["src/render/narrative/index.ts", "export const a = 2;\n"],
      ["src/parse/table/header-spans.ts", "export const h = 2;\n"],
      ["src/model/report.ts", "export const m = 1;\n"],
      ["data/schools.yaml", "- 一所学校\n"],
      ["package-lock.json", "{}\n"],
    ] as const) {
      await put(path, text);
      const next = await htmlFingerprint(root);
      assert.ok(!seen.has(next), `${path} changed`);
      seen.add(next);
    }
  });
});

test("every module rendering imports is in the fingerprint", async () => {
  const modules = new Set([
    ...(await importedModules(join(ROOT, "src/render/narrative/report-html.ts"))),
    ...(await importedModules(join(ROOT, "src/render/narrative/cache.ts"))),
  ]);
  assert.ok(modules.size > 25, `${modules.size} modules`);
  const covered = (path: string) =>
    HTML_FINGERPRINTED.some((p) => path === join(ROOT, p) || path.startsWith(join(ROOT, p, "/")));
  assert.deepEqual(
    [...modules].filter((m) => !covered(m)),
    [],
    "add these to HTML_FINGERPRINTED in src/render/narrative/cache.ts",
  );
});
