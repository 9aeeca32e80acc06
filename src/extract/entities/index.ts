/**
 * Per-report entity detection: the schools a report names, the specialty facts its tables state and the
 * indicators of its tables and prose. A separate pass over the published Report record (the parser is not
 * involved), linear in the size of the report. Cross-report resolution is in src/link/entities.
 */
import type { Finding, Report } from "../../model/index.ts";
import { gazetteer, vocabulary } from "./data.ts";
import type { IndicatorFact } from "./indicator-fact.ts";
import { proseIndicators } from "./indicators-prose.ts";
import { reportTableIndicators } from "./indicators-table.ts";
import type { RawLines } from "./line-locator.ts";
import { contextOf, proseContexts } from "./prose-context.ts";
import { type SchoolMatcher, schoolMatcher } from "./school-matcher.ts";
import { findSchoolMentions, type FoundMention } from "./schools.ts";
import { bodySegments, headerSegments } from "./segments.ts";
import { findSpecialtyFacts, type SpecialtyFact } from "./specialties.ts";
import { type Labels, labels } from "./vocabulary.ts";

export type { FoundMention, IndicatorFact, RawLines, SpecialtyFact };

/** What one report contributes before linking. */
export interface ReportEntities {
  readonly report: Report;
  readonly mentions: FoundMention[];
  readonly specialties: SpecialtyFact[];
  readonly indicators: IndicatorFact[];
  readonly findings: Finding[];
}

/** The curated data compiled for matching; build once per run (or inject one in tests). */
export interface EntityContext {
  readonly matcher: SchoolMatcher;
  readonly labels: Labels;
}

/** The context from data/schools.yaml and data/indicators.yaml. */
export function defaultContext(): EntityContext {
  return { matcher: schoolMatcher(gazetteer()), labels: labels(vocabulary()) };
}

/** Narrative kinds whose text can state a fact (not headings, captions or case titles). */
const PROSE = new Set(["paragraph", "note"]);

/** Detects the entities of one report; `raw` (the file's lines) makes mention lines exact inside re-joined paragraphs. */
export function extractEntities(report: Report, ctx: EntityContext, raw: RawLines = null): ReportEntities {
  const { mentions, findings } = findSchoolMentions(report, ctx.matcher, raw);
  const body = bodySegments(report);
  const contexts = proseContexts(report, body, ctx.matcher);
  const prose = [...body.filter((s) => PROSE.has(s.where)), ...headerSegments(report)];
  const indicators = [
    ...reportTableIndicators(report, ctx.labels, ctx.matcher),
    ...prose.flatMap((s) =>
      proseIndicators(s, ctx.labels, ctx.matcher, report.dataYear, raw, report.region, contextOf(contexts, s)),
    ),
  ];
  return { report, mentions, specialties: findSpecialtyFacts(report, ctx.matcher), indicators, findings };
}
