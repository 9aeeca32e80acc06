import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { parse as parseYaml } from "yaml";
import { z } from "zod";

import { markup } from "../lib/html.ts";
import { outputPath } from "../model/urls.ts";
import { writeFiles } from "./output.ts";

/** A site path: `/`-separated ASCII segments, no `..`, no query. */
const SITE_PATH = /^\/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)*(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\.html)?$/;

/** One moved page: `from` the old path (a folder `/a/b/` or a file `/a/b.html`), `to` the page it moved to. */
export const Redirect = z
  .object({
    from: z.string().regex(SITE_PATH, "a site path such as /old/path/"),
    to: z.string().regex(/^\/[^?\s]*$/, "a site path such as /new/path/ (a #fragment may follow)"),
  })
  .strict();
export type Redirect = z.infer<typeof Redirect>;

/** The file: a YAML list (an empty file or `[]` means no redirects). */
export const Redirects = z
  .array(Redirect)
  .nullable()
  .transform((list) => list ?? []);

/** data/redirects.yaml in the repository. */
export const redirectsFile = fileURLToPath(new URL("../../data/redirects.yaml", import.meta.url));

/** Reads and validates a redirects file; every problem is named with its place (`[2].from`). */
export async function readRedirects(path: string = redirectsFile): Promise<Redirect[]> {
  const text = await readFile(path, "utf8").catch(() => "[]");
  const parsed = Redirects.safeParse(parseYaml(text));
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `  ${i.path.map((p) => `[${String(p)}]`).join("")} ${i.message}`);
  throw new Error(`${path}: invalid redirects\n${problems.join("\n")}`);
}

/** A static redirect page: meta refresh, canonical link, and a visible link for when refresh is off. */
export function redirectPage(to: string): string {
  return `${markup`<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>页面已移动 · 职业教育质量年度报告</title>
    <link rel="canonical" href="${to}" />
    <meta http-equiv="refresh" content="0; url=${to}" />
    <meta name="robots" content="noindex" />
    <link rel="icon" href="data:," />
  </head>
  <body>
    <main>
      <h1>页面已移动</h1>
      <p>此页面已移至 <a href="${to}">${to}</a>。</p>
    </main>
  </body>
</html>`}\n`;
}

const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/** Which redirects a build writes and checks (a part of a sharded build: src/site/part.ts). */
export interface RedirectScope {
  /** Whether this build writes the page at a `from` URL; default: every one. */
  readonly owns?: (url: string) => boolean;
  /** Whether every page of the site is in the output folder, so that each `to` can be checked; default true. */
  readonly complete?: boolean;
}

/**
 * The problems of a set of redirects against a built site: collisions and duplicates among the `from`s
 * this build writes, and (when the site is complete) missing targets.
 */
async function redirectProblems(
  outDir: string,
  redirects: readonly Redirect[],
  { owns = () => true, complete = true }: RedirectScope,
): Promise<string[]> {
  const problems: string[] = [];
  const froms = new Set<string>();
  for (const { from, to } of redirects) {
    const file = outputPath(from);
    if (owns(from)) {
      if (froms.has(file)) problems.push(`redirect from ${from} is listed twice`);
      froms.add(file);
      if (await isFile(join(outDir, file)))
        problems.push(
          `redirect from ${from} collides with a real page (${file}): remove the redirect, the page exists`,
        );
    }
    const target = outputPath(to.replace(/#.*$/, ""));
    if (complete && !(await isFile(join(outDir, target))))
      problems.push(`redirect from ${from} points at ${to}, which is not a page of this build (no ${target})`);
  }
  return problems;
}

/**
 * Writes a redirect page at each `from` of a built site that `scope` owns. Fails the build, naming every
 * problem, when a `from` is a real page (a redirect must never hide one), is listed twice, or a `to` is
 * not a page (checked where the whole site is: a one-shot build or the merge, after the parts).
 */
export async function writeRedirects(
  outDir: string,
  redirects: readonly Redirect[],
  scope: RedirectScope = {},
): Promise<void> {
  const problems = await redirectProblems(outDir, redirects, scope);
  if (problems.length > 0) throw new Error(`data/redirects.yaml:\n  ${problems.join("\n  ")}`);
  const owns = scope.owns ?? (() => true);
  await writeFiles(
    outDir,
    redirects.filter((r) => owns(r.from)).map((r) => ({ path: outputPath(r.from), content: redirectPage(r.to) })),
  );
}
