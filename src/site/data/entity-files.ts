/**
 * The entity files of a build: `data/{schools,specialties,indicators,links}.json` (validated by the
 * zod schemas), a CSV of each entity list and one CSV per indicator beside its page. (Their JSON Schemas
 * are in ./schema-files.ts.)
 */
import { vocabulary } from "../../extract/entities/data.ts";
import { toCsv as csvDocument } from "../../lib/csv.ts";
import type { EntityBundle } from "../../link/entities/index.ts";
import {
  EntityLinks,
  type Indicator,
  IndicatorList,
  type IndicatorVocabulary,
  SchoolList,
  SpecialtyList,
} from "../../model/index.ts";
import { dataPaths, outputPath, urls } from "../../model/urls.ts";
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

const CONFIDENCE: Record<Indicator["confidence"], string> = { certain: "确定", likely: "推断", uncertain: "存疑" };
const SCOPE: Record<Indicator["scope"]["kind"], string> = { region: "地区", school: "学校" };

/**
 * The CSV of indicators in Chinese, one row per fact: the metric's name (not its key), scope, year, value,
 * unit, qualifier, how sure the scope is, and where it was read (report, line, table cell, sentence).
 */
export function indicatorsCsv(list: readonly Indicator[], vocabulary: IndicatorVocabulary): string {
  return toCsv(
    [
      "指标",
      "范围",
      "范围类型",
      "年份",
      "时期",
      "数值",
      "单位",
      "限定",
      "原文数值",
      "原文标签",
      "范围可信度",
      "报告",
      "行",
      "表",
      "表行",
      "列",
      "原文句子",
      "指标键",
      "学校ID",
      "id",
    ],
    list.map((i) => [
      vocabulary.metrics[i.metric]?.name ?? i.metric,
      i.scope.name,
      SCOPE[i.scope.kind],
      i.year,
      i.period,
      i.value,
      i.unit === "ratio" ? "比值" : i.unit,
      i.qualifier,
      i.text,
      i.label,
      CONFIDENCE[i.confidence],
      i.report,
      i.source.line,
      i.source.table,
      i.source.row,
      i.source.column,
      i.sentence,
      i.metric,
      i.scope.school,
      i.id,
    ]),
  );
}

/** One CSV per metric with facts, beside its page: `/indicators/employment-rate.csv`. */
function metricCsvs(b: EntityBundle, vocabulary: IndicatorVocabulary): OutputFile[] {
  return Object.keys(vocabulary.metrics).flatMap((metric) => {
    const own = b.indicators.filter((i) => i.metric === metric);
    if (own.length === 0) return [];
    return [
      { path: outputPath(urls.download(urls.indicator(metric), "csv")), content: indicatorsCsv(own, vocabulary) },
    ];
  });
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
    { path: dataPaths.entities("indicators", "csv"), content: indicatorsCsv(b.indicators, vocabulary()) },
    ...metricCsvs(b, vocabulary()),
  ];
}
