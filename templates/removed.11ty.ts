import { markup } from "../src/lib/html.ts";
import { urls } from "../src/model/urls.ts";
import type { RemovedEntry } from "../src/site/eleventy/site-data.ts";
import { removedSentence } from "../src/site/history/removed-pages.ts";
import { page } from "./_lib/layout.ts";
import { pagePer } from "./_lib/part.ts";

interface Data {
  readonly entry: RemovedEntry;
}

export const data = pagePer<RemovedEntry, "entry">("site.removed", "entry", (e) => e.url);

/**
 * A table or case page a corrected text no longer has: its URL keeps resolving (links and citations to it
 * stay valid) to a page that says what was there, when the correction removed it, and where to go. Kept
 * out of search engines: the report's current pages are what they should find.
 */
export function render({ entry: p }: Data): string {
  const sentence = removedSentence(p);
  const body = markup`<h1>${p.label}已删除</h1>
    <p>${sentence}</p>
    <p><a href="${urls.report(p.reportId)}">查看报告的当前版本</a></p>
    <p>报告各版本的表、案例和图见 <a href="${urls.releases()}">${urls.releases()}</a>（每个版本的日期和文本 SHA-256）。</p>`;
  const crumbs = [
    { label: "首页", url: urls.home() },
    { label: p.currentTitle ?? p.reportTitle, url: urls.report(p.reportId) },
    { label: `${p.label}（已删除）` },
  ];
  return page({
    title: `${p.label}已删除 · ${p.reportTitle}`,
    description: sentence,
    path: p.url,
    crumbs,
    body,
    head: markup`<meta name="robots" content="noindex" />`,
  }).value;
}
