/**
 * The entity bundle as the pages see it: read back from dist/data/ (validated), plus the lookups the
 * views share (by id, by report, by table, by case) and the school names the narrative links.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";

import { groupBy } from "../../lib/group-by.ts";
import type { EntityBundle } from "../../link/entities/index.ts";
import {
  EntityLinks,
  type Indicator,
  IndicatorList,
  type ReportEntityLinks,
  type School,
  SchoolList,
  type Specialty,
  type SpecialtyEvent,
  SpecialtyList,
} from "../../model/index.ts";
import { dataPaths, urls } from "../../model/urls.ts";
import { type NameEntry, type ReportNames, reportNames } from "./report-names.ts";

/** What a report, table or case page links to: an entity page. */
export interface EntityRef {
  readonly id: string;
  readonly url: string;
  /** `北京市劲松职业高中`, `750201 音乐表演` */
  readonly name: string;
  /** How often the page names it (mentions or events), when counted. */
  readonly count: number;
}

/** How many mentions (or events) of each entity one table or case has, the entities in bundle order. */
export type PlaceCounts = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** The bundle with the lookups every view needs. */
export interface EntityIndex {
  readonly bundle: EntityBundle;
  /** The school names to link in one report's texts. */
  readonly names: ReportNames;
  readonly schools: ReadonlyMap<string, School>;
  readonly specialties: ReadonlyMap<string, Specialty>;
  readonly links: ReadonlyMap<string, ReportEntityLinks>;
  /** By `placeKey(report, table)`: the schools its cells name, and the specialties its rows state. */
  readonly tableSchools: PlaceCounts;
  readonly tableSpecialties: PlaceCounts;
  /** By `placeKey(report, caseId)`: the schools a case names or lists (a listed one may count 0). */
  readonly caseSchools: PlaceCounts;
  /** The facts about a whole region (scope region), by report id, in bundle order. */
  readonly regionIndicators: ReadonlyMap<string, readonly Indicator[]>;
  /** The facts about one school (scope school), by school id, in bundle order. */
  readonly schoolIndicators: ReadonlyMap<string, readonly Indicator[]>;
  /** A specialty's first event read at a line of a report, by `eventKey(specialty, report, line)`. */
  readonly specialtyEvents: ReadonlyMap<string, SpecialtyEvent>;
}

async function readJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, "utf8")) as unknown;
}

/** Reads the entity files the build wrote into `outDir` (`data/schools.json`, …) and checks them with zod. */
export async function loadEntities(outDir: string): Promise<EntityBundle> {
  const read = (name: "schools" | "specialties" | "indicators" | "links") =>
    readJson(join(outDir, dataPaths.entities(name)));
  return {
    schools: SchoolList.parse(await read("schools")),
    specialties: SpecialtyList.parse(await read("specialties")),
    indicators: IndicatorList.parse(await read("indicators")),
    links: EntityLinks.parse(await read("links")),
  };
}

// Two-character forms (国美, 特教) are bracket tags in tables; in prose they are too ambiguous to link.
const MIN_LINKED_NAME = 4;

/** The school names to link in the narrative: each school's name and printed aliases of ≥ 4 characters. */
export function schoolNames(schools: readonly School[]): NameEntry[] {
  return schools.flatMap((s) =>
    [s.name, ...s.aliases]
      .filter((n) => n.length >= MIN_LINKED_NAME)
      .map((name) => ({ name, target: { id: s.id, url: urls.school(s.id), title: s.name } })),
  );
}

/** The key of a table or case of a report in `PlaceCounts`. */
function placeKey(report: string, item: string): string {
  return `${report}\u0000${item}`;
}

/** The key of a specialty's event in `EntityIndex.specialtyEvents`. */
export function eventKey(specialty: string, report: string, line: number): string {
  return `${specialty}\u0000${report}\u0000${line}`;
}

/** Each specialty's first event at each line of a report (what a school's event refers to). */
function firstEvents(specialties: readonly Specialty[]): Map<string, SpecialtyEvent> {
  const events = new Map<string, SpecialtyEvent>();
  for (const s of specialties)
    for (const e of s.events) {
      const key = eventKey(s.id, e.source.report, e.source.line);
      if (!events.has(key)) events.set(key, e);
    }
  return events;
}

/** Counts the places of each entity, entity by entity, so each place lists its entities in input order. */
function countPlaces<T extends { readonly id: string }>(
  entities: readonly T[],
  places: (entity: T) => (string | null)[],
  listed: (entity: T) => string[] = () => [],
): PlaceCounts {
  const counts = new Map<string, Map<string, number>>();
  const at = (key: string): Map<string, number> => {
    const own = counts.get(key) ?? new Map<string, number>();
    counts.set(key, own);
    return own;
  };
  for (const entity of entities) {
    for (const key of places(entity)) {
      if (key === null) continue;
      const own = at(key);
      own.set(entity.id, (own.get(entity.id) ?? 0) + 1);
    }
    for (const key of listed(entity)) {
      const own = at(key);
      if (!own.has(entity.id)) own.set(entity.id, 0);
    }
  }
  return counts;
}

/**
 * Indexes a bundle: the maps by id, and which schools and specialties each table and case has, built
 * once here so that a table or case page costs the same however many entities the archive holds.
 */
export function entityIndex(bundle: EntityBundle): EntityIndex {
  const inPlace = (report: string, item: string | null) => (item === null ? null : placeKey(report, item));
  return {
    bundle,
    names: reportNames(schoolNames(bundle.schools)),
    schools: new Map(bundle.schools.map((s) => [s.id, s])),
    specialties: new Map(bundle.specialties.map((s) => [s.id, s])),
    links: new Map(bundle.links.map((l) => [l.report, l])),
    tableSchools: countPlaces(bundle.schools, (s) => s.mentions.map((m) => inPlace(m.report, m.table))),
    tableSpecialties: countPlaces(bundle.specialties, (s) =>
      s.events.map((e) => inPlace(e.source.report, e.source.table)),
    ),
    caseSchools: countPlaces(
      bundle.schools,
      (s) => s.mentions.map((m) => inPlace(m.report, m.caseId)),
      (s) => s.cases.map((c) => placeKey(c.report, c.caseId)),
    ),
    regionIndicators: groupBy(
      bundle.indicators.filter((i) => i.scope.kind === "region"),
      (i) => i.report,
    ),
    schoolIndicators: groupBy(
      bundle.indicators.filter((i) => i.scope.kind === "school" && i.scope.school !== null),
      (i) => i.scope.school ?? "",
    ),
    specialtyEvents: firstEvents(bundle.specialties),
  };
}

/** An index with no entities (pages render as before the entity pass). */
export function emptyEntityIndex(): EntityIndex {
  return entityIndex({ schools: [], specialties: [], indicators: [], links: [] });
}

/** `750201 音乐表演`, or the name alone when no code is printed. */
export function specialtyName(s: Specialty): string {
  return s.code ? `${s.code} ${s.name}` : s.name;
}

const byName = (a: EntityRef, b: EntityRef) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The schools a predicate on mentions selects, each with how many mentions matched, by name. */
export function schoolRefs(index: EntityIndex, ids: readonly string[], counts: (s: School) => number): EntityRef[] {
  return ids
    .flatMap((id) => {
      const s = index.schools.get(id);
      return s ? [{ id, url: urls.school(id), name: s.name, count: counts(s) }] : [];
    })
    .sort(byName);
}

/** The specialties of a list of ids, each with how many events matched, by code then name. */
export function specialtyRefs(
  index: EntityIndex,
  ids: readonly string[],
  counts: (s: Specialty) => number,
): EntityRef[] {
  return ids
    .flatMap((id) => {
      const s = index.specialties.get(id);
      return s ? [{ id, url: urls.specialty(id), name: specialtyName(s), count: counts(s) }] : [];
    })
    .sort(byName);
}

/** The schools of one place (`placeKey`) of `counts`, each with its count. */
function placeRefs(index: EntityIndex, counts: PlaceCounts, key: string, kind: "school" | "specialty"): EntityRef[] {
  const own = counts.get(key) ?? new Map<string, number>();
  const count = (e: { id: string }) => own.get(e.id) ?? 0;
  return kind === "school" ? schoolRefs(index, [...own.keys()], count) : specialtyRefs(index, [...own.keys()], count);
}

/** The schools named in one table of a report (by its mentions), with the rows naming each. */
export function tableSchools(index: EntityIndex, report: string, table: string): EntityRef[] {
  return placeRefs(index, index.tableSchools, placeKey(report, table), "school");
}

/** The specialties a table of a report states (by their events' sources). */
export function tableSpecialties(index: EntityIndex, report: string, table: string): EntityRef[] {
  return placeRefs(index, index.tableSpecialties, placeKey(report, table), "specialty");
}

/** The schools a case of a report names or lists, with the mentions in it. */
export function caseSchools(index: EntityIndex, report: string, caseId: string): EntityRef[] {
  return placeRefs(index, index.caseSchools, placeKey(report, caseId), "school");
}
