import { type Html, markup, raw } from "../src/lib/html.ts";
import { urls } from "../src/model/urls.ts";
import type { SchoolPage } from "../src/site/entities/school-pages.ts";
import { searchTerms } from "../src/site/search/terms.ts";
import { institutionLevelLabel, metricLabel, orUnknown, ownershipLabel } from "../src/site/views/labels.ts";
import { entityContextLine } from "./_lib/context.ts";
import { yearFactsTable } from "./_lib/entities.ts";
import { factList } from "./_lib/facts.ts";
import { page } from "./_lib/layout.ts";
import { pagePer } from "./_lib/part.ts";

interface Data {
  readonly entry: SchoolPage;
}

export const data = pagePer<SchoolPage, "entry">("site.schools", "entry", (e) => e.url);

/** A titled part of the page, left out of the search index (the name and aliases are what is searched). */
function part(id: string, title: string, count: number, content: Html): Html | "" {
  if (count === 0) return "";
  return markup`<section class="entity-part" aria-labelledby="${id}" data-pagefind-ignore>
    <h2 id="${id}">${title}（${count}）</h2>
    ${content}
  </section>`;
}

function mentions(p: SchoolPage): Html {
  return markup`${p.mentions.map(
    (g) =>
      markup`<h3><a href="${g.report.url}">${g.report.title}</a></h3>
        <ol class="mentions">
          ${g.mentions.map(
            (m) =>
              markup`<li>
                <a href="${m.place.url}">第 ${m.line} 行 · ${m.place.label}</a>
                <q>${m.before}<mark>${m.text}</mark>${m.after}</q>
              </li>`,
          )}
        </ol>`,
  )}`;
}

function cases(p: SchoolPage): Html {
  return markup`<ul>
    ${p.cases.map((c) => markup`<li><a href="${c.url}">${c.label} ${c.title}</a>（${c.report.title}）</li>`)}
  </ul>`;
}

function rows(p: SchoolPage): Html {
  return markup`${p.rows.map(
    (r) =>
      markup`<div class="table-scroll">
        <table class="row-excerpt">
          <caption>
            <a href="${r.url}">${r.label} ${r.caption}</a> 第 ${r.row} 行（${r.report.title}，原文第 ${r.line} 行）
          </caption>
          <thead>
            <tr>
              ${r.cells.map((c) => markup`<th scope="col">${c.column}</th>`)}
            </tr>
          </thead>
          <tbody>
            <tr>
              ${r.cells.map((c) => markup`<td>${c.value}</td>`)}
            </tr>
          </tbody>
        </table>
      </div>`,
  )}`;
}

function specialties(p: SchoolPage): Html {
  return markup`<div class="table-scroll">
    <table class="entity-table">
      <caption>
        本校的专业记录
      </caption>
      <thead>
        <tr>
          <th scope="col">专业</th>
          <th scope="col">事项</th>
          <th scope="col">来源</th>
        </tr>
      </thead>
      <tbody>
        ${p.specialties.map(
          (s) =>
            markup`<tr>
              <th scope="row"><a href="${s.url}">${s.name}</a></th>
              <td>${s.event}</td>
              <td><a href="${s.source.url}">${s.report.title} · ${s.source.label}</a>，第 ${s.line} 行</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** One school: who it is, then every place the reports name it, its cases, table rows, specialties, facts. */
export function render({ entry: p }: Data): string {
  const s = p.school;
  const curated = s.curated
    ? "已收录于学校名录（data/schools.yaml）"
    : markup`<strong class="uncurated">未收录</strong>：自动识别的校名，尚未收入学校名录（data/schools.yaml）`;
  const body = markup`${entityContextLine("学校", s.district, s.curated ? [] : ["未收录"])}
    <h1 data-pagefind-weight="10" data-pagefind-index-attrs="data-search-terms" data-search-terms="${searchTerms([s.name, ...s.aliases])}">
      ${s.name}
    </h1>
    ${factList([
      ["别名", s.aliases.length > 0 ? s.aliases.join("、") : "无"],
      ["区县", orUnknown(s.district)],
      ["层次", s.level ? institutionLevelLabel[s.level] : orUnknown(null)],
      ["办学性质", s.ownership ? ownershipLabel[s.ownership] : orUnknown(null)],
      ["名录", curated],
      ["涉及报告", `${s.reports.length} 份，共 ${s.mentions.length} 处提及`],
    ])}
    ${part("mentions-title", "报告中的提及", s.mentions.length, mentions(p))}
    ${part("cases-title", "案例", p.cases.length, cases(p))}
    ${part("rows-title", "表格中的行", p.rows.length, rows(p))}
    ${part("specialties-title", "专业", p.specialties.length, specialties(p))}
    ${part("indicators-title", "指标", p.indicators.length, markup`${raw(p.chart ?? "")}${yearFactsTable(`${s.name}的历年指标（按年份）`, p.indicators, metricLabel)}`)}`;
  const crumbs = [{ label: "首页", url: urls.home() }, { label: "学校", url: urls.schools() }, { label: s.name }];
  const description = `${s.name}${s.district ? `（${s.district}）` : ""}在 ${s.reports.length} 份职业教育质量年度报告中的 ${s.mentions.length} 处提及，以及相关案例、表格、专业和指标，每项注明原文出处。`;
  return page({ title: s.name, description, path: urls.school(s.id), crumbs, body, searchable: true }).value;
}
