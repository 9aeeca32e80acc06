import { markup } from "../src/lib/html.ts";
import type { Artefact, Diagnostic } from "../src/model/index.ts";
import { diagnosticMessageZh } from "../src/model/messages-zh.ts";
import { urls } from "../src/model/urls.ts";
import type { PlacedReference } from "../src/render/narrative/references/plugin.ts";
import type { ReportPage } from "../src/site/eleventy/site-data.ts";
import { artefactText } from "../src/site/views/artefacts.ts";
import { artefactLabel, severityLabel } from "../src/site/views/labels.ts";
import { reportCrumbs } from "./_lib/crumbs.ts";
import { dataTable } from "./_lib/data-table.ts";
import { page } from "./_lib/layout.ts";
import { pagePer } from "./_lib/part.ts";
import { reportYearLabel, seriesNav } from "./_lib/series-nav.ts";

interface Data {
  readonly entry: ReportPage;
}

export const data = pagePer<ReportPage, "entry">("site.reports", "entry", (e) => urls.quality(e.report.id));

const byPlace = (a: Diagnostic, b: Diagnostic) => a.line - b.line || a.column - b.column;

/** The Chinese message; the English one, marked as such, when the record lacks the params to say it. */
function messageCell(d: Diagnostic) {
  const text = diagnosticMessageZh(d);
  return text === d.message ? markup`<span lang="en">${text}</span>` : text;
}

function diagnosticsTable(list: readonly Diagnostic[], caption = "诊断信息") {
  if (list.length === 0) return markup`<p>没有${caption}。</p>`;
  const rows = [...list].sort(byPlace).map(
    (d) =>
      markup`<tr class="sev-${d.severity}">
        <td>${d.line}:${d.column}</td>
        <td>${severityLabel[d.severity]}</td>
        <td>${messageCell(d)} <code class="rule">${d.ruleId}</code></td>
      </tr>`,
  );
  // The rule id stays, small, after the Chinese sentence: what to search for in the README or an issue.
  const columns = ["行:列", "级别", "说明（规则）"];
  return dataTable({ className: "diagnostics", caption: `${caption}（${list.length} 条）`, columns, rows });
}

function artefactsTable(list: readonly Artefact[]) {
  if (list.length === 0) return markup`<p>没有移除任何内容。</p>`;
  const rows = list.map(
    (a) =>
      markup`<tr>
        <td>${a.line}</td>
        <td>${artefactLabel[a.kind]}</td>
        <td><code>${artefactText(a)}</code></td>
      </tr>`,
  );
  return dataTable({ caption: `移除的版面内容（${list.length} 处）`, columns: ["行", "类型", "原文"], rows });
}

const KIND_LABEL: Record<PlacedReference["kind"], string> = { table: "表格", figure: "图", case: "案例" };

function referencesSection(list: readonly PlacedReference[]) {
  const missing = list.filter((r) => r.url === null);
  const summary = markup`<p>
    正文段落中共有 ${list.length} 处引用（如“见表1-1”“如图2-1”“见案例2-1”）：${list.length - missing.length}
    处已链接到对应的表格、图或案例，${missing.length} 处指向本报告中没有的条目，保留为文字。
  </p>`;
  if (missing.length === 0) return summary;
  const rows = missing.map(
    (r) =>
      markup`<tr>
        <td>${r.line ?? ""}</td>
        <td>${r.text}</td>
        <td>本报告中没有编号为 ${r.number} 的${KIND_LABEL[r.kind]}</td>
      </tr>`,
  );
  return markup`${summary}
    <div class="table-scroll">
      <table>
        <caption>
          未能链接的引用（${missing.length} 处）
        </caption>
        <thead>
          <tr>
            <th scope="col">段落起始行</th>
            <th scope="col">引用</th>
            <th scope="col">原因</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>`;
}

function severityCounts(list: readonly Diagnostic[]): string {
  return (["error", "warning", "info"] as const)
    .map((s) => `${severityLabel[s]} ${list.filter((d) => d.severity === s).length} 条`)
    .join("，");
}

/** A report's data-quality page: its diagnostics and what was removed from the text. */
export function render({ entry: view }: Data): string {
  const r = view.report;
  const body = markup`${seriesNav(view.series, (n) => ({ url: urls.quality(n.id), label: `${reportYearLabel(n)} 数据质量` }))}<h1>数据质量：${r.title}</h1>
    <p>源文件 <code>${r.source.file}</code>：${severityCounts(r.diagnostics)}。行号与原始文本文件一致。</p>
    <section aria-labelledby="diag-title">
      <h2 id="diag-title">诊断信息</h2>
      ${diagnosticsTable(r.diagnostics)}
    </section>
    <section aria-labelledby="entity-diag-title">
      <h2 id="entity-diag-title">学校、专业与指标的诊断信息</h2>
      <p>识别学校、专业和指标时发现的问题（${severityCounts(view.entityDiagnostics)}）。</p>
      ${diagnosticsTable(view.entityDiagnostics, "学校、专业与指标的诊断信息")}
    </section>
    <section aria-labelledby="xref-title">
      <h2 id="xref-title">交叉引用</h2>
      ${referencesSection(view.references)}
    </section>
    <section aria-labelledby="artefact-title">
      <h2 id="artefact-title">移除的版面内容</h2>
      ${artefactsTable(r.artefacts)}
    </section>`;
  const crumbs = [...reportCrumbs(r), { label: "数据质量" }];
  const description = `${r.title}的数据质量：解析原文时发现的问题（${severityCounts(r.diagnostics)}）、交叉引用和移除的版面内容，均注明原文行号。`;
  return page({ title: `数据质量：${r.title}`, description, path: urls.quality(r.id), crumbs, body }).value;
}
