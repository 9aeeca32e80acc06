import { type Html, type HtmlValue, markup } from "../../src/lib/html.ts";

/** A link when there is somewhere to go, else the plain label. */
export function linkOr(url: string | null, label: string): Html {
  return url ? markup`<a href="${url}">${label}</a>` : markup`${label}`;
}

/** Label/value pairs as a `<dl class="meta">` (the report page's metadata style). */
export function factList(rows: readonly (readonly [string, HtmlValue])[]): Html {
  return markup`<dl class="meta">
    ${rows.map(
      ([k, v]) =>
        markup`<dt>${k}</dt>
          <dd>${v}</dd>`,
    )}
  </dl>`;
}
