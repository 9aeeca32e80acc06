import { groupBy } from "../../lib/group-by.ts";
import { byCodePoint } from "../../lib/sort.ts";
import type { Report, School, SchoolMention } from "../../model/index.ts";
import { urls } from "../../model/urls.ts";
import { caseLabel } from "../../render/narrative/blocks/case.ts";
import { institutionLevelLabel, specialtyEventLabel } from "../views/labels.ts";
import type { ReportView } from "../views/report-view.ts";
import { type EntityIndex, eventKey, specialtyName } from "./index.ts";
import { type IndicatorFact, indicatorFact } from "./indicator-pages.ts";
import { type Place, placeOf } from "./places.ts";
import { factsByYear } from "./timeline.ts";

/** One mention on a school's page: the printed name in its context, and where it is. */
export interface MentionItem {
  readonly line: number;
  readonly before: string;
  readonly text: string;
  readonly after: string;
  readonly place: Place;
}

/** The mentions of one report. */
export interface MentionGroup {
  readonly report: Report;
  readonly mentions: MentionItem[];
}

/** A table row naming the school: the table, the row number (1-based) and its cells. */
export interface RowItem {
  readonly report: Report;
  readonly url: string;
  readonly label: string;
  readonly caption: string;
  readonly row: number;
  readonly line: number;
  readonly cells: { readonly column: string; readonly value: string }[];
}

/** A specialty event of the school. */
export interface SchoolSpecialtyItem {
  readonly report: Report;
  readonly url: string;
  readonly name: string;
  readonly event: string;
  readonly line: number;
  readonly source: Place;
}

/** Everything a school's page shows. */
export interface SchoolPage {
  readonly school: School;
  readonly url: string;
  /** The school's figures over the years (HTML figure), when the build drew one. */
  readonly chart?: string | null;
  readonly mentions: MentionGroup[];
  readonly cases: { readonly report: Report; readonly url: string; readonly label: string; readonly title: string }[];
  readonly rows: RowItem[];
  readonly specialties: SchoolSpecialtyItem[];
  /** Its own figures (scope school), by the year they are about (see `factsByYear`). */
  readonly indicators: IndicatorFact[];
}

/** The context split around the printed name (the first occurrence; the whole context when absent). */
function mentionItem(view: ReportView, m: SchoolMention): MentionItem {
  const at = m.context.indexOf(m.text);
  const [before, after] = at < 0 ? [m.context, ""] : [m.context.slice(0, at), m.context.slice(at + m.text.length)];
  return {
    line: m.line,
    before,
    text: at < 0 ? "" : m.text,
    after,
    place: placeOf(view, { line: m.line, caseId: m.caseId, table: m.table }),
  };
}

function mentionGroups(school: School, views: ReadonlyMap<string, ReportView>): MentionGroup[] {
  const byReport = groupBy(school.mentions, (m) => m.report);
  return school.reports.flatMap((id) => {
    const view = views.get(id);
    const own = byReport.get(id) ?? [];
    return view && own.length > 0 ? [{ report: view.report, mentions: own.map((m) => mentionItem(view, m)) }] : [];
  });
}

function rowItems(school: School, views: ReadonlyMap<string, ReportView>): RowItem[] {
  return school.tableRows.flatMap((r) => {
    const report = views.get(r.report)?.report;
    const table = report?.tables.find((t) => t.id === r.table);
    if (!report || !table) return [];
    const cells = (table.rows[r.row] ?? []).map((value, i) => ({ column: table.columns[i] ?? "", value }));
    return [
      {
        report,
        url: table.url,
        label: `表${table.number}`,
        caption: table.caption,
        row: r.row + 1,
        line: r.line,
        cells,
      },
    ];
  });
}

function specialtyItems(school: School, index: EntityIndex, views: ReadonlyMap<string, ReportView>) {
  return school.specialties.flatMap((e): SchoolSpecialtyItem[] => {
    const view = views.get(e.report);
    const specialty = index.specialties.get(e.specialty);
    if (!view || !specialty) return [];
    const event = index.specialtyEvents.get(eventKey(specialty.id, e.report, e.line));
    return [
      {
        report: view.report,
        url: urls.specialty(specialty.id),
        name: specialtyName(specialty),
        event: specialtyEventLabel[e.event],
        line: e.line,
        source: placeOf(view, { line: e.line, table: event?.source.table ?? null }),
      },
    ];
  });
}

function caseItems(school: School, views: ReadonlyMap<string, ReportView>): SchoolPage["cases"] {
  return school.cases.flatMap((c) => {
    const report = views.get(c.report)?.report;
    const item = report?.cases.find((x) => x.id === c.caseId);
    return report && item ? [{ report, url: item.url, label: caseLabel(item), title: item.title }] : [];
  });
}

/** The page of one school. */
export function schoolPage(school: School, index: EntityIndex, views: ReadonlyMap<string, ReportView>): SchoolPage {
  const own = index.schoolIndicators.get(school.id) ?? [];
  return {
    school,
    url: urls.school(school.id),
    mentions: mentionGroups(school, views),
    cases: caseItems(school, views),
    rows: rowItems(school, views),
    specialties: specialtyItems(school, index, views),
    indicators: factsByYear(own.flatMap((i) => indicatorFact(i, views))),
  };
}

/** The schools of one district (or of no known district). */
export interface DistrictGroup {
  readonly district: string | null;
  readonly schools: School[];
}

/** The schools of one level, by district. */
export interface LevelGroup {
  readonly id: string;
  readonly label: string;
  readonly districts: DistrictGroup[];
  readonly count: number;
}

const LEVELS = ["secondary", "higher", "undergraduate", "basic"] as const;

/** Known districts in code-point order, the unknown last. */
function districtGroups(schools: readonly School[]): DistrictGroup[] {
  const names = [...new Set(schools.map((s) => s.district ?? ""))].sort(byCodePoint);
  const known = names.filter((n) => n !== "");
  const groups = [...known, ...(names.includes("") ? [null] : [])];
  return groups.map((district) => ({
    district,
    schools: schools.filter((s) => (s.district ?? null) === district).sort((a, b) => byCodePoint(a.name, b.name)),
  }));
}

/** The school directory: by level (中职, 高职, 本科, 基础教育, then unknown), then district, then name. */
export function schoolDirectory(schools: readonly School[]): LevelGroup[] {
  const levels = [...LEVELS, null];
  return levels.flatMap((level) => {
    const own = schools.filter((s) => s.level === level);
    if (own.length === 0) return [];
    const label = level ? institutionLevelLabel[level] : "层次未注明";
    return [{ id: `level-${level ?? "unknown"}`, label, districts: districtGroups(own), count: own.length }];
  });
}
