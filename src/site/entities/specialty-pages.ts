import { groupBy } from "../../lib/group-by.ts";
import { pinyinSlug } from "../../lib/slug.ts";
import { byCodePoint } from "../../lib/sort.ts";
import { specialtyId } from "../../link/entities/specialties.ts";
import type { Report, Specialty, SpecialtyEvent } from "../../model/index.ts";
import { urls } from "../../model/urls.ts";
import { specialtyEventLabel } from "../views/labels.ts";
import type { ReportView } from "../views/report-view.ts";
import type { EntityIndex } from "./index.ts";
import { type Place, sourcePlace } from "./places.ts";
import { byYear, specialtyTimeline, type TimelineSource } from "./timeline.ts";

/** A school as a specialty event names it: linked when it has a page. */
export interface SchoolLink {
  readonly name: string;
  readonly url: string | null;
}

/** One event on a specialty's page. */
export interface SpecialtyEventItem {
  readonly event: string;
  readonly year: number | null;
  readonly school: SchoolLink | null;
  readonly printedName: string;
  readonly duration: string | null;
  /** `通过（C）`: the monitoring result and grade. */
  readonly result: string | null;
  /** The partner of a 3+2 / 贯通 pair: `北京戏曲艺术职业学院 音乐表演`. */
  readonly pair: { readonly school: SchoolLink; readonly specialty: string } | null;
  readonly source: Place;
  /** `第 3 行`: the data row of the table (1-based) or the line. */
  readonly where: string;
}

/** The events of one report. */
export interface SpecialtyReportGroup {
  readonly report: Report;
  readonly events: SpecialtyEventItem[];
}

/** One row of the specialty's years: a kind of event in one year, its schools and sources. */
export interface SpecialtyYearItem {
  readonly year: number | null;
  /** The event prints no year: the year is its report's. */
  readonly yearFromReport: boolean;
  readonly event: string;
  /** The schools; null for a region-wide list (全区). */
  readonly schools: (SchoolLink | null)[];
  readonly sources: TimelineSource[];
}

/** Everything a specialty's page shows. */
export interface SpecialtyPage {
  readonly specialty: Specialty;
  readonly url: string;
  /** Its events year by year across reports (see `specialtyTimeline`). */
  readonly years: SpecialtyYearItem[];
  /** Its events by report, the reports in the order of their years. */
  readonly groups: SpecialtyReportGroup[];
}

function schoolLink(index: EntityIndex, id: string | null, printed: string): SchoolLink {
  const s = id ? index.schools.get(id) : undefined;
  return s ? { name: s.name, url: urls.school(s.id) } : { name: printed, url: null };
}

function eventItem(index: EntityIndex, view: ReportView, e: SpecialtyEvent): SpecialtyEventItem {
  const result = [e.result, e.grade ? `（${e.grade}）` : null].filter(Boolean).join("");
  return {
    event: specialtyEventLabel[e.event],
    year: e.year,
    school: e.school ? schoolLink(index, e.school, e.school) : null,
    printedName: e.name,
    duration: e.duration,
    result: result === "" ? null : result,
    pair: e.pair ? { school: schoolLink(index, e.pair.school, e.pair.schoolName), specialty: e.pair.specialty } : null,
    source: sourcePlace(view, e.source),
    where: e.source.row === null ? `第 ${e.source.line} 行` : `第 ${e.source.row + 1} 行（原文第 ${e.source.line} 行）`,
  };
}

const reportOrder = (a: Report, b: Report) =>
  byYear(a.dataYear ?? a.reportYear, b.dataYear ?? b.reportYear) || byCodePoint(a.id, b.id);

/**
 * The page of one specialty: its events year by year, then by report (the reports in year order), each
 * in source order.
 */
export function specialtyPage(
  specialty: Specialty,
  index: EntityIndex,
  views: ReadonlyMap<string, ReportView>,
): SpecialtyPage {
  const byReport = groupBy(specialty.events, (e) => e.source.report);
  const groups = specialty.reports.flatMap((id) => {
    const view = views.get(id);
    const own = byReport.get(id) ?? [];
    return view && own.length > 0 ? [{ report: view.report, events: own.map((e) => eventItem(index, view, e)) }] : [];
  });
  const years = specialtyTimeline(specialty, views).map((r) => ({
    ...r,
    event: specialtyEventLabel[r.event],
    schools: r.schools.map((id) => (id === null ? null : schoolLink(index, id, id))),
  }));
  return {
    specialty,
    url: urls.specialty(specialty.id),
    years,
    groups: groups.sort((a, b) => reportOrder(a.report, b.report)),
  };
}

/** The specialties of one 专业大类. */
export interface CategoryGroup {
  readonly id: string;
  readonly category: string;
  readonly specialties: Specialty[];
}

const key = (s: Specialty) => s.code ?? `~${s.name}`;

/** The specialty directory: by 专业大类 (the categories in code order, unknown last), then code. */
export function specialtyDirectory(specialties: readonly Specialty[]): CategoryGroup[] {
  const sorted = [...specialties].sort((a, b) => byCodePoint(key(a), key(b)));
  const categories = [...new Set(sorted.map((s) => s.category))];
  const known = categories.filter((c): c is string => c !== null);
  return [...known, ...(categories.includes(null) ? [null] : [])].map((category) => ({
    // From the name, so that an anchor does not move when another report adds a category.
    id: category ? `cat-${pinyinSlug(category)}` : "cat-unknown",
    category: category ?? "大类未注明",
    specialties: sorted.filter((s) => s.category === category),
  }));
}

/**
 * Redirects that keep a specialty's name-only URL (`/specialties/zy-<pinyin>/`, the id a specialty gets
 * when no report prints its code) working once a report prints the code and the specialty moves to
 * `/specialties/<code>/`. One per printed name of a coded specialty, unless that URL is a page itself
 * or is already taken (`taken`: the redirects of data/redirects.yaml).
 */
export function specialtyAliasRedirects(
  specialties: readonly Specialty[],
  taken: ReadonlySet<string> = new Set(),
): { from: string; to: string }[] {
  const pages = new Set(specialties.map((s) => urls.specialty(s.id)));
  const seen = new Set(taken);
  const redirects: { from: string; to: string }[] = [];
  for (const s of specialties) {
    if (!s.code) continue;
    for (const name of s.names) {
      const from = urls.specialty(specialtyId(null, name));
      if (pages.has(from) || seen.has(from)) continue;
      seen.add(from);
      redirects.push({ from, to: urls.specialty(s.id) });
    }
  }
  return redirects;
}
