import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";

import { outputPath, urls } from "../model/urls.ts";

const ATTR = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

const unescape = (value: string) => value.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);

/** The site URL of an output file: `reports/x/index.html` → `/reports/x/`. */
export function pageUrl(file: string): string {
  const path = urls.file(file.split(sep).join("/"));
  return path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** Every `id` of an HTML text, in document order. */
export function idsOf(html: string): string[] {
  return [...html.matchAll(ID)].map((m) => unescape(m[1] ?? ""));
}

/** Every internal `href`/`src` of an HTML text (external, `data:` and `mailto:` URLs left out). */
export function internalLinks(html: string): string[] {
  return [...html.matchAll(ATTR)].map((m) => unescape(m[1] ?? "")).filter((u) => u !== "" && !EXTERNAL.test(u));
}

/**
 * Checks a built site: every internal link of every page points at a file of the output, and every
 * `#fragment` at an `id` of the target page. Returns one line per broken link (`page → link: why`).
 */
export async function checkLinks(outDir: string): Promise<string[]> {
  const pages = await htmlFiles(outDir);
  const ids = new Map<string, Set<string>>();
  for (const file of pages) ids.set(pageUrl(file), new Set(idsOf(await readFile(join(outDir, file), "utf8"))));
  const problems: string[] = [];
  for (const file of pages) {
    const from = pageUrl(file);
    for (const link of internalLinks(await readFile(join(outDir, file), "utf8"))) {
      const why = await brokenBecause(outDir, ids, new URL(link, `http://site${from}`));
      if (why) problems.push(`${from} → ${link}: ${why}`);
    }
  }
  return problems;
}

async function brokenBecause(outDir: string, ids: Map<string, Set<string>>, url: URL): Promise<string | null> {
  const path = decodeURIComponent(url.pathname);
  const info = await stat(join(outDir, outputPath(path))).catch(() => null);
  if (!info?.isFile()) return `no file ${outputPath(path)}`;
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment === "") return null;
  const targetIds = ids.get(path);
  if (!targetIds) return "a fragment on a page that is not HTML";
  return targetIds.has(fragment) ? null : `no id "${fragment}" in ${path}`;
}
