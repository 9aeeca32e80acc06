import { markup, raw } from "../src/lib/html.ts";
import type { Case, Figure, Table } from "../src/model/index.ts";
import { urls } from "../src/model/urls.ts";
import { caseLabel } from "../src/render/narrative/blocks/case.ts";
import { workbookUrl } from "../src/site/data/workbook.ts";
import type { ReportPage } from "../src/site/eleventy/site-data.ts";
import { anchorItems, reportItem } from "../src/site/views/cite-items.ts";
import { metricLabel, orUnknown } from "../src/site/views/labels.ts";
import type { OutlineNode } from "../src/site/views/outline.ts";
import { publicationText, reportShortName } from "../src/site/views/page-meta.ts";
import { regionUrl } from "../src/site/views/regions.ts";
import type { ReportView } from "../src/site/views/report-view.ts";
import { type AnchorList, citeAnchors, citeBlock, citeItem } from "./_lib/cite.ts";
import { contextLine } from "./_lib/context.ts";
import { reportCrumbs } from "./_lib/crumbs.ts";
import { entityList } from "./_lib/entities.ts";
import { factList, linkOr, ownFactsTable, type OwnPage } from "./_lib/facts.ts";
import { levelText, yearText } from "./_lib/format.ts";
import { page } from "./_lib/layout.ts";
import { pagePer } from "./_lib/part.ts";
import { seriesNav } from "./_lib/series-nav.ts";
import { updatedLine } from "./_lib/updated.ts";
import { headlineSection, yearOverYearSection } from "./_lib/year-over-year.ts";

interface Data {
  readonly entry: ReportPage;
}

export const data = pagePer<ReportPage, "entry">("site.reports", "entry", (e) => urls.report(e.report.id));

/**
 * A link to an item of the narrative (copy it to share the place), or plain text when the item is not in
 * it. A list entry's number link has no class: the stylesheet knows it by its place.
 */
function itemLink(view: ReportView, id: string, label: string) {
  return view.anchors.includes(id) ? markup`<a href="#${id}">${label}</a>` : label;
}

function outlineList(view: ReportView, nodes: readonly OutlineNode[]): ReturnType<typeof markup> | "" {
  if (nodes.length === 0) return "";
  // No indentation inside: a long report's outline has a few hundred items.
  const items = nodes.map(
    (n) =>
      markup`<li>${itemLink(view, n.heading.id, [n.heading.number, n.heading.title].filter(Boolean).join(" "))}${outlineList(view, n.children)}</li>`,
  );
  return markup`<ol>${items}</ol>`;
}

/** The report's Excel workbook (every table a sheet), when it has tables with a body. */
const xlsxLink = (url: string | null) => (url ? markup` · <a href="${url}">Excel（全部表格）</a>` : "");

function metadata(view: ReportView) {
  const r = view.report;
  const rows: [string, ReturnType<typeof markup> | string][] = [
    ["地区", linkOr(regionUrl(r.region), orUnknown(r.region))],
    ["层级", levelText(r)],
    ["报告年度", yearText(r.reportYear)],
    ["数据年度", yearText(r.dataYear)],
    ["发布单位", orUnknown(r.publisher)],
    ["发布日期", orUnknown(r.publishedOn)],
    ["源文件", markup`<code>${r.source.file}</code>（${r.source.lines} 行，${r.source.encoding}）`],
    ["数据质量", markup`<a href="${urls.quality(r.id)}">${r.diagnostics.length} 条诊断信息</a>`],
    [
      "数据文件",
      markup`<a href="${urls.reportData(r.id)}">JSON</a>${xlsxLink(workbookUrl(r))}（全部下载见<a href="${urls.downloads()}#r-${r.id}">数据下载</a>）`,
    ],
  ];
  return factList(rows);
}

function tableItem(view: ReportView, t: Table) {
  const size = t.hasBody ? `${t.rows.length} 行 × ${t.columns.length} 列` : "仅标题";
  return markup`<li>${itemLink(view, t.id, `表${t.number}`)} <a href="${t.url}">${t.caption}</a>（${size}）</li>`;
}

function figureItem(view: ReportView, f: Figure) {
  return markup`<li>${itemLink(view, f.id, `图${f.number}`)} ${f.caption}</li>`;
}

/** A case: its number (to its place in the narrative) and its title (to its page, which gives its lines). */
function caseItem(view: ReportView, c: Case) {
  return markup`<li>${itemLink(view, c.id, caseLabel(c))} <a href="${c.url}">${c.title}</a></li>`;
}

function listSection<T>(
  id: string,
  title: string,
  items: readonly T[],
  item: (x: T) => ReturnType<typeof markup>,
  more: ReturnType<typeof markup> | "" = "",
) {
  if (items.length === 0) return "";
  return markup`<section class="items" aria-labelledby="${id}" data-pagefind-ignore>
    <h2 id="${id}">${title}（${items.length}）</h2>
    <ul>
      ${items.map(item)}
    </ul>
    ${more}
  </section>`;
}

/** The report page, for its facts table: a table or case the narrative shows is linked there. */
function ownPage(view: ReportView): OwnPage {
  const shown = new Map<string, string>();
  for (const item of [...view.report.tables, ...view.report.cases])
    if (view.anchors.includes(item.id)) shown.set(item.url, `#${item.id}`);
  return { url: view.report.url, anchorOf: (url) => shown.get(url) ?? null };
}

/** The report's own figures for its region: the chart over the years (when drawn) and every figure with its source. */
function overview(view: ReportPage) {
  const { figures } = view;
  if (figures.length === 0) return "";
  const region = view.report.region ?? "全区";
  return markup`<section class="overview" aria-labelledby="overview-title" data-pagefind-ignore>
    <h2 id="overview-title">数据概览</h2>
    <p>本报告对${region}全区（市）给出的数字，按指标和年份排列；每个数字链接到原文。各指标的页面对比所有地区和年份。</p>
    ${raw(view.overview ?? "")}
    ${ownFactsTable(`本报告给出的${region}数字（${figures.length} 个）`, figures, metricLabel, ownPage(view))}
  </section>`;
}

/** The lists whose entries link to the narrative's sections and figures: the URLs to cite them by. */
function anchorLists(view: ReportView): AnchorList[] {
  const linked = (ids: readonly string[]) => ids.some((id) => view.anchors.includes(id));
  const lists: AnchorList[] = [];
  if (linked(view.report.headings.map((h) => h.id)))
    lists.push({ href: "#outline-title", text: "目录", items: "章节" });
  if (linked(view.report.figures.map((f) => f.id))) lists.push({ href: "#list-figures", text: "图题", items: "图" });
  return lists;
}

/** One report: metadata, data overview, outline, lists of tables/figures/cases, then the narrative. */
export function render({ entry: view }: Data): string {
  const r = view.report;
  const { years } = view;
  const body = markup`${contextLine("报告", r, false)}
    <h1 data-pagefind-filter="报告">${r.title}</h1>
    ${updatedLine(view.updated)} ${metadata(view)} ${seriesNav(view.series)}
    ${headlineSection(years.headline, r.url)}
    ${overview(view)}
    ${yearOverYearSection(years.comparison, years.previous, r.url)}
    <nav class="outline" aria-labelledby="outline-title" data-pagefind-ignore>
      <h2 id="outline-title">目录</h2>
      ${outlineList(view, view.outline)}
    </nav>
    ${listSection("list-tables", "表格", r.tables, (t) => tableItem(view, t))}
    ${listSection("list-figures", "图题", r.figures, (f) => figureItem(view, f))}
    ${listSection("list-cases", "案例", r.cases, (c) => caseItem(view, c), markup`<p><a href="${urls.cases()}#r-${r.id}">在案例库中查看</a></p>`)}
    ${entityList("list-schools", "本报告涉及的学校", view.schools, "处")}
    ${entityList("list-specialties", "本报告涉及的专业", view.specialties, "条记录")}
    <article class="narrative" aria-labelledby="narrative-title">
      <h2 id="narrative-title" class="narrative-title">正文</h2>
      ${raw(view.narrative)}
    </article>
    ${citeBlock(citeItem(r, reportItem(r)), citeAnchors(r, anchorItems(r, view.anchors)[0], anchorLists(view)))}`;
  const from = publicationText(r);
  return page({
    title: reportShortName(r) === r.title ? r.title : `${r.title} · ${reportShortName(r)}`,
    description: `${r.title}${from ? `（${from}）` : ""}：章节、${r.tables.length} 张表、${r.cases.length} 个案例，每项注明原文行号，可引用、可下载。`,
    path: r.url,
    ogType: "article",
    crumbs: reportCrumbs(r, false),
    body,
    searchable: true,
  }).value;
}
