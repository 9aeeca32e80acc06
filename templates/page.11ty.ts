import { markup, raw } from "../src/lib/html.ts";
import type { StaticPage } from "../src/site/views/pages.ts";
import { sectionPage } from "./_lib/layout.ts";
import { pagePer } from "./_lib/part.ts";

export const data = pagePer<StaticPage, "sitePage">("site.pages", "sitePage", (p) => p.url);

/**
 * The page's description: the text of its first paragraph (our own Markdown, rendered), or its title.
 * Tags are dropped; the head escapes the result.
 */
function description(p: StaticPage): string {
  const first = /<p>([\s\S]*?)<\/p>/.exec(p.html)?.[1];
  // A wrapped Chinese line joins without a space; other runs of white space become one.
  const text =
    first
      ?.replace(/<[^>]*>/g, "")
      .replace(/\s*\n\s*/g, "")
      .replace(/\s+/g, " ")
      .trim() ?? "";
  return text === "" ? p.title : text;
}

/** A page of the site's own, written in Markdown under content/pages/ (rendered in src/render/markdown/). */
export function render(d: { sitePage: StaticPage }): string {
  const p = d.sitePage;
  const body = markup`<article class="prose">
    <h1>${p.title}</h1>
    ${raw(p.html)}
  </article>`;
  return sectionPage({ title: p.title, description: description(p), path: p.url, body }).value;
}
