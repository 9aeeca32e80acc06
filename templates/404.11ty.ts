import { markup } from "../src/lib/html.ts";
import { urls } from "../src/model/urls.ts";
import { sectionPage } from "./_lib/layout.ts";
import { singlePage } from "./_lib/part.ts";

export const data = singlePage(urls.notFound());

/** The page the server sends for unknown paths. */
export function render(): string {
  const body = markup`<h1>找不到该页面</h1>
    <p>请检查网址，或返回<a href="${urls.home()}">首页</a>浏览全部报告。</p>`;
  const description = "找不到该页面：请检查网址，或从首页浏览全部报告。";
  // No canonical link: this page is served for any missing address, and none of them is its own.
  return sectionPage({
    title: "找不到该页面",
    description,
    body,
  }).value;
}
