import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { contentType, resolvePath, serve, type Serving } from "../../../src/site/serve.ts";

let root: string;
let site: Serving;

before(async () => {
  root = await mkdtemp(join(tmpdir(), "serve-"));
  await mkdir(join(root, "reports", "a"), { recursive: true });
  await writeFile(join(root, "index.html"), "<p>首页</p>");
  await writeFile(join(root, "404.html"), "<p>找不到</p>");
  await writeFile(join(root, "reports", "a", "index.html"), "<p>a</p>");
  await writeFile(join(root, "x.wasm"), "wasm");
  site = await serve(root, 0);
});
after(async () => {
  await site.close();
  await rm(root, { recursive: true, force: true });
});

test("content types", () => {
  assert.equal(contentType("a/b.wasm"), "application/wasm");
  assert.equal(contentType("pagefind.js"), "text/javascript; charset=utf-8");
  assert.equal(contentType("style.CSS"), "text/css; charset=utf-8");
  assert.equal(contentType("t.csv"), "text/csv; charset=utf-8");
  assert.equal(contentType("index.json"), "application/json; charset=utf-8");
});

test("paths stay inside the root", () => {
  assert.equal(resolvePath("/srv", "/a/b.html?x=1"), "/srv/a/b.html");
  assert.equal(resolvePath("/srv", "/../etc/passwd"), "/srv/etc/passwd");
  assert.equal(resolvePath("/srv", "/..%2f..%2fetc/passwd"), null);
  assert.equal(resolvePath("/srv", "/a%00.html"), null);
  assert.equal(resolvePath("/srv", "/%E0%A4%A"), null);
  assert.equal(resolvePath("/srv", "/%E6%8A%A5%E5%91%8A"), "/srv/报告");
});

test("files, folders, redirects and 404s over HTTP", async () => {
  const get = (p: string) => fetch(new URL(p, site.url), { redirect: "manual" });
  const home = await get("/");
  assert.equal(home.status, 200);
  assert.equal(await home.text(), "<p>首页</p>");
  assert.equal((await get("/reports/a/")).status, 200);
  const redirect = await get("/reports/a");
  assert.equal(redirect.status, 301);
  assert.equal(redirect.headers.get("location"), "/reports/a/");
  const wasm = await get("/x.wasm");
  assert.equal(wasm.headers.get("content-type"), "application/wasm");
  const missing = await get("/nope");
  assert.equal(missing.status, 404);
  assert.equal(await missing.text(), "<p>找不到</p>");
  assert.equal((await get("/..%2f..%2fetc%2fpasswd")).status, 400);
  assert.equal((await fetch(site.url, { method: "POST" })).status, 405);
});
