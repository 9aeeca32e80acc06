/**
 * The entity files of a build: `data/{schools,specialties,indicators,links}.json` (validated by the
 * zod schemas) and a CSV of each entity list. (Their JSON Schemas are in ./schema-files.ts.)
 */
import { toCsv as csvDocument } from "../../lib/csv.ts";
import type { EntityBundle } from "../../link/entities/index.ts";
import { EntityLinks, IndicatorList, SchoolList, SpecialtyList } from "../../model/index.ts";
import { dataPaths } from "../../model/urls.ts";
import { type OutputFile, toJson } from "../output.ts";

/** One CSV cell from a record value: empty for null, `a; b` for lists. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  return Array.isArray(value) ? value.join("; ") : String(value);
}

/** A CSV document (BOM, CRLF, RFC 4180) from a header and records of any values. */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return csvDocument([header, ...rows].map((r) => r.map(csvCell)));
}

/** The CSV of schools: one row per school. */
export function schoolsCsv(b: EntityBundle): string {
  return toCsv(
    [
      "id",
      "name",
      "aliases",
      "district",
      "level",
      "ownership",
      "curated",
      "reports",
      "mentions",
      "cases",
      "specialtyEvents",
    ],
    b.schools.map((s) => [
      s.id,
      s.name,
      s.aliases,
      s.district,
      s.level,
      s.ownership,
      s.curated,
      s.reports,
      s.mentions.length,
      s.cases.length,
      s.specialties.length,
    ]),
  );
}

/** The CSV of specialties: one row per event (school, report, line). */
export function specialtiesCsv(b: EntityBundle): string {
  return toCsv(
    [
      "id",
      "code",
      "name",
      "category",
      "event",
      "school",
      "printedName",
      "year",
      "duration",
      "result",
      "grade",
      "report",
      "line",
      "table",
      "row",
    ],
    b.specialties.flatMap((s) =>
      s.events.map((e) => [
        s.id,
        s.code,
        s.name,
        s.category,
        e.event,
        e.school,
        e.name,
        e.year,
        e.duration,
        e.result,
        e.grade,
        e.source.report,
        e.source.line,
        e.source.table,
        e.source.row,
      ]),
    ),
  );
}

/** The CSV of indicators: one row per fact. */
export function indicatorsCsv(b: EntityBundle): string {
  return toCsv(
    [
      "id",
      "report",
      "metric",
      "label",
      "year",
      "period",
      "value",
      "unit",
      "text",
      "scope",
      "school",
      "line",
      "table",
      "row",
      "column",
    ],
    b.indicators.map((i) => [
      i.id,
      i.report,
      i.metric,
      i.label,
      i.year,
      i.period,
      i.value,
      i.unit,
      i.text,
      i.scope.name,
      i.scope.school,
      i.source.line,
      i.source.table,
      i.source.row,
      i.source.column,
    ]),
  );
}

/** Every entity file, validated (a schema violation here is a programmer error and throws). */
export function entityFiles(b: EntityBundle): OutputFile[] {
  return [
    { path: dataPaths.entities("schools"), content: toJson(SchoolList.parse(b.schools)) },
    { path: dataPaths.entities("specialties"), content: toJson(SpecialtyList.parse(b.specialties)) },
    { path: dataPaths.entities("indicators"), content: toJson(IndicatorList.parse(b.indicators)) },
    { path: dataPaths.entities("links"), content: toJson(EntityLinks.parse(b.links)) },
    { path: dataPaths.entities("schools", "csv"), content: schoolsCsv(b) },
    { path: dataPaths.entities("specialties", "csv"), content: specialtiesCsv(b) },
    { path: dataPaths.entities("indicators", "csv"), content: indicatorsCsv(b) },
  ];
}
