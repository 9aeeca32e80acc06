import { type Html, markup, raw } from "../src/lib/html.ts";
import { urls } from "../src/model/urls.ts";
import { tableDownloadUrls } from "../src/site/data/table-files.ts";
import { headingText } from "../src/site/views/sections.ts";
import type { TableEntry } from "../src/site/views/table-view.ts";
import { contextLine } from "./_lib/context.ts";
import { reportCrumbs } from "./_lib/crumbs.ts";
import { entityList } from "./_lib/entities.ts";
import { factList, linkOr } from "./_lib/facts.ts";
import { page } from "./_lib/layout.ts";

interface Data {
  readonly entry: TableEntry;
}

export const data = {
  pagination: { data: "site.tables", size: 1, alias: "entry" },
  permalink: (d: Data) => `${d.entry.table.url}index.html`,
};

/** `源文件 x.txt：标题第 26 行，表体第 27–32 行` */
function sourceText(e: TableEntry): Html {
  const t = e.table;
  const body = t.bodyLines ? `，表体第 ${t.bodyLines[0]}–${t.bodyLines[1]} 行` : "，原文中没有表体";
  return markup`<code>${e.report.source.file}</code>：标题第 ${t.line} 行${body}`;
}

function downloads(e: TableEntry): Html {
  const long = tableDownloadUrls(e.table).long;
  const csv = e.csvUrl
    ? markup`<a href="${e.csvUrl}" download>CSV</a>（UTF-8，Excel 可直接打开；合并单元格已填充，数值为纯数字）、`
    : markup`无 CSV（此表没有表体）、`;
  const longCsv = long
    ? markup`<a href="${long}" download>长格式 CSV</a>（每个数值一行：行标签、列、数值、单位、原文、行号）、`
    : "";
  return markup`${csv}${longCsv}<a href="${e.jsonUrl}" download>JSON</a>（表格记录，含原样单元格、合并区域和数值）`;
}

/** One table on its own page: the table itself, where it comes from, and its downloads. */
export function render({ entry: e }: Data): string {
  const t = e.table;
  const label = `表${t.number}`;
  const size = t.hasBody ? `${t.rows.length} 行 × ${t.columns.length} 列` : "仅标题，原文中此表不是文字表格";
  const body = markup`${contextLine("表格", e.report, true)}
    <h1><span class="num">${label}</span> ${t.caption}</h1>
    ${raw(e.html)}
    ${raw(e.chart ?? "")}
    ${factList([
      ["所属章节", e.section ? linkOr(e.sectionUrl, headingText(e.section)) : "未注明"],
      ["报告中的位置", linkOr(e.anchorUrl, `在报告正文中查看${label}`)],
      ["规模", size],
      ["来源", sourceText(e)],
      ["下载", downloads(e)],
      ["数据质量", markup`<a href="${urls.quality(e.report.id)}">本报告的诊断信息</a>`],
    ])}
    ${entityList("table-schools", "表中的学校", e.schools, "行")}
    ${entityList("table-specialties", "表中的专业", e.specialties, "条记录")}`;
  const crumbs = [...reportCrumbs(e.report), { label: `表 ${t.number}` }];
  return page({ title: `${label} ${t.caption}`, crumbs, body, searchable: true }).value;
}
