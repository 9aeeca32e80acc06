/** Hand-made tables and indicators, bundled-report specs and the JSON-Schema check shared by the chart tests. */
import assert from "node:assert/strict";
import { createRequire } from "node:module";

import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import type { TopLevelSpec } from "vega-lite";

import type { Indicator, Table } from "../../../../src/model/index.ts";
import { decideChart } from "../../../../src/render/charts/decide.ts";
import { tableChartSpec } from "../../../../src/render/charts/spec.ts";
import { report } from "../../../helpers/parsed-corpus.ts";

/** A table record from columns and rows (one header row, lines counted from 10). */
export function makeTable(columns: string[], rows: string[][], number = "1-1", caption = "测试表"): Table {
  return {
    id: `tbl-${number}`,
    number,
    caption,
    line: 9,
    hasBody: rows.length > 0,
    bodyLines: rows.length > 0 ? [10, 10 + rows.length] : null,
    header: [columns],
    columns,
    rows,
    printed: rows,
    merges: [],
    values: [],
    rowLines: rows.map((_r, i) => 11 + i),
    note: null,
    sectionId: null,
    url: `/reports/test-report/tables/${number}/`,
  };
}

/** An indicator fact of test-report for the region, or for `school`, read off table 1-1 (line 30 = 2020). */
export function makeIndicator(year: number, value: number, school: string | null): Indicator {
  return {
    id: `ind-${year}-${school ?? "region"}`,
    report: "test-report",
    metric: "enrolment",
    label: "招生人数",
    year,
    period: null,
    value,
    unit: "人",
    ratio: null,
    text: String(value),
    scope: { kind: school ? "school" : "region", name: school, school: null },
    qualifier: null,
    confidence: "certain",
    sentence: null,
    source: { report: "test-report", line: 30 + year - 2020, table: "tbl-1-1", row: year - 2020, column: "招生人数" },
  };
}

/** The spec of table `number` of the bundled report whose file name starts with `prefix` (it must get a chart). */
export async function corpusTableSpec(prefix: string, number: string): Promise<TopLevelSpec> {
  const table = (await report(prefix)).tables.find((t) => t.number === number);
  assert.ok(table, `${prefix} 表${number}`);
  const plan = decideChart(table);
  assert.ok(plan.kind !== null);
  return tableChartSpec(table, plan.kind);
}

/**
 * Formats the schema leaves undeclared. `color-hex` is checked; the URI formats are accepted as
 * declared but not checked (they only occur in `$schema`, `href` and data `url`s, which vega-lite parses).
 */
const FORMATS = { uri: true, "uri-reference": true, "color-hex": /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i } as const;

/** The top-level definitions picked by a spec's shape; anything else is checked against `TopLevelSpec`. */
const OTHER_KINDS = ["facet", "repeat", "concat", "hconcat", "vconcat"];

let validators: Map<string, ValidateFunction> | undefined;

/**
 * The validator of one definition of `vega-lite/vega-lite-schema.json` (draft-07), compiled on first use,
 * so once per test file. `strictTypes` is off because the generated schema puts `minimum` beside `anyOf`
 * and uses union `type`s (valid JSON Schema that ajv's strict mode only warns about); the rest of strict
 * mode (unknown keywords, formats, tuples) stays on.
 */
function validator(definition: string): ValidateFunction {
  if (!validators) {
    const schema: unknown = createRequire(import.meta.url)("vega-lite/vega-lite-schema.json");
    const ajv = new Ajv({ allErrors: true, strictTypes: false, formats: FORMATS });
    ajv.addSchema(schema as object, "vega-lite");
    validators = new Map();
    for (const name of ["TopLevelSpec", "TopLevelUnitSpec", "TopLevelLayerSpec"]) {
      const validate = ajv.getSchema(`vega-lite#/definitions/${name}`);
      if (!validate) throw new Error(`vega-lite schema has no definition ${name}`);
      validators.set(name, validate);
    }
  }
  const validate = validators.get(definition);
  if (!validate) throw new Error(`no validator for ${definition}`);
  return validate;
}

/**
 * `TopLevelSpec` is an `anyOf` of the spec kinds, so its errors list every kind a spec is not. A spec
 * with `layer` can only be a layer spec and one without any composition key only a unit spec (all kinds
 * forbid other properties), so checking against that one kind gives the same verdict with only its errors.
 */
function definitionOf(spec: object): string {
  if ("layer" in spec) return "TopLevelLayerSpec";
  return OTHER_KINDS.some((k) => k in spec) ? "TopLevelSpec" : "TopLevelUnitSpec";
}

const ALTERNATIVE = new Set(["type", "const", "enum"]);

/** The values or types one error accepts (`"container"`, `number`). */
function accepted(error: ErrorObject): string[] {
  const p = error.params as { type?: string; allowedValue?: unknown; allowedValues?: unknown[] };
  if (error.keyword === "type") return [String(p.type).replaceAll(",", " or ")];
  if (error.keyword === "const") return [JSON.stringify(p.allowedValue)];
  return (p.allowedValues ?? []).map((v) => JSON.stringify(v));
}

/** One line for an error that is not an alternative: path, message, and the property it names. */
function line(error: ErrorObject): string {
  const p = error.params as { additionalProperty?: string };
  const extra = p.additionalProperty === undefined ? "" : `: ${p.additionalProperty}`;
  return `${error.instancePath || "/"} ${error.message ?? error.keyword}${extra}`;
}

/**
 * Readable lines from ajv's errors. `anyOf` summaries are dropped (their branches say why); the
 * type/const/enum errors of the branches at one path are joined into one `must be a, b or c` line, unless
 * something deeper at that path failed (then the value had a right type and the deeper error is the cause).
 */
function readable(errors: readonly ErrorObject[]): string[] {
  const kept = errors.filter((e) => e.keyword !== "anyOf");
  const explained = (path: string): boolean =>
    kept.some((e) => e.instancePath.startsWith(`${path}/`) || (e.instancePath === path && !ALTERNATIVE.has(e.keyword)));
  const alternatives = new Map<string, Set<string>>();
  const lines = new Set<string>();
  for (const error of kept) {
    if (!ALTERNATIVE.has(error.keyword)) lines.add(line(error));
    else if (!explained(error.instancePath)) {
      const set = alternatives.get(error.instancePath) ?? new Set<string>();
      for (const value of accepted(error)) set.add(value);
      alternatives.set(error.instancePath, set);
    }
  }
  for (const [path, values] of alternatives) {
    const list = [...values];
    const last = list.pop();
    lines.add(`${path || "/"} must be ${list.length > 0 ? `${list.join(", ")} or ` : ""}${last}`);
  }
  return [...lines].sort();
}

/**
 * Validates a spec against the JSON Schema shipped in the vega-lite package (`vega-lite-schema.json`).
 * Returns readable errors, `instancePath message` (empty when the spec is valid).
 */
export function schemaErrors(spec: object): string[] {
  const validate = validator(definitionOf(spec));
  return validate(spec) ? [] : readable(validate.errors ?? []);
}
