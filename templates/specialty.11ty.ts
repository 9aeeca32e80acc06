import { markup } from "../src/lib/html.ts";
import { urls } from "../src/model/urls.ts";
import type {
  SchoolLink,
  SpecialtyEventItem,
  SpecialtyPage,
  SpecialtyYearItem,
} from "../src/site/entities/specialty-pages.ts";
import { searchTerms } from "../src/site/search/terms.ts";
import { orUnknown } from "../src/site/views/labels.ts";
import { entityContextLine } from "./_lib/context.ts";
import { dataTable } from "./_lib/data-table.ts";
import { factList, linkOr } from "./_lib/facts.ts";
import { page } from "./_lib/layout.ts";
import { pagePer } from "./_lib/part.ts";

interface Data {
  readonly entry: SpecialtyPage;
}

export const data = pagePer<SpecialtyPage, "entry">("site.specialties", "entry", (e) => e.url);

const school = (s: SchoolLink | null) => (s ? linkOr(s.url, s.name) : "全区");

function eventRow(e: SpecialtyEventItem) {
  const pair = e.pair ? markup`${school(e.pair.school)} ${e.pair.specialty}` : "";
  return markup`<tr>
    <td>${e.year ?? "未注明"}</td>
    <td>${e.event}</td>
    <th scope="row">${school(e.school)}</th>
    <td>${e.printedName}</td>
    <td>${e.duration ?? ""}</td>
    <td>${e.result ?? ""}</td>
    <td>${pair}</td>
    <td><a href="${e.source.url}">${e.source.label}</a> ${e.where}</td>
  </tr>`;
}

function yearRow(y: SpecialtyYearItem) {
  const year = y.year === null ? "未注明" : y.yearFromReport ? `${y.year}（数据年度）` : `${y.year}`;
  const schools = y.schools.map((s, i) => markup`${i > 0 ? "、" : ""}${school(s)}`);
  const sources = y.sources.map((s, i) => markup`${i > 0 ? "；" : ""}<a href="${s.url}">${s.report} · ${s.label}</a>`);
  return markup`<tr><th scope="row">${year}</th><td>${y.event}</td><td>${schools}</td><td>${sources}</td></tr>`;
}

/**
 * The specialty year by year across reports: one row per year and kind of event. Only when there are two
 * rows or more: a single row would repeat the table of its report below.
 */
function years(p: SpecialtyPage) {
  if (p.years.length < 2) return "";
  return markup`<section aria-labelledby="years-title" data-pagefind-ignore>
    <h2 id="years-title">历年记录</h2>
    ${dataTable({
      className: "entity-table",
      caption: `各年份的专业事项（${p.years.length} 行）`,
      columns: ["年份", "事项", "学校", "来源"],
      rows: p.years.map(yearRow),
    })}
  </section>`;
}

/** One specialty: code, names, category and durations, its years, then every event by report. */
export function render({ entry: p }: Data): string {
  const s = p.specialty;
  const title = s.code ? `${s.code} ${s.name}` : s.name;
  const body = markup`${entityContextLine("专业", null)}
    <h1 data-pagefind-weight="10" data-pagefind-index-attrs="data-search-terms" data-search-terms="${searchTerms(s.names)}">
      <span class="num">${s.code ?? ""}</span> ${s.name}
    </h1>
    ${factList([
      ["专业代码", s.code ?? "未注明"],
      ["名称", s.names.join("、")],
      ["专业大类", orUnknown(s.category)],
      ["学制", s.durations.length > 0 ? s.durations.map((d) => `${d} 年`).join("、") : "未注明"],
      ["学校", `${s.schools.length} 所`],
    ])}
    ${years(p)}
    ${p.groups.map(
      (g) =>
        markup`<section aria-labelledby="r-${g.report.id}" data-pagefind-ignore>
          <h2 id="r-${g.report.id}"><a href="${g.report.url}">${g.report.title}</a></h2>
          ${dataTable({
            className: "entity-table",
            caption: `${g.report.title}中的记录（${g.events.length} 条）`,
            columns: ["年份", "事项", "学校", "原文名称", "学制", "结论", "合作院校与专业", "来源"],
            rows: g.events.map(eventRow),
          })}
        </section>`,
    )}`;
  const crumbs = [{ label: "首页", url: urls.home() }, { label: "专业", url: urls.specialties() }, { label: title }];
  const description = `${title}${s.category ? `（${s.category}）` : ""}：${s.schools.length} 所学校在职业教育质量年度报告中的 ${s.events.length} 条记录，每条注明原文出处。`;
  return page({ title, description, path: p.url, crumbs, body, searchable: true }).value;
}
