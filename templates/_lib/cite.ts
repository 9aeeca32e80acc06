import { type Html, markup } from "../../src/lib/html.ts";
import { siteConfig } from "../../src/site/config.ts";
import { type CitableReport, type Citation, citation, type CitedItem } from "../../src/site/views/citation.ts";

/** The citation of an item with this build's site URL (null when none is set: site paths). */
export function citeItem(report: CitableReport, item: CitedItem): Citation {
  return citation(report, item, siteConfig().url);
}

/** `第 872–874 行，第 12 页`: the source lines, with the printed page beside them when the text shows it. */
export function linesAndPage(c: Citation): string {
  return [c.lines, c.page].filter(Boolean).join("，");
}

function original(c: Citation): Html | "" {
  if (c.sourceUrl === null) return "";
  return markup`<dt>原文</dt>
    <dd><a href="${c.sourceUrl}" rel="external">${c.sourceUrl}</a></dd>`;
}

function relativeNote(c: Citation): Html | "" {
  if (c.absolute) return "";
  return markup`<p class="cite-note">本站未设置公开网址，以上为站内路径；引用时请在前面加上本站网址。</p>`;
}

/** The 引用 block: a GB/T 7714 style reference, a plain line to paste, and the original's URL. */
export function citeBlock(c: Citation, more: Html | "" = ""): Html {
  return markup`<section class="cite" aria-labelledby="cite-title" data-pagefind-ignore>
    <h2 id="cite-title">引用</h2>
    <dl>
      <dt>参考文献格式（GB/T 7714）</dt>
      <dd><p class="cite-ref">${c.reference}</p></dd>
      <dt>纯文本</dt>
      <dd><p class="cite-plain">${c.plain}</p></dd>
      ${original(c)}
    </dl>
    ${relativeNote(c)} ${more}
  </section>`;
}

/** A list on the page whose entries link to the anchors to cite: `#outline-title`, 目录, of 章节. */
export interface AnchorList {
  readonly href: string;
  readonly text: string;
  /** What its entries are: 章节, 图. */
  readonly items: string;
}

/**
 * How to cite a section or figure of a report page, in one sentence: the links of the page's outline and
 * figure list (`lists`) are their URLs (the page's URL and `#anchor`), with `example`'s full URL. A list of
 * every anchor would repeat those lists (10 KB on a long report page).
 */
export function citeAnchors(
  report: CitableReport,
  example: CitedItem | undefined,
  lists: readonly AnchorList[],
): Html | "" {
  if (example === undefined || lists.length === 0) return "";
  const items = lists.map((l) => l.items).join("或");
  const where = lists.map((l, i) => markup`${i > 0 ? "或" : ""}<a href="${l.href}">${l.text}</a>`);
  return markup`<p class="cite-anchors">引用本报告的某一${items}：在上面的格式中，日期后加“: ${items}名”，网址换成它在${where}中的链接（本页网址加“#编号”，如 ${citeItem(report, example).url}）。</p>`;
}
