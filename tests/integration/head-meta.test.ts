/**
 * Every page of the bundled reports' site says what it is in its head: a description of its own (not the site's
 * default, and no other page's) and a canonical link to its own path. The not-found page has no
 * canonical link (it is served at any missing address); redirect pages point at their target instead.
 */
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { after, before, test } from "node:test";

import { escapeHtml } from "../../src/lib/html.ts";
import { buildSite } from "../../src/site/build.ts";
import { DEFAULT_DESCRIPTION } from "../../templates/_lib/head.ts";
import { corpus } from "../helpers/parsed-corpus.ts";

let tmp: string;

/** Each built page's site path (`/reports/x/`) and its HTML. */
let pages: { path: string; html: string }[];

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), "site-head-"));
  await buildSite(await corpus(), { outDir: tmp, search: false });
  const entries = await readdir(tmp, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name === "index.html");
  pages = await Promise.all(
    files.map(async (e) => {
      const folder = relative(tmp, e.parentPath).split(sep).join("/");
      return { path: folder ? `/${folder}/` : "/", html: await readFile(join(e.parentPath, e.name), "utf8") };
    }),
  );
});
after(() => rm(tmp, { recursive: true, force: true }));

const description = (html: string) => /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? null;
const canonical = (html: string) => /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1] ?? null;
const isRedirect = (html: string) => html.includes('http-equiv="refresh"');

test("the built site has every kind of page to check", () => {
  const paths = pages.map((p) => p.path);
  const kinds = [/^\/$/, /^\/reports\/[^/]+\/$/, /\/tables\//, /\/cases\/.+/, /\/quality\//, /^\/regions\/.+/];
  for (const kind of [...kinds, /^\/schools\/.+/, /^\/specialties\/.+/, /^\/indicators\/.+/, /^\/about\/$/]) {
    assert.ok(
      paths.some((p) => kind.test(p)),
      `${kind}: ${paths.join(" ")}`,
    );
  }
});

test("every page has a canonical link to its own path", () => {
  const wrong = pages
    .filter((p) => !isRedirect(p.html) && canonical(p.html) !== p.path)
    .map((p) => `${p.path}: ${canonical(p.html) ?? "none"}`);
  assert.deepEqual(wrong, []);
});

test("every page has a description of its own: not empty, not the site's default, no other page's", () => {
  const fallback = escapeHtml(DEFAULT_DESCRIPTION);
  const seen = new Map<string, string>();
  const wrong: string[] = [];
  for (const p of pages.filter((x) => !isRedirect(x.html))) {
    const text = description(p.html);
    if (!text?.trim() || text === fallback) wrong.push(`${p.path}: ${text === null ? "none" : "the default"}`);
    else if (seen.has(text)) wrong.push(`${p.path}: the same as ${seen.get(text)}`);
    else seen.set(text, p.path);
  }
  assert.deepEqual(wrong, []);
});

test("the not-found page describes itself and claims no address", async () => {
  const html = await readFile(join(tmp, "404.html"), "utf8");
  assert.match(description(html) ?? "", /找不到该页面/);
  assert.equal(canonical(html), null);
});
