import { readFileSync } from "node:fs";

import { type Html, markup, raw } from "../src/lib/html.ts";
import { urls } from "../src/model/urls.ts";
import type { SiteData } from "../src/site/eleventy/site-data.ts";
import { type ChapterGroup, groupCases, type ReportGroup } from "../src/site/views/case-library.ts";
import type { CaseEntry } from "../src/site/views/case-view.ts";
import { orUnknown } from "../src/site/views/labels.ts";
import { headingText } from "../src/site/views/sections.ts";
import { yearText } from "./_lib/format.ts";
import { sectionPage } from "./_lib/layout.ts";
import { singlePage } from "./_lib/part.ts";

export const data = singlePage(urls.cases());

/** Inlined, not linked: the page's only script, a few lines, no framework. */
const filterScript = readFileSync(new URL("./assets/case-filter.js", import.meta.url), "utf8");

function caseRow(e: CaseEntry): Html {
  const r = e.report;
  const section = e.section && e.section.id !== e.chapter?.id ? headingText(e.section) : "";
  return markup`<tr
    data-report="${r.id}"
    data-title="${r.title}"
    data-region="${orUnknown(r.region)}"
    data-year="${r.reportYear ?? orUnknown(null)}"
  >
    <th scope="row"><a href="${e.case.url}">${e.label}</a></th>
    <td>${e.case.title}</td>
    <td>${section}</td>
  </tr>`;
}

function chapterRows(group: ChapterGroup): Html {
  const title = group.chapter ? headingText(group.chapter) : "不在任何章节中";
  return markup`<tbody>
    <tr class="chapter">
      <th colspan="3" scope="rowgroup">${title}</th>
    </tr>
    ${group.cases.map(caseRow)}
  </tbody>`;
}

function reportSection(g: ReportGroup): Html {
  const r = g.report;
  const count = g.chapters.reduce((n, c) => n + c.cases.length, 0);
  return markup`<section class="case-group" id="r-${r.id}" data-case-group aria-labelledby="r-${r.id}-title">
    <h2 id="r-${r.id}-title"><a href="${r.url}">${r.title}</a></h2>
    <p class="group-meta">${orUnknown(r.region)} · ${yearText(r.reportYear)} · ${count} 个案例</p>
    <div class="table-scroll">
      <table class="listing case-library">
        <thead>
          <tr>
            <th scope="col">案例</th>
            <th scope="col">标题</th>
            <th scope="col">小节</th>
          </tr>
        </thead>
        ${g.chapters.map(chapterRows)}
      </table>
    </div>
  </section>`;
}

/** The case library: every case of every report, grouped by report and chapter, with an optional filter. */
export function render({ site }: { site: SiteData }): string {
  const groups = groupCases(site.cases);
  const body = markup`<h1>案例库</h1>
    <p>共 ${site.cases.length} 个案例，来自 ${groups.length} 份报告，按报告和章节分组；点击编号查看案例全文。</p>
    <nav class="jump" aria-label="按报告浏览">
      <ul>
        ${groups.map(
          (g) =>
            markup`<li><a href="#r-${g.report.id}">${g.report.title}</a>（${g.chapters.reduce((n, c) => n + c.cases.length, 0)}）</li>`,
        )}
      </ul>
    </nav>
    <div class="case-filter" id="case-filter" role="group" aria-label="筛选案例" hidden></div>
    <p id="case-count" class="case-count" aria-live="polite"></p>
    ${groups.map(reportSection)}
    <script>
      ${raw(filterScript)}
    </script>`;
  const description = `${site.cases.length} 个典型案例，来自 ${groups.length} 份职业教育质量年度报告，按报告和章节分组，可按地区、年度和报告筛选，每个案例注明原文行号。`;
  return sectionPage({
    title: "案例库",
    description,
    path: urls.cases(),
    body,
  }).value;
}
