/** Hand-made tables and the schema check shared by the chart tests. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Table } from "../../../../src/model/index.ts";

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
    rowLines: rows.map((_r, i) => 11 + i),
    note: null,
    sectionId: null,
    url: `/reports/test-report/tables/${number}/`,
  };
}

interface SchemaNode {
  readonly $ref?: string;
  readonly properties?: Record<string, unknown>;
  readonly enum?: readonly string[];
}

const schemaPath = createRequire(import.meta.url).resolve("vega-lite/vega-lite-schema.json");
const definitions = (JSON.parse(readFileSync(schemaPath, "utf8")) as { definitions: Record<string, SchemaNode> })
  .definitions;

/** Property names of a schema definition (throws when the definition is missing: the check is stale). */
function props(name: string): Set<string> {
  let def = definitions[name];
  while (def?.$ref) def = definitions[def.$ref.replace("#/definitions/", "")];
  if (!def?.properties) throw new Error(`vega-lite schema has no definition ${name} with properties`);
  return new Set(Object.keys(def.properties));
}

/** Enum values of a schema definition. */
function values(name: string): Set<string> {
  const def = definitions[name];
  if (!def?.enum) throw new Error(`vega-lite schema has no enum definition ${name}`);
  return new Set(def.enum);
}

const keysOf = (value: unknown): string[] =>
  value && typeof value === "object" && !Array.isArray(value) ? Object.keys(value) : [];

/** Names in `keys` that `allowed` lacks, prefixed with where they were found. */
function unknown(where: string, keys: readonly string[], allowed: Set<string>): string[] {
  return keys.filter((k) => !allowed.has(k)).map((k) => `${where}.${k}`);
}

/** Keys a channel definition may have: position, mark-property and string (tooltip) field definitions. */
function fieldDefKeys(): Set<string> {
  const names = [
    "PositionFieldDef",
    "FieldOrDatumDefWithCondition<MarkPropFieldDef,(Gradient|string|null)>",
    "StringFieldDef",
  ];
  return new Set(names.flatMap((n) => [...props(n)]));
}

/** Checks one field definition: its keys, `type`, `axis`, `legend`, `scale`, `stack`. */
function checkFieldDef(where: string, def: Record<string, unknown>): string[] {
  const problems = unknown(where, Object.keys(def), fieldDefKeys());
  if (typeof def.type === "string" && !values("Type").has(def.type)) problems.push(`${where}.type=${def.type}`);
  problems.push(...unknown(`${where}.axis`, keysOf(def.axis), props("Axis")));
  problems.push(...unknown(`${where}.legend`, keysOf(def.legend), props("Legend")));
  problems.push(...unknown(`${where}.scale`, keysOf(def.scale), props("Scale")));
  if (typeof def.stack === "string" && !values("StackOffset").has(def.stack))
    problems.push(`${where}.stack=${def.stack}`);
  return problems;
}

/** Checks a unit (or layer member): mark type and properties, encoding channels and their definitions. */
function checkUnit(where: string, unit: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const mark = unit.mark;
  if (mark !== undefined) {
    const type = typeof mark === "string" ? mark : (mark as { type?: string }).type;
    if (!type || !values("Mark").has(type)) problems.push(`${where}.mark=${String(type)}`);
    problems.push(...unknown(`${where}.mark`, keysOf(mark), props("MarkDef")));
  }
  const encoding = (unit.encoding ?? {}) as Record<string, unknown>;
  problems.push(...unknown(`${where}.encoding`, Object.keys(encoding), props("FacetedEncoding")));
  for (const [channel, def] of Object.entries(encoding)) {
    for (const one of Array.isArray(def) ? def : [def]) {
      problems.push(...checkFieldDef(`${where}.encoding.${channel}`, one as Record<string, unknown>));
    }
  }
  return problems;
}

/**
 * What this checks against `vega-lite/build/vega-lite-schema.json` (no JSON-Schema validator is installed;
 * `compile()` catches the rest): top-level keys ⊆ TopLevelUnitSpec/TopLevelLayerSpec properties; `mark`
 * type ∈ Mark enum and its keys ⊆ MarkDef; encoding channels ⊆ FacetedEncoding; each channel definition's
 * keys ⊆ PositionFieldDef ∪ MarkPropFieldDef ∪ StringFieldDef, `type` ∈ Type enum, `axis` keys ⊆ Axis, `legend` keys ⊆
 * Legend, `scale` keys ⊆ Scale, `stack` ∈ StackOffset; `config` keys ⊆ Config, `config.axis` ⊆ AxisConfig,
 * `config.legend` ⊆ LegendConfig, `config.title` ⊆ TitleConfig, `config.locale.number` ⊆ NumberLocale.
 * Returns the paths that do not exist in the schema (empty when all do).
 */
export function schemaProblems(spec: object): string[] {
  const s = spec as Record<string, unknown>;
  const top = "layer" in s ? "TopLevelLayerSpec" : "TopLevelUnitSpec";
  const problems = unknown("spec", Object.keys(s), props(top));
  problems.push(...checkUnit("spec", s));
  for (const [i, layer] of ((s.layer ?? []) as Record<string, unknown>[]).entries()) {
    problems.push(...checkUnit(`spec.layer[${i}]`, layer));
  }
  const config = (s.config ?? {}) as Record<string, unknown>;
  problems.push(...unknown("config", Object.keys(config), props("Config")));
  problems.push(...unknown("config.axis", keysOf(config.axis), props("AxisConfig")));
  problems.push(...unknown("config.legend", keysOf(config.legend), props("LegendConfig")));
  problems.push(...unknown("config.title", keysOf(config.title), props("TitleConfig")));
  const locale = (config.locale ?? {}) as Record<string, unknown>;
  problems.push(...unknown("config.locale.number", keysOf(locale.number), props("NumberLocale")));
  return problems;
}
