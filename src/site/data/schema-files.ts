/**
 * The JSON Schemas of the data files (`data/schema/*.schema.json`), generated from the zod schemas so
 * consumers can validate what they download. The same texts are committed in data/schema/ (`npm run
 * schema`), and a test fails when that copy goes stale.
 */
import { basename } from "node:path";

import { z } from "zod";

import { EntityLinks, IndicatorList, PublishedReport, SchoolList, SpecialtyList } from "../../model/index.ts";
import { Releases } from "../../model/releases.ts";
import { SiteIndex } from "../../model/site-index.ts";
import { dataPaths } from "../../model/urls.ts";
import { type OutputFile, toJson } from "../output.ts";

/** Every published JSON Schema, at its path in dist/. */
export function schemaFiles(): OutputFile[] {
  return [
    { path: dataPaths.schema("report"), content: toJson(z.toJSONSchema(PublishedReport)) },
    { path: dataPaths.schema("index"), content: toJson(z.toJSONSchema(SiteIndex)) },
    { path: dataPaths.schema("schools"), content: toJson(z.toJSONSchema(SchoolList)) },
    { path: dataPaths.schema("specialties"), content: toJson(z.toJSONSchema(SpecialtyList)) },
    { path: dataPaths.schema("indicators"), content: toJson(z.toJSONSchema(IndicatorList)) },
    { path: dataPaths.schema("links"), content: toJson(z.toJSONSchema(EntityLinks)) },
    { path: dataPaths.schema("releases"), content: toJson(z.toJSONSchema(Releases)) },
  ];
}

/** The published JSON Schemas by file name (report.schema.json, …): the committed copy's contents. */
export function schemaSnapshot(): Map<string, string> {
  return new Map(schemaFiles().map((f) => [basename(f.path), f.content]));
}
