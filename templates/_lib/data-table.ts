import { type Html, type HtmlValue, markup } from "../../src/lib/html.ts";

/** A listing table's parts: its caption, column headings and rendered body rows. */
export interface DataTable {
  readonly caption: HtmlValue;
  readonly columns: readonly string[];
  readonly rows: HtmlValue;
  /** Class names of the `<table>` (the listing's look), e.g. `entity-table facts`. */
  readonly className?: string;
}

/** A scrolling `<table>` with a caption and `<th scope="col">` headings: every listing on the site. */
export function dataTable(t: DataTable): Html {
  return markup`<div class="table-scroll">
    <table${t.className ? markup` class="${t.className}"` : ""}>
      <caption>
        ${t.caption}
      </caption>
      <thead>
        <tr>
          ${t.columns.map((c) => markup`<th scope="col">${c}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${t.rows}
      </tbody>
    </table>
  </div>`;
}
