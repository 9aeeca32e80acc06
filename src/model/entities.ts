import { z } from "zod";

import { Diagnostic } from "./diagnostic.ts";

const Line = z.number().int().nonnegative().describe("1-based line in the raw file, as an editor shows it");
/** An ASCII id of a school, specialty, indicator or report. */
export const EntityId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

/** Level of a school: 中职, 高职专科, 本科 or basic education. */
export const InstitutionLevel = z.enum(["secondary", "higher", "undergraduate", "basic"]);
export type InstitutionLevel = z.infer<typeof InstitutionLevel>;

/** One curated school of data/schools.yaml. */
export const GazetteerSchool = z.object({
  name: z.string().min(2),
  aliases: z.array(z.string().min(2)).default([]),
  tags: z.array(z.string().min(1)).default([]).describe("short forms matched only inside brackets: （国职）"),
  district: z.string().nullable().default(null),
  level: InstitutionLevel,
  ownership: z.enum(["public", "private"]).nullable().default(null),
  id: EntityId.optional(),
  note: z.string().optional(),
});
export type GazetteerSchool = z.infer<typeof GazetteerSchool>;

/** data/schools.yaml: the curated schools and names that look like schools but are not. */
export const Gazetteer = z.object({
  schools: z.array(GazetteerSchool),
  notSchools: z.array(z.object({ name: z.string().min(2), reason: z.string() })).default([]),
});
export type Gazetteer = z.infer<typeof Gazetteer>;

/** What a metric's values are: a count (人, 所), a share (%), a ratio (8.1:1, 元/生) or an amount of money. */
export const MetricKind = z.enum(["count", "share", "ratio", "money"]);
export type MetricKind = z.infer<typeof MetricKind>;

/** The part of the national quality-report system a metric belongs to (the index page groups by it). */
export const MetricGroup = z.enum([
  "scale",
  "teachers",
  "conditions",
  "funding",
  "quality",
  "service",
  "international",
  "structure",
]);
export type MetricGroup = z.infer<typeof MetricGroup>;

/** One metric of data/indicators.yaml: its name, definition, kind, units and the labels printed for it. */
export const MetricDefinition = z.object({
  name: z.string().min(2).describe("the metric's Chinese name as the pages show it (招生人数)"),
  description: z.string().min(2).describe("the definition, in Chinese"),
  group: MetricGroup,
  kind: MetricKind,
  units: z.array(z.string()).min(1).describe("accepted units; the first is assumed when a table prints none"),
  labels: z.array(z.string().min(2)).min(1).describe("the aliases as printed (table labels and prose words)"),
});
export type MetricDefinition = z.infer<typeof MetricDefinition>;

/** data/indicators.yaml: metric key → definition. */
export const IndicatorVocabulary = z
  .object({
    metrics: z.record(z.string().regex(/^[a-z][a-zA-Z]*$/), MetricDefinition),
    headline: z
      .array(z.string())
      .default([])
      .describe("the headline metrics (主要数据), in the order report and region pages show them"),
  })
  .superRefine((v, ctx) => {
    v.headline.forEach((metric, i) => {
      if (!(metric in v.metrics))
        ctx.addIssue({ code: "custom", path: ["headline", i], message: `${metric} is not a metric of this file` });
    });
    // A printed label must name one metric, or a table row would depend on the order of the file.
    const owner = new Map<string, string>();
    for (const [metric, def] of Object.entries(v.metrics)) {
      def.labels.forEach((label, i) => {
        const other = owner.get(label);
        if (other && other !== metric)
          ctx.addIssue({
            code: "custom",
            path: ["metrics", metric, "labels", i],
            message: `label ${label} is also a label of ${other}: a label names one metric`,
          });
        owner.set(label, metric);
      });
    }
  });
export type IndicatorVocabulary = z.infer<typeof IndicatorVocabulary>;

/** Where something was read: report, line, and the table cell when it came from a table. */
export const EntitySource = z.object({
  report: EntityId,
  line: Line,
  table: EntityId.nullable().describe("table id (tbl-1-2-1) when read from a table"),
  row: z.number().int().nonnegative().nullable().describe("0-based data row of the table"),
  column: z.string().nullable().describe("column name as flattened in the table record"),
});
export type EntitySource = z.infer<typeof EntitySource>;

/** One place a school is named. */
export const SchoolMention = z.object({
  report: EntityId,
  line: Line,
  text: z.string().describe("the name as printed (spaces removed)"),
  context: z.string().describe("up to 20 characters either side"),
  where: z.enum(["heading", "paragraph", "case", "figure", "table", "note"]),
  caseId: EntityId.nullable(),
  table: EntityId.nullable(),
  row: z.number().int().nonnegative().nullable(),
  column: z.string().nullable(),
});
export type SchoolMention = z.infer<typeof SchoolMention>;

/** A specialty event as a table states it. */
export const SpecialtyEventKind = z.enum(["offered", "added", "removed", "monitored"]);
export type SpecialtyEventKind = z.infer<typeof SpecialtyEventKind>;

export const SpecialtyEvent = z.object({
  event: SpecialtyEventKind,
  school: EntityId.nullable().describe("school id; null when the table lists specialties for a whole region"),
  name: z.string().describe("specialty name as printed"),
  year: z.number().int().nullable().describe("备案年份 or the year in the caption"),
  duration: z.string().nullable().describe("学制 as printed (3, 4, 3+2…)"),
  result: z.string().nullable().describe("monitoring conclusion (结论)"),
  grade: z.string().nullable().describe("monitoring grade (等级)"),
  pair: z
    .object({ school: EntityId.nullable(), schoolName: z.string(), specialty: z.string() })
    .nullable()
    .describe("the partner school and specialty in 3+2 / 贯通 tables"),
  source: EntitySource,
});
export type SpecialtyEvent = z.infer<typeof SpecialtyEvent>;

/** One specialty (专业), keyed by its code where one is printed. */
export const Specialty = z.object({
  id: EntityId,
  code: z.string().nullable().describe("专业代码, e.g. 750201 or 730604W"),
  name: z.string(),
  names: z.array(z.string()).describe("every printed name"),
  category: z.string().nullable().describe("专业大类"),
  durations: z.array(z.string()),
  schools: z.array(EntityId),
  reports: z.array(EntityId),
  events: z.array(SpecialtyEvent),
});
export type Specialty = z.infer<typeof Specialty>;

/** One school with its aliases, mentions and the specialties the tables give it. */
export const School = z.object({
  id: EntityId,
  name: z.string(),
  aliases: z.array(z.string()).describe("curated aliases plus every other printed form seen"),
  district: z.string().nullable(),
  level: InstitutionLevel.nullable(),
  ownership: z.enum(["public", "private"]).nullable(),
  curated: z.boolean().describe("false: detected automatically, not yet in data/schools.yaml"),
  reports: z.array(EntityId),
  mentions: z.array(SchoolMention),
  cases: z.array(z.object({ report: EntityId, caseId: EntityId })),
  tableRows: z.array(z.object({ report: EntityId, table: EntityId, row: z.number().int().nonnegative(), line: Line })),
  specialties: z.array(z.object({ specialty: EntityId, event: SpecialtyEventKind, report: EntityId, line: Line })),
});
export type School = z.infer<typeof School>;

/** How sure the scope of a fact is; comparisons and charts draw only `certain` facts. */
export const Confidence = z.enum(["certain", "likely", "uncertain"]);
export type Confidence = z.infer<typeof Confidence>;

/** One numeric fact with a metric of data/indicators.yaml. */
export const Indicator = z.object({
  id: EntityId,
  report: EntityId,
  metric: z.string(),
  label: z.string().describe("the label as printed"),
  year: z.number().int().nullable(),
  period: z.string().nullable().describe("the period as printed when it is not a plain year (2019-2020)"),
  value: z.number(),
  unit: z.string().describe("人, 所, %, 元, 万元, ratio …"),
  ratio: z.tuple([z.number(), z.number()]).nullable().describe("a:b as printed; value is a/b"),
  text: z.string().describe("the value as printed"),
  scope: z.object({ kind: z.enum(["region", "school"]), name: z.string().nullable(), school: EntityId.nullable() }),
  qualifier: z
    .string()
    .nullable()
    .describe(
      "the part of the scope the fact is about, as printed before the label (民办中等职业学校, 其中…); null for the whole",
    ),
  confidence: Confidence.describe(
    "how sure the scope is: certain (a table, or a sentence that names its subject), likely (the subject of an earlier sentence, the case or the heading), uncertain (nobody named)",
  ),
  sentence: z.string().nullable().describe("the sentence a prose fact was read from; null for a table cell"),
  source: EntitySource,
});
export type Indicator = z.infer<typeof Indicator>;

/** Report → the entity ids it mentions. */
export const ReportEntityLinks = z.object({
  report: EntityId,
  schools: z.array(EntityId),
  specialties: z.array(EntityId),
  indicators: z.array(EntityId),
  diagnostics: z.array(Diagnostic).describe("what the entity pass found doubtful in this report"),
});
export type ReportEntityLinks = z.infer<typeof ReportEntityLinks>;

export const SchoolList = z.array(School);
export const SpecialtyList = z.array(Specialty);
export const IndicatorList = z.array(Indicator);
export const EntityLinks = z.array(ReportEntityLinks);
