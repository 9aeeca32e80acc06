import type { Diagnostic, Severity } from "./diagnostic.ts";

/**
 * The message catalog: every diagnostic the pipeline can emit. Rule ids never
 * change once published (users grep for them); add new ones instead.
 * Each entry says what happened and what to do about it.
 */
export const messages = {
  "file-empty": {
    severity: "error",
    text: () => "the file is empty; add the report text or remove the file",
  },
  "file-binary": {
    severity: "error",
    text: (p: { what: string; how: string }) => `the file is ${p.what}, not a text report; ${p.how}`,
  },
  "file-outside-content": {
    severity: "error",
    text: () =>
      "this is a symbolic link to something outside the content folder; it was not read (nothing outside the folder is ever published). Copy the file into the folder instead",
  },
  "encoding-gb18030": {
    severity: "info",
    text: () => "the file is not UTF-8; it was decoded as GB18030 (GBK). Save it as UTF-8 to silence this notice",
  },
  "encoding-utf16": {
    severity: "info",
    text: () =>
      'the file is UTF-16 (what Windows Notepad calls "Unicode"); it was decoded as such. Save it as UTF-8 to silence this notice',
  },
  "control-characters-removed": {
    severity: "info",
    text: (p: { count: number; lines: number }) =>
      `${p.count} control character(s) (NUL, ESC…) on ${p.lines} line(s), the first here, were removed; each is listed on the data-quality page. If text near them looks damaged, check the converter's output`,
  },
  "encoding-replacement": {
    severity: "warning",
    text: (p: { count: number }) =>
      `${p.count} byte sequence(s) could not be decoded and were replaced with U+FFFD; check the converter's output`,
  },
  "title-not-found": {
    severity: "warning",
    text: () =>
      "no report title (…质量年度报告…) was found in the first lines; the file name is used instead. Add a sidecar <name>.meta.yaml with `title:` (see README, Adding a report)",
  },
  "metadata-missing": {
    severity: "warning",
    text: (p: { field: string }) =>
      `could not determine ${p.field} from the text; set \`${p.field}:\` in a sidecar <name>.meta.yaml (see README)`,
  },
  "sidecar-invalid": {
    severity: "error",
    text: (p: { reason: string }) => `the sidecar metadata file is invalid and was ignored: ${p.reason}`,
  },
  "duplicate-report-id": {
    severity: "error",
    text: (p: { id: string; other: string; newId: string }) =>
      `this report and ${p.other} both get the id "${p.id}"; both are published under hash-suffixed ids (this one as "${p.newId}"). Set \`id:\` in a sidecar <name>.meta.yaml of one of them`,
  },
  "heading-looks-like-list-item": {
    severity: "info",
    text: (p: { number: string }) =>
      `"${p.number}" is numbered like a heading but read as a list item or run-in paragraph (not in the table of contents / out of sequence)`,
  },
  "heading-number-normalised": {
    severity: "info",
    text: (p: { printed: string; number: string }) => `heading number "${p.printed}" read as "${p.number}"`,
  },
  "toc-entry-missing-in-body": {
    severity: "warning",
    text: (p: { kind: string; number: string; title: string }) =>
      `the ${p.kind} "${p.number} ${p.title}" is listed in the table of contents but not found in the body`,
  },
  "toc-title-differs": {
    severity: "info",
    text: (p: { kind: string; number: string; toc: string; body: string }) =>
      `${p.kind} ${p.number}: the table of contents says "${p.toc}", the body says "${p.body}" (the body is used)`,
  },
  "table-body-not-found": {
    severity: "warning",
    text: (p: { number: string }) =>
      `table ${p.number} has a caption but no body (probably an image in the original); it is published as caption only`,
  },
  "table-body-displaced": {
    severity: "info",
    text: (p: { number: string; line: number }) =>
      `table ${p.number}: its body was found away from the caption, at line ${p.line}`,
  },
  "table-header-repeated": {
    severity: "info",
    text: (p: { number: string }) => `table ${p.number}: a header repeated after a page break was dropped`,
  },
  "table-row-width": {
    severity: "warning",
    text: (p: { number: string; width: number; expected: number }) =>
      `table ${p.number}: a row has ${p.width} cells where the header has ${p.expected}; it was padded or merged — check the row`,
  },
  "table-cell-joined": {
    severity: "info",
    text: (p: { number: string; text: string }) =>
      `table ${p.number}: a cell wrapped onto the next line ("${p.text}") was joined to the row above`,
  },
  "table-row-shift-repaired": {
    severity: "info",
    text: (p: { number: string; rows: number }) =>
      `table ${p.number}: ${p.rows === 1 ? "a row was" : `${p.rows} rows from here were`} printed one column to the right (a unit under the first value column); moved back under their columns`,
  },
  "table-row-shifted": {
    severity: "warning",
    text: (p: { number: string }) =>
      `table ${p.number}: a row looks printed one column to the right (a unit under a value column), but its cells do not fit one column further left; it is kept as printed — check the row`,
  },
  "table-duplicate-number": {
    severity: "warning",
    text: (p: { number: string }) =>
      `two table captions carry the number ${p.number}; the second is published with a suffixed id`,
  },
  "figure-duplicate-number": {
    severity: "warning",
    text: (p: { number: string }) =>
      `two figure captions carry the number ${p.number}; the second is published with a suffixed id`,
  },
  "case-duplicate-number": {
    severity: "warning",
    text: (p: { number: string }) =>
      `two cases carry the number ${p.number}; the second is published with a suffixed id`,
  },
  "heading-duplicate-number": {
    severity: "warning",
    text: (p: { number: string }) =>
      `two headings carry the number ${p.number}; the second is published with a suffixed id`,
  },
  "html-in-text": {
    severity: "info",
    text: () => "the text contains HTML-like markup; it is shown as text, never interpreted",
  },
  "text-unaccounted": {
    severity: "warning",
    text: (p: { missing: string }) =>
      `some characters of these lines are in no record and were not removed as an artefact ("${p.missing}"); the parser lost text here — please report it`,
  },
  "report-failed": {
    severity: "error",
    text: (p: { reason: string }) =>
      `the report could not be parsed (${p.reason}); please file an issue with this file attached`,
  },
  "school-unknown": {
    severity: "info",
    text: (p: { name: string }) =>
      `"${p.name}" looks like a school but is not in data/schools.yaml; it is published as an uncurated school. Add it there (with its aliases, district and level), or list it under notSchools`,
  },
  "school-name-cut": {
    severity: "info",
    text: (p: { printed: string; name: string }) =>
      `the table cell "${p.printed}" is the start of "${p.name}" (cut by a page break); it was read as that school`,
  },
  "indicator-conflict": {
    severity: "warning",
    text: (p: { metric: string; year: string; scope: string; values: string; valuesZh: string }) =>
      `the report gives different values for ${p.metric} (${p.year}, ${p.scope}): ${p.values}; all are published with their sources — check which one is right`,
  },
  "specialty-code-conflict": {
    severity: "warning",
    text: (p: { code: string; names: string }) =>
      `the specialty code ${p.code} is printed with different names (${p.names}); they are published as one specialty`,
  },
} as const satisfies Record<string, { severity: Severity; text: (p: never) => string }>;

export type RuleId = keyof typeof messages;
export type MessageParams<R extends RuleId> = Parameters<(typeof messages)[R]["text"]>[0];

/** A message waiting for its file name: what parse stages return. */
export interface Finding<R extends RuleId = RuleId> {
  readonly ruleId: R;
  readonly params: MessageParams<R>;
  readonly line: number;
  readonly column?: number;
}

/** Builds a catalogued finding; params are checked against the catalog entry. */
export function finding<R extends RuleId>(ruleId: R, params: MessageParams<R>, line: number, column = 1): Finding<R> {
  return { ruleId, params, line, column };
}

/** Turns a finding into a published diagnostic for `file`. */
export function toDiagnostic(file: string, f: Finding): Diagnostic {
  const entry = messages[f.ruleId] as { severity: Severity; text: (p: unknown) => string };
  const diagnostic: Diagnostic = {
    ruleId: f.ruleId,
    severity: entry.severity,
    file,
    line: f.line,
    column: f.column ?? 1,
    message: entry.text(f.params),
  };
  const params = f.params as Record<string, string | number> | undefined;
  return params && Object.keys(params).length > 0 ? { ...diagnostic, params: { ...params } } : diagnostic;
}

/** vfile-reporter style: `file` then `line:col  severity  message  rule-id`. */
export function formatDiagnostics(list: readonly Diagnostic[]): string {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of list) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const out: string[] = [];
  for (const [file, ds] of byFile) {
    out.push(file);
    for (const d of ds) out.push(`  ${d.line}:${d.column}  ${d.severity.padEnd(7)}  ${d.message}  ${d.ruleId}`);
    out.push("");
  }
  return out.join("\n");
}
