/**
 * Cross-report entity resolution: every report's detected schools, specialty facts and indicators become
 * one sorted set of records (schools, specialties, indicators) plus, per report, the ids it mentions and
 * the entity diagnostics. Deterministic: the output depends only on the reports and data/*.yaml.
 */
import { gazetteer } from "../../extract/entities/data.ts";
import {
  defaultContext,
  type EntityContext,
  extractEntities,
  type RawLines,
  type ReportEntities,
} from "../../extract/entities/index.ts";
import { byCodePoint } from "../../lib/sort.ts";
import {
  type Finding,
  type Indicator,
  type Report,
  type ReportEntityLinks,
  type School,
  type Specialty,
  toDiagnostic,
} from "../../model/index.ts";
import { indicatorConflicts, reportIndicators } from "./indicators.ts";
import { buildSchools, schoolIds } from "./schools.ts";
import { buildSpecialties } from "./specialties.ts";

/** Everything the entity pass publishes. */
export interface EntityBundle {
  readonly schools: School[];
  readonly specialties: Specialty[];
  readonly indicators: Indicator[];
  readonly links: ReportEntityLinks[];
}

/** Adds to each school the specialty events that name it. */
function withSpecialties(schools: School[], specialties: readonly Specialty[]): School[] {
  const bySchool = new Map<string, School["specialties"]>();
  for (const s of specialties) {
    for (const e of s.events) {
      if (!e.school) continue;
      const list = bySchool.get(e.school) ?? [];
      list.push({ specialty: s.id, event: e.event, report: e.source.report, line: e.source.line });
      bySchool.set(e.school, list);
    }
  }
  return schools.map((s) => ({
    ...s,
    specialties: (bySchool.get(s.id) ?? []).sort(
      (a, b) => byCodePoint(a.report, b.report) || a.line - b.line || byCodePoint(a.specialty, b.specialty),
    ),
  }));
}

/**
 * Links per-report detections into the published bundle. `raw` gives a report's raw lines by source file
 * (exact mention lines inside re-joined paragraphs); `ctx` defaults to data/*.yaml.
 */
export function linkEntities(found: readonly ReportEntities[]): EntityBundle {
  const ids = schoolIds(gazetteer(), found);
  const { specialties, findings: specialtyFindings } = buildSpecialties(found, ids);
  const schools = withSpecialties(buildSchools(gazetteer(), found, ids), specialties);
  const indicators: Indicator[] = [];
  const links = found.map((r): ReportEntityLinks => {
    const own = reportIndicators(r, ids);
    indicators.push(...own);
    const findings: Finding[] = [
      ...r.findings,
      ...(specialtyFindings.get(r.report.id) ?? []),
      ...indicatorConflicts(own),
    ];
    findings.sort((a, b) => a.line - b.line || byCodePoint(a.ruleId, b.ruleId));
    return {
      report: r.report.id,
      schools: schools.filter((s) => s.reports.includes(r.report.id)).map((s) => s.id),
      specialties: specialties.filter((s) => s.reports.includes(r.report.id)).map((s) => s.id),
      indicators: own.map((i) => i.id),
      diagnostics: findings.map((f) => toDiagnostic(r.report.source.file, f)),
    };
  });
  links.sort((a, b) => byCodePoint(a.report, b.report));
  indicators.sort(
    (a, b) => byCodePoint(a.report, b.report) || a.source.line - b.source.line || byCodePoint(a.id, b.id),
  );
  return { schools, specialties, indicators, links };
}

/** Detects and links the entities of all reports (the build's entry point). */
export function buildEntities(
  reports: readonly Report[],
  raw: (report: Report) => RawLines = () => null,
  ctx: EntityContext = defaultContext(),
): EntityBundle {
  return linkEntities(reports.map((r) => extractEntities(r, ctx, raw(r))));
}
