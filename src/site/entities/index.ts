/**
 * The entity bundle as the pages see it: read back from dist/data/ (validated), plus the lookups the
 * views share (by id, by report, by table, by case) and the school names the narrative links.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";

import type { EntityBundle } from "../../link/entities/index.ts";
import {
  EntityLinks,
  IndicatorList,
  type ReportEntityLinks,
  type School,
  SchoolList,
  type Specialty,
  SpecialtyList,
} from "../../model/index.ts";
import { dataPaths, urls } from "../../model/urls.ts";
import { type NameIndex, nameIndex } from "../../render/narrative/names/find.ts";

/** What a report, table or case page links to: an entity page. */
export interface EntityRef {
  readonly id: string;
  readonly url: string;
  /** `北京市劲松职业高中`, `750201 音乐表演` */
  readonly name: string;
  /** How often the page names it (mentions or events), when counted. */
  readonly count: number;
}

/** The bundle with the lookups every view needs. */
export interface EntityIndex {
  readonly bundle: EntityBundle;
  readonly names: NameIndex;
  readonly schools: ReadonlyMap<string, School>;
  readonly specialties: ReadonlyMap<string, Specialty>;
  readonly links: ReadonlyMap<string, ReportEntityLinks>;
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
export function schoolNames(schools: readonly School[]): NameIndex {
  return nameIndex(
    schools.flatMap((s) =>
      [s.name, ...s.aliases]
        .filter((n) => n.length >= MIN_LINKED_NAME)
        .map((name) => ({ name, target: { id: s.id, url: urls.school(s.id), title: s.name } })),
    ),
  );
}

/** Indexes a bundle. */
export function entityIndex(bundle: EntityBundle): EntityIndex {
  return {
    bundle,
    names: schoolNames(bundle.schools),
    schools: new Map(bundle.schools.map((s) => [s.id, s])),
    specialties: new Map(bundle.specialties.map((s) => [s.id, s])),
    links: new Map(bundle.links.map((l) => [l.report, l])),
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

/** The schools named in one table of a report (by its mentions), with the rows naming each. */
export function tableSchools(index: EntityIndex, report: string, table: string): EntityRef[] {
  const inTable = (s: School) => s.mentions.filter((m) => m.report === report && m.table === table).length;
  return schoolRefs(
    index,
    index.bundle.schools.filter((s) => inTable(s) > 0).map((s) => s.id),
    inTable,
  );
}

/** The specialties a table of a report states (by their events' sources). */
export function tableSpecialties(index: EntityIndex, report: string, table: string): EntityRef[] {
  const inTable = (s: Specialty) =>
    s.events.filter((e) => e.source.report === report && e.source.table === table).length;
  return specialtyRefs(
    index,
    index.bundle.specialties.filter((s) => inTable(s) > 0).map((s) => s.id),
    inTable,
  );
}

/** The schools a case of a report names. */
export function caseSchools(index: EntityIndex, report: string, caseId: string): EntityRef[] {
  const inCase = (s: School) => s.mentions.filter((m) => m.report === report && m.caseId === caseId).length;
  const listed = (s: School) => s.cases.some((c) => c.report === report && c.caseId === caseId) || inCase(s) > 0;
  return schoolRefs(
    index,
    index.bundle.schools.filter(listed).map((s) => s.id),
    inCase,
  );
}
