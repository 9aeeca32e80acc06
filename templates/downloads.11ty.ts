import { groupBy } from "../src/lib/group-by.ts";
import { markup } from "../src/lib/html.ts";
import { urls } from "../src/model/urls.ts";
import { tableDownloadUrls } from "../src/site/data/table-files.ts";
import type { SiteData } from "../src/site/eleventy/site-data.ts";
import { citation, type DataFileEntry, datasetFiles, workbookEntry } from "../src/site/views/downloads.ts";
import { orUnknown } from "../src/site/views/labels.ts";
import { regionUrl } from "../src/site/views/regions.ts";
import type { ReportView } from "../src/site/views/report-view.ts";
import type { TableEntry } from "../src/site/views/table-view.ts";
import { dataTable } from "./_lib/data-table.ts";
import { factList, linkOr } from "./_lib/facts.ts";
import { yearText } from "./_lib/format.ts";
import { sectionPage } from "./_lib/layout.ts";
import { singlePage } from "./_lib/part.ts";

export const data = singlePage(urls.downloads());

function fileTable(caption: string, files: readonly DataFileEntry[]) {
  const rows = files.map(
    (f) =>
      markup`<tr>
        <th scope="row"><a href="${f.url}">${f.name}</a></th>
        <td>${f.description}</td>
      </tr>`,
  );
  return dataTable({ className: "listing files", caption, columns: ["文件", "内容"], rows });
}

function tableItem(e: TableEntry) {
  const t = e.table;
  const long = tableDownloadUrls(t).long;
  const csv = e.csvUrl
    ? markup`<a href="${e.csvUrl}">CSV</a>${long ? markup` · <a href="${long}">长格式 CSV</a>` : ""}`
    : markup`<span class="muted">无 CSV</span>`;
  return markup`<li>
    <a href="${t.url}">表${t.number}</a> ${t.caption}：${csv} · <a href="${e.jsonUrl}">JSON</a>
  </li>`;
}

/** The report's workbook, saved under a name that says which report it is. */
function workbookItem(report: ReportView["report"]) {
  const entry = workbookEntry(report);
  return entry
    ? markup`<a href="${entry.url}" download="${entry.name}">${entry.name}</a>（${entry.description}）`
    : markup`<span class="muted">没有带表体的表格</span>`;
}

function reportSection(view: ReportView, own: readonly TableEntry[], generator: string) {
  const r = view.report;
  return markup`<section class="report-data" id="r-${r.id}" aria-labelledby="r-${r.id}-title">
    <h3 id="r-${r.id}-title"><a href="${r.url}">${r.title}</a></h3>
    ${factList([
      ["地区", linkOr(regionUrl(r.region), orUnknown(r.region))],
      ["报告年度", yearText(r.reportYear)],
      [
        "报告数据",
        markup`<a href="${urls.reportData(r.id)}">${r.id}.json</a>（全部记录：章节、表格、图、案例、正文、诊断）`,
      ],
      ["表格", own.length > 0 ? `${own.length} 张，见下` : "没有表格"],
      ["Excel", workbookItem(r)],
    ])}
    ${
      own.length > 0
        ? markup`<ul class="table-files">
          ${own.map(tableItem)}
        </ul>`
        : ""
    }
    <p class="cite"><span class="cite-label">引用：</span>${citation(r, generator)}</p>
  </section>`;
}

/** The downloads page: the whole dataset, each report's files, the data formats, and how to cite. */
export function render({ site }: { site: SiteData }): string {
  const { dataset, schemas } = datasetFiles(site.dataFiles);
  const generator = site.index.generator;
  // Grouped once: filtering every table per report would cost reports × tables on this one page.
  const tablesOf = groupBy(site.tables, (t) => t.report.id);
  const body = markup`<h1>数据下载</h1>
    <p>
      本站的全部数据都可以直接下载，无需注册。数据由 <code>${generator}</code>
      从各报告的原始文本自动提取，可能有误；每份报告的数据质量页列出了提取中发现的问题。
    </p>
    <nav class="jump" aria-label="本页内容">
      <ul>
        <li><a href="#dataset">整体数据</a></li>
        <li><a href="#reports">各报告的数据与表格</a></li>
        <li><a href="#formats">数据格式</a></li>
        <li><a href="#cite">如何引用</a></li>
      </ul>
    </nav>
    <section aria-labelledby="dataset">
      <h2 id="dataset">整体数据</h2>
      ${fileTable(`整体数据文件（${dataset.length} 个）`, dataset)} ${fileTable(`JSON Schema（${schemas.length} 个）`, schemas)}
      <p>
        新增和更正的报告另见订阅源 <a href="${urls.feed()}">${urls.feed()}</a>（Atom）；各报告每个版本的日期、文本 SHA-256
        和表、案例、图见 <code>releases.json</code>。
      </p>
    </section>
    <section aria-labelledby="reports">
      <h2 id="reports">各报告的数据与表格</h2>
      <p>每份报告一个 JSON 文件和一个 Excel 工作簿；每张表格另有 JSON，有表体的表格还有 CSV 和长格式 CSV。</p>
      ${site.reports.map((v) => reportSection(v, tablesOf.get(v.report.id) ?? [], generator))}
    </section>
    <section aria-labelledby="formats">
      <h2 id="formats">数据格式</h2>
      <ul>
        <li>
          <strong>JSON</strong>：UTF-8，两格缩进。<a href="${urls.index()}">index.json</a> 列出全部报告；每份报告的
          JSON 是一条 <code>Report</code> 记录，字段见
          <a href="${urls.schema("report")}">report.schema.json</a>（JSON Schema，由程序中的 zod
          模式生成，可用于校验）。
        </li>
        <li>
          <strong>CSV</strong>：UTF-8（带 BOM，Excel 可直接打开），RFC 4180；第一行是列名，多行表头合并为“上级/下级”，之后每行一条数据。
          表格的 CSV 中，合并单元格（如每组只印一次的学校名称）已填入组内每一行；数值写成纯数字（4837.51，而非“4,837.51”），
          整列共用的单位写在列名中。
        </li>
        <li>
          <strong>长格式 CSV</strong>（<code>表号.long.csv</code>）：每个数值一行，列为 行标签、列、数值、单位、原文（单元格原样）、行号，
          便于筛选、透视和跨报告比较；比值（8.1:1）的单位记为 <code>ratio</code>，数值为前项除以后项。
        </li>
        <li>
          <strong>Excel</strong>（<code>tables.xlsx</code>）：每份报告一个工作簿，每张有表体的表格一个工作表（名为“表1-2”）。
          第一行是表题，第二行注明来源报告和原文行号，之后是原样的表头和数据；合并单元格保持合并，数值是可计算的数字
          （显示与原文一致，如 96.5%），比值（3/4、8.1:1）、代码和名称是文本；单位只印在表题或注中时，以批注标在列头。
        </li>
        <li>
          <strong>行号</strong>：记录中的 <code>line</code> 都指原始文本文件中的行（从 1 开始），与
          <code>sed -n '行号p'</code> 一致；<code>source.sha256</code> 是原始文件的 SHA-256。
        </li>
        <li><strong>网址</strong>：报告、表格和案例的网址由报告自身的编号生成，增删其他报告不会改变它们。</li>
      </ul>
    </section>
    <section aria-labelledby="cite">
      <h2 id="cite">如何引用</h2>
      <p>
        引用报告时请注明发布单位、报告标题和年份；引用本站提取的数据时，再注明提取程序的版本和源文本的
        SHA-256，它唯一确定了数据所依据的原文。各报告的引用格式见上面各报告一节，例如：
      </p>
      ${site.reports[0] ? markup`<p class="cite">${citation(site.reports[0].report, generator)}</p>` : ""}
    </section>`;
  const description =
    "全部数据的下载：报告记录（JSON）、每张表格的 CSV、长格式 CSV 和 Excel 工作簿、学校、专业和指标数据，以及 JSON Schema、数据格式说明和引用方式。";
  return sectionPage({
    title: "数据下载",
    description,
    path: urls.downloads(),
    body,
  }).value;
}
