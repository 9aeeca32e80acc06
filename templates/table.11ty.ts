import { type Html, markup, raw } from "../src/lib/html.ts";
import { urls } from "../src/model/urls.ts";
import { tableDownloadUrls } from "../src/site/data/table-files.ts";
import type { Noticed } from "../src/site/eleventy/site-data.ts";
import type { Citation } from "../src/site/views/citation.ts";
import { lineageNeighbours } from "../src/site/views/lineage.ts";
import { publicationText, reportShortName } from "../src/site/views/page-meta.ts";
import { headingText } from "../src/site/views/sections.ts";
import type { TableEntry } from "../src/site/views/table-view.ts";
import { citeBlock, citeItem } from "./_lib/cite.ts";
import { contextLine } from "./_lib/context.ts";
import { reportCrumbs } from "./_lib/crumbs.ts";
import { entityList } from "./_lib/entities.ts";
import { factList, linkOr } from "./_lib/facts.ts";
import { page } from "./_lib/layout.ts";
import { pagePer } from "./_lib/part.ts";
import { reportYearLabel, seriesNav, type SeriesTarget } from "./_lib/series-nav.ts";
import { updatedLine } from "./_lib/updated.ts";

interface Data {
  readonly entry: Noticed<TableEntry>;
}

export const data = pagePer<Noticed<TableEntry>, "entry">("site.tables", "entry", (e) => e.table.url);

/** `源文件 x.txt：标题第 26 行，表体第 27–32 行（第 12 页）` */
function sourceText(e: TableEntry, c: Citation): Html {
  const t = e.table;
  const body = t.bodyLines ? `，表体第 ${t.bodyLines[0]}–${t.bodyLines[1]} 行` : "，原文中没有表体";
  const page = c.page ? `（${c.page}）` : "";
  return markup`<code>${e.report.source.file}</code>：标题第 ${t.line} 行${body}${page}`;
}

/** The table's citation: caption line through its body's last line. */
function tableCitation(e: TableEntry): Citation {
  const t = e.table;
  return citeItem(e.report, { label: `表${t.number}`, path: t.url, lines: [t.line, t.bodyLines?.[1] ?? t.line] });
}

function description(e: TableEntry, size: string): string {
  const t = e.table;
  const from = [e.report.title, publicationText(e.report)].filter(Boolean).join("，");
  return `表${t.number} ${t.caption}（${size}），出自${from}。可下载 CSV 和 JSON，并注明原文行号。`;
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

/** The neighbour report's matching table (same table, another year) when there is one, else the report. */
function matchingTable(e: TableEntry): SeriesTarget {
  const near = lineageNeighbours(e.lineage, e.table.url);
  return (r, rel) => {
    const match = rel === "prev" ? near.previous : near.next;
    if (match?.report.id !== r.id) return { url: r.url, label: reportYearLabel(r) };
    return { url: match.table.url, label: `${reportYearLabel(r)} 表${match.table.number}` };
  };
}

/** 历年同表: the table in every report of its lineage, each year linked (this one marked, not linked). */
function lineageList(e: TableEntry): Html | "" {
  if (!e.lineage) return "";
  const items = e.lineage.tables.map(({ report, table }) => {
    const label = `${reportYearLabel(report)} 表${table.number} ${table.caption}`;
    return table.url === e.table.url
      ? markup`<li><span aria-current="page">${label}</span></li>`
      : markup`<li><a href="${table.url}">${label}</a></li>`;
  });
  return markup`<section class="lineage" aria-labelledby="lineage-title" data-pagefind-ignore>
    <h2 id="lineage-title">历年同表</h2>
    <ol>
      ${items}
    </ol>
  </section>`;
}

/** One table on its own page: the table itself, where it comes from, and its downloads. */
export function render({ entry: e }: Data): string {
  const t = e.table;
  const label = `表${t.number}`;
  const size = t.hasBody ? `${t.rows.length} 行 × ${t.columns.length} 列` : "仅标题，原文中此表不是文字表格";
  const cited = tableCitation(e);
  const body = markup`${contextLine("表格", e.report, true)}${seriesNav(e.series, matchingTable(e))}
    <h1><span class="num">${label}</span> ${t.caption}</h1>
    ${updatedLine(e.updated)}
    ${raw(e.html)}
    ${raw(e.chart ?? "")}
    ${factList([
      ["所属章节", e.section ? linkOr(e.sectionUrl, headingText(e.section)) : "未注明"],
      ["报告中的位置", linkOr(e.anchorUrl, `在报告正文中查看${label}`)],
      ["规模", size],
      ["来源", sourceText(e, cited)],
      ["下载", downloads(e)],
      ["数据质量", markup`<a href="${urls.quality(e.report.id)}">本报告的诊断信息</a>`],
    ])}
    ${entityList("table-schools", "表中的学校", e.schools, "行")}
    ${entityList("table-specialties", "表中的专业", e.specialties, "条记录")}${lineageList(e)}
    ${citeBlock(cited)}`;
  const crumbs = [...reportCrumbs(e.report), { label: `表 ${t.number}` }];
  const title = `${label} ${t.caption} · ${reportShortName(e.report)}`;
  const meta = { title, description: description(e, size), path: t.url, ogType: "article" } as const;
  return page({ ...meta, crumbs, body, searchable: true }).value;
}
