import { type Html, markup } from "../../src/lib/html.ts";
import { changesText } from "../../src/site/history/changes.ts";
import type { UpdateNotice } from "../../src/site/views/update-notice.ts";

/**
 * `更新于 2026-12-03：新增表3-2；删除案例2-1` for a corrected report (nothing for one never corrected).
 * Left out of the search index: it describes the page's history, not its content.
 */
export function updatedLine(notice: UpdateNotice | null): Html | "" {
  if (notice === null) return "";
  return markup`<p class="updated" data-pagefind-ignore>更新于 <time datetime="${notice.updatedOn}">${notice.updatedOn}</time>：${changesText(notice.changes)}</p>`;
}
