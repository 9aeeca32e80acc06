// The search page's logic without the DOM: the entity directory, the order of results and the excerpt.
// tests/browser/search-recall.test.ts imports this file in Chromium, so the test ranks exactly as the page.

/** How a typed name is compared: NFKC (full-width → half-width), lower case, no spaces. */
export function normalize(text) {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
}

/** The directory of the page (src/site/search/directory.ts) with each entry's names normalized once. */
export function prepareDirectory(entries) {
  return entries.map((e) => ({ ...e, keys: e.names.map(normalize) }));
}

/**
 * The entity pages named exactly by the query: entries whose canonical name is the query first, then
 * those with it as an alias. Pagefind ranks by words, so it cannot know that 中国戏曲学院 is one school's
 * whole name and only a part of another's; an exact name is what the reader meant.
 */
export function entityMatches(directory, query) {
  const q = normalize(query);
  if ([...q].length < 2) return [];
  const byName = directory.filter((e) => e.keys[0] === q);
  const byAlias = directory.filter((e) => !byName.includes(e) && e.keys.includes(q));
  return [...byName, ...byAlias];
}

/** Whether an entity card is shown under the chosen filters: only the 类型 filter can apply to it. */
export function entityPasses(entry, filters) {
  return Object.entries(filters).every(([name, value]) => !value || (name === "类型" && value === entry.kind));
}

/**
 * Opens the search index: the manifest (src/site/search/pagefind.ts) lists the site's Pagefind bundles,
 * one per bucket of pages; the first answers and the others are merged into it, so one query searches
 * them all. `importer` loads a module (the page passes `import`; the search bench its own). Returns null
 * when the site has no index.
 */
export async function openSearch(manifestUrl, importer) {
  const response = await fetch(manifestUrl);
  if (!response.ok) throw new Error(`${manifestUrl}: ${response.status}`);
  const { bundles } = await response.json();
  const [first, ...rest] = bundles;
  if (!first) return null;
  const pagefind = await importer(`${first}pagefind.js`);
  await pagefind.options({ basePath: first });
  await pagefind.init();
  // Merged in the manifest's order (Pagefind keeps its instances in call order), fetched side by side.
  await Promise.all(rest.map((bundle) => pagefind.mergeIndex(bundle)));
  // Loads the filter indexes (a few KB); without them Pagefind's responses carry no filter counts.
  await pagefind.filters();
  return pagefind;
}

/**
 * Runs a query (`pagefind` null: the site has no index): the entity cards (exact names) and Pagefind's response. Pagefind's results load their
 * data on demand (`result.data()`), so the page fetches only the fragments it shows.
 */
export async function runQuery(pagefind, directory, query, filters = {}) {
  const active = Object.fromEntries(Object.entries(filters).filter(([, v]) => v));
  const response = pagefind ? await pagefind.search(query, { filters: active }) : null;
  const entities = entityMatches(directory, query).filter((e) => entityPasses(e, active));
  return { entities, results: response?.results ?? [], filters: response?.filters ?? {} };
}

/** The first `limit` URLs in the order the page shows them: entity cards, then Pagefind's pages without them. */
export async function rankedUrls(pagefind, directory, query, limit = 10) {
  const { entities, results } = await runQuery(pagefind, directory, query);
  const urls = entities.map((e) => e.url);
  for (const result of results) {
    if (urls.length >= limit) break;
    const { url } = await result.data();
    if (!urls.includes(url)) urls.push(url);
  }
  return urls.slice(0, limit);
}

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/** What to highlight: the whole query when the text has it, else its words (longest first). */
function highlightTerms(lowerText, query) {
  const whole = query.trim().toLowerCase();
  if (whole && lowerText.includes(whole)) return [whole];
  const words = [...segmenter.segment(whole)].filter((s) => s.isWordLike).map((s) => s.segment);
  return [...new Set(words)].filter((w) => lowerText.includes(w)).sort((a, b) => b.length - a.length);
}

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** Escaped text with every occurrence of the terms wrapped in <mark>. */
function markTerms(text, terms) {
  if (terms.length === 0) return escapeHtml(text);
  const pattern = new RegExp(terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gi");
  let out = "";
  let at = 0;
  for (const m of text.matchAll(pattern)) {
    out += `${escapeHtml(text.slice(at, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
    at = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(at));
}

/** Excerpt length in characters (code points): the issue asks for 60–100, enough for a sentence. */
const EXCERPT = { length: 80, before: 24 };

/** The first position of any term at or after `from` (UTF-16 units), or -1. */
function firstHit(lower, terms, from) {
  const hits = terms.map((t) => lower.indexOf(t, from)).filter((i) => i >= 0);
  return hits.length > 0 ? Math.min(...hits) : -1;
}

/**
 * An excerpt of a page's text around the first hit of the query, `EXCERPT.length` characters (fewer
 * only when the text is shorter), the hit in <mark>, "…" where text was cut. Returned as HTML.
 * A hit after the page's title is preferred: the card shows the title already.
 */
export function excerpt(content, query, title = "") {
  const chars = Array.from(content.replace(/\s+/g, " ").trim());
  const text = chars.join("");
  const lower = text.toLowerCase();
  const terms = highlightTerms(lower, query);
  const titleAt = title ? lower.indexOf(title.replace(/\s+/g, " ").trim().toLowerCase()) : -1;
  const afterTitle = titleAt < 0 ? -1 : firstHit(lower, terms, titleAt + title.length);
  const hitUnits = afterTitle >= 0 ? afterTitle : Math.max(0, firstHit(lower, terms, 0));
  const hit = Array.from(text.slice(0, hitUnits)).length;
  const floor = afterTitle >= 0 ? Array.from(text.slice(0, titleAt + title.length)).length : 0;
  let start = Math.max(floor, hit - EXCERPT.before);
  const end = Math.min(chars.length, start + EXCERPT.length);
  start = Math.max(0, end - EXCERPT.length);
  const cut = chars.slice(start, end).join("");
  return `${start > 0 ? "…" : ""}${markTerms(cut, terms)}${end < chars.length ? "…" : ""}`;
}

/** An entity card's line: its other names, the one typed in <mark>. */
export function namesLine(entry, query) {
  const q = normalize(query);
  const names = entry.names.map((n) => (normalize(n) === q ? `<mark>${escapeHtml(n)}</mark>` : escapeHtml(n)));
  return `名称：${names.join("、")}`;
}
