import { markup, raw } from "../src/lib/html.ts";
import { urls } from "../src/model/urls.ts";
import type { StaticPage } from "../src/site/views/pages.ts";
import { page } from "./_lib/layout.ts";

export const data = {
  pagination: { data: "site.pages", size: 1, alias: "sitePage" },
  permalink: (d: { sitePage: StaticPage }) => `${d.sitePage.url}index.html`,
};

/** A page of the site's own, written in Markdown under content/pages/ (rendered in src/render/markdown/). */
export function render(d: { sitePage: StaticPage }): string {
  const p = d.sitePage;
  const body = markup`<article class="prose">
    <h1>${p.title}</h1>
    ${raw(p.html)}
  </article>`;
  return page({ title: p.title, crumbs: [{ label: "首页", url: urls.home() }, { label: p.title }], body }).value;
}
