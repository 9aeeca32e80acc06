// The search page (/search/?q=…): the query and filters live in the URL, so a pasted link shows the same
// results. Pagefind answers the query; the entity directory embedded in the page puts exact names first.
import { excerpt, namesLine, openSearch, prepareDirectory, runQuery } from "./search-core.js";

const PAGE_SIZE = 20;
/** Pagefind filters of the indexed pages (templates/_lib/context.ts), offered when they have results. */
const FILTERS = ["类型", "报告", "地区", "年度"];

const form = document.querySelector(".search-form");
const input = form.querySelector("input[name=q]");
const list = document.querySelector(".search-results");
const status = document.querySelector(".search-status");
const filterBox = document.querySelector(".search-filters");
const more = document.querySelector(".search-more");
const directory = prepareDirectory(JSON.parse(document.getElementById("search-directory").textContent));

let pagefind = null;
/** The latest run; an older run that is still loading stops drawing. */
let run = 0;

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const esc = (text) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);

function stateFromUrl() {
  const params = new URLSearchParams(location.search);
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ""]));
  return { q: (params.get("q") ?? "").trim(), filters };
}

function urlFor(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const [name, value] of Object.entries(state.filters)) if (value) params.set(name, value);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ""}`;
}

async function loadPagefind() {
  // One load for every query; a failed load is tried again by the next query.
  pagefind ??= openSearch(form.dataset.searchIndex, (url) => import(url)).catch((error) => {
    pagefind = null;
    throw error;
  });
  return pagefind;
}

function card({ url, title, kind, report, html }) {
  const li = document.createElement("li");
  li.className = "search-result";
  li.innerHTML =
    `<h2 class="search-title"><a href="${esc(url)}">${esc(title)}</a></h2>` +
    `<p class="search-meta"><span class="kind">${esc(kind ?? "页面")}</span>` +
    `${report ? ` <span class="search-report">${esc(report)}</span>` : ""}</p>` +
    `<p class="search-excerpt">${html}</p>`;
  return li;
}

function drawFilters(state, counts) {
  filterBox.replaceChildren();
  for (const name of FILTERS) {
    const values = Object.entries(counts[name] ?? {}).filter(([v, n]) => n > 0 || v === state.filters[name]);
    if (values.length === 0) continue;
    const label = document.createElement("label");
    label.innerHTML =
      `${esc(name)} <select name="${esc(name)}"><option value="">全部</option>` +
      values.map(([v, n]) => `<option value="${esc(v)}">${esc(v)}（${n}）</option>`).join("") +
      `</select>`;
    const select = label.querySelector("select");
    select.value = state.filters[name];
    select.addEventListener("change", () => go({ ...state, filters: { ...state.filters, [name]: select.value } }));
    filterBox.append(label);
  }
  filterBox.hidden = filterBox.childElementCount === 0;
}

/** Draws the next PAGE_SIZE of Pagefind's results (their data load now), skipping the entity cards' pages. */
async function drawMore(mine, state, results, shown, from) {
  const slice = results.slice(from, from + PAGE_SIZE);
  const data = await Promise.all(slice.map((r) => r.data()));
  if (mine !== run) return;
  for (const d of data) {
    if (shown.has(d.url)) continue;
    shown.add(d.url);
    const report = d.filters?.["报告"]?.[0];
    list.append(
      card({
        url: d.url,
        title: d.meta?.title ?? d.url,
        kind: d.meta?.["类型"],
        report,
        html: excerpt(d.content ?? "", state.q, d.meta?.title ?? ""),
      }),
    );
  }
  const next = from + PAGE_SIZE;
  more.hidden = next >= results.length;
  more.onclick = () => drawMore(mine, state, results, shown, next);
}

async function show(state) {
  const mine = ++run;
  input.value = state.q;
  list.replaceChildren();
  more.hidden = true;
  if (!state.q) {
    filterBox.hidden = true;
    status.textContent = "请输入搜索词：学校、专业（名称或代码）、指标、政策用语……";
    return;
  }
  status.textContent = "正在搜索……";
  const { entities, results, filters } = await runQuery(await loadPagefind(), directory, state.q, state.filters);
  if (mine !== run) return;
  drawFilters(state, filters);
  const shown = new Set(entities.map((e) => e.url));
  for (const e of entities) list.append(card({ ...e, report: null, html: namesLine(e, state.q) }));
  const total = results.length + entities.length;
  status.textContent =
    total === 0
      ? `没有找到“${state.q}”。可以换一个更短的词，或检查错别字。`
      : `“${state.q}”：${results.length} 个页面含有这些词${entities.length > 0 ? `；名称完全相同的${entities.map((e) => e.kind).join("、")}排在最前` : ""}。`;
  await drawMore(mine, state, results, shown, 0);
}

function go(state) {
  window.history.pushState(null, "", urlFor(state));
  show(state).catch(fail);
}

function fail(error) {
  status.textContent = `搜索出错：${error?.message ?? error}`;
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  go({ q: input.value.trim(), filters: {} });
});
window.addEventListener("popstate", () => show(stateFromUrl()).catch(fail));
show(stateFromUrl()).catch(fail);
