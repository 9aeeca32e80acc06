import { type Html, markup, raw } from "../src/lib/html.ts";
import type { Case } from "../src/model/index.ts";
import { urls } from "../src/model/urls.ts";
import { caseLabel } from "../src/render/narrative/blocks/case.ts";
import type { Noticed } from "../src/site/eleventy/site-data.ts";
import type { CaseEntry } from "../src/site/views/case-view.ts";
import { publicationText, reportShortName } from "../src/site/views/page-meta.ts";
import { headingText } from "../src/site/views/sections.ts";
import { citeBlock, citeItem, linesAndPage } from "./_lib/cite.ts";
import { contextLine } from "./_lib/context.ts";
import { reportCrumbs } from "./_lib/crumbs.ts";
import { entityList } from "./_lib/entities.ts";
import { factList, linkOr } from "./_lib/facts.ts";
import { page } from "./_lib/layout.ts";
import { pagePer } from "./_lib/part.ts";
import { seriesNav } from "./_lib/series-nav.ts";
import { updatedLine } from "./_lib/updated.ts";

interface Data {
  readonly entry: Noticed<CaseEntry>;
}

export const data = pagePer<Noticed<CaseEntry>, "entry">("site.cases", "entry", (e) => e.case.url);

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

function description(e: CaseEntry): string {
  const from = [e.report.title, publicationText(e.report)].filter(Boolean).join("，");
  return `${e.label} ${e.case.title}，出自${from}，原文第 ${e.case.line}–${e.case.endLine} 行。`;
}

/** One case on its own page: its text, where it sits in the report, and its neighbours. */
export function render({ entry: e }: Data): string {
  const c = e.case;
  const cited = citeItem(e.report, { label: e.label, path: c.url, lines: [c.line, c.endLine] });
  const body = markup`${contextLine("案例", e.report, true)}${seriesNav(e.series)}
    <h1><span class="num">${e.label}</span> ${c.title}</h1>
    ${updatedLine(e.updated)}
    <div class="case-body">${raw(e.html)}</div>
    ${factList([
      ["所属章节", sectionText(e)],
      ["报告中的位置", linkOr(e.anchorUrl, `在报告正文中查看${e.label}`)],
      ["来源", markup`<code>${e.report.source.file}</code>：${linesAndPage(cited)}`],
      ["案例库", markup`<a href="${urls.cases()}#r-${e.report.id}">本报告的全部案例</a>`],
    ])}
    ${entityList("case-schools", "案例中的学校", e.schools, "处")}
    ${citeBlock(cited)} ${pager(e)}`;
  const crumbs = [...reportCrumbs(e.report), { label: e.label }];
  const title = `${e.label} ${c.title} · ${reportShortName(e.report)}`;
  const meta = { title, description: description(e), path: c.url, ogType: "article" } as const;
  return page({ ...meta, crumbs, body, searchable: true }).value;
}
