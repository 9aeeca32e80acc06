/** UTF-8 byte order mark: lets Excel open a Chinese CSV as UTF-8 instead of the local code page. */
export const BOM = "\uFEFF";

/** One RFC 4180 field: quoted when it holds a quote, comma, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180 text: fields joined by commas, every record ending in CRLF, with a BOM in front. */
export function toCsv(records: readonly (readonly string[])[]): string {
  return BOM + records.map((r) => `${r.map(csvField).join(",")}\r\n`).join("");
}
