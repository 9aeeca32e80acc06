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

/**
 * Each section and figure of a report page with its own URL, folded. Only the label and the URL are
 * listed (the report's reference above gives the rest, `: 标签` after the date): a full reference per
 * anchor would add ~25 KB to a long report page.
 */
export function citeAnchors(report: CitableReport, items: readonly CitedItem[]): Html | "" {
  if (items.length === 0) return "";
  return markup`<details class="cite-anchors">
    <summary>引用本报告的章节和图（${items.length}）：在上面的格式中，日期后加“: 章节或图名”，网址换成下列网址</summary>
    <ul>
      ${items.map((item) => {
        const c = citeItem(report, item);
        return markup`<li>${item.label}${c.page ? `（${c.page}）` : ""}：${c.url}</li>`;
      })}
    </ul>
  </details>`;
}
