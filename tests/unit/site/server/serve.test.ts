import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { get as httpGet } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";

import { insideRoot, serve, type Serving } from "../../../../src/site/server/serve.ts";

const PAGE = "<!doctype html><html><body><p>首页</p></body></html>";
let root: string;
let site: Serving;

before(async () => {
  root = await mkdtemp(join(tmpdir(), "serve-"));
  await mkdir(join(root, "reports", "a", "tables"), { recursive: true });
  await writeFile(join(root, "index.html"), PAGE);
  await writeFile(join(root, "404.html"), "<p>找不到</p>");
  await writeFile(join(root, "reports", "a", "index.html"), "<p>a</p>");
  await writeFile(join(root, "reports", "a", "tables", "1-1.csv"), "\uFEFF学校,人数\r\n");
  await writeFile(join(root, "x.wasm"), "wasm");
  site = await serve(root, { port: 0 });
});
after(async () => {
  await site.close();
  await rm(root, { recursive: true, force: true });
});

const get = (p: string, at: Serving = site) => fetch(new URL(p, at.url), { redirect: "manual" });

/** A page as a browser navigating to it asks for it (fetch() always says `cors`, which the dev server leaves alone). */
function navigate(url: string): Promise<string> {
  return new Promise((done, fail) => {
    httpGet(url, { headers: { "sec-fetch-mode": "navigate" } }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      res.on("end", () => done(body));
    }).on("error", fail);
  });
}

test("listens on the loopback address only", () => {
  assert.match(site.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test("pages as built: no reload script without live reload", async () => {
  const home = await get("/");
  assert.equal(home.status, 200);
  assert.match(home.headers.get("content-type") ?? "", /^text\/html/);
  assert.equal(await home.text(), PAGE);
  assert.equal(await navigate(site.url), PAGE);
});

test("folders, a missing slash, downloads, wasm", async () => {
  assert.equal(await (await get("/reports/a/")).text(), "<p>a</p>");
  const redirect = await get("/reports/a");
  assert.equal(redirect.status, 301);
  assert.equal(redirect.headers.get("location"), "/reports/a/");
  const csv = await get("/reports/a/tables/1-1.csv");
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get("content-type") ?? "", /^text\/csv/);
  assert.equal(Buffer.from(await csv.arrayBuffer()).toString("utf8"), "\uFEFF学校,人数\r\n");
  // Pagefind instantiates its wasm by streaming, which needs this content type.
  assert.equal((await get("/x.wasm")).headers.get("content-type"), "application/wasm");
});

test("a missing page gets 404.html with status 404", async () => {
  const missing = await get("/nope/");
  assert.equal(missing.status, 404);
  assert.equal(await missing.text(), "<p>找不到</p>");
});

test("a request path must stay inside the root once decoded", () => {
  assert.equal(insideRoot("/srv", "/a/b.html?x=1"), true);
  assert.equal(insideRoot("/srv", "/%E6%8A%A5%E5%91%8A/"), true);
  assert.equal(insideRoot("/srv", "/..%2f..%2fetc/passwd"), false);
  assert.equal(insideRoot("/srv", "/..%2fsrv-other/x"), false);
  assert.equal(insideRoot("/srv", "/a%00.html"), false);
  assert.equal(insideRoot("/srv", "/a%5cb"), false);
  assert.equal(insideRoot("/srv", "/%E0%A4%A"), false);
});

test("requests cannot leave the served folder, and bad ones do not stop the server", async () => {
  for (const path of ["/..%2f..%2fetc%2fpasswd", "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%E0%A4%A"]) {
    const res = await get(path);
    assert.notEqual(res.status, 200, path);
    assert.doesNotMatch(await res.text(), /root:/, path);
  }
  assert.equal((await get("/")).status, 200);
});

test("a taken port is an error, not another port", async () => {
  const port = Number(new URL(site.url).port);
  await assert.rejects(serve(root, { port }), /EADDRINUSE/);
});

test("live reload adds Eleventy's reload client to pages, and reload() reaches it", async () => {
  const live = await serve(root, { port: 0, liveReload: true });
  try {
    const html = await navigate(live.url);
    assert.match(html, /<script type="module"[^>]*reload-client\.js/);
    assert.equal((await get("/.11ty/reload-client.js", live)).status, 200);
    live.reload();
  } finally {
    await live.close();
  }
});
