import { type Html, markup, raw } from "../src/lib/html.ts";
import type { Case } from "../src/model/index.ts";
import { urls } from "../src/model/urls.ts";
import { caseLabel } from "../src/render/narrative/blocks/case.ts";
import type { CaseEntry } from "../src/site/views/case-view.ts";
import { headingText } from "../src/site/views/sections.ts";
import { contextLine } from "./_lib/context.ts";
import { reportCrumbs } from "./_lib/crumbs.ts";
import { entityList } from "./_lib/entities.ts";
import { factList, linkOr } from "./_lib/facts.ts";
import { page } from "./_lib/layout.ts";

interface Data {
  readonly entry: CaseEntry;
}

export const data = {
  pagination: { data: "site.cases", size: 1, alias: "entry" },
  permalink: (d: Data) => `${d.entry.case.url}index.html`,
};

function sectionText(e: CaseEntry): Html | string {
  if (!e.section) return "未注明";
  const chapter = e.chapter && e.chapter.id !== e.section.id ? `${headingText(e.chapter)} › ` : "";
  return markup`${chapter}${linkOr(e.sectionUrl, headingText(e.section))}`;
}

function neighbour(rel: "prev" | "next", item: Case | null): Html | string {
  if (!item) return "";
  const word = rel === "prev" ? "上一个" : "下一个";
  return markup`<li class="${rel}">
    <a href="${item.url}" rel="${rel}">${word}：${caseLabel(item)} ${item.title}</a>
  </li>`;
}

function pager(e: CaseEntry): Html | string {
  if (!e.prev && !e.next) return "";
  return markup`<nav class="pager" aria-label="相邻案例" data-pagefind-ignore>
    <ul>
      ${neighbour("prev", e.prev)} ${neighbour("next", e.next)}
    </ul>
  </nav>`;
}

/** One case on its own page: its text, where it sits in the report, and its neighbours. */
export function render({ entry: e }: Data): string {
  const c = e.case;
  const body = markup`${contextLine("案例", e.report, true)}
    <h1><span class="num">${e.label}</span> ${c.title}</h1>
    <div class="case-body">${raw(e.html)}</div>
    ${factList([
      ["所属章节", sectionText(e)],
      ["报告中的位置", linkOr(e.anchorUrl, `在报告正文中查看${e.label}`)],
      ["来源", markup`<code>${e.report.source.file}</code>：第 ${c.line}–${c.endLine} 行`],
      ["案例库", markup`<a href="${urls.cases()}#r-${e.report.id}">本报告的全部案例</a>`],
    ])}
    ${entityList("case-schools", "案例中的学校", e.schools, "处")}
    ${pager(e)}`;
  const crumbs = [...reportCrumbs(e.report), { label: e.label }];
  return page({ title: `${e.label} ${c.title}`, crumbs, body, searchable: true }).value;
}
