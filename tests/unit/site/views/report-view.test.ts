/**
 * The report, table and case views built from cached HTML are the views built by rendering, on the
 * bundled reports with their real entities; and the cache sees a change in a report's school names.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";

import { buildEntities } from "../../../../src/link/entities/index.ts";
import type { Report } from "../../../../src/model/index.ts";
import { urls } from "../../../../src/model/urls.ts";
import { openHtmlCache } from "../../../../src/render/narrative/cache.ts";
import { type EntityIndex, entityIndex } from "../../../../src/site/entities/index.ts";
import { caseEntries } from "../../../../src/site/views/case-view.ts";
import { reportRenderOptions, reportView } from "../../../../src/site/views/report-view.ts";
import { tableEntries } from "../../../../src/site/views/table-view.ts";
import { corpus } from "../../../helpers/parsed-corpus.ts";

const reports = (await corpus()).reports;
const bundle = buildEntities(reports);
const dir = await mkdtemp(join(tmpdir(), "html-cache-views-"));
after(() => rm(dir, { recursive: true, force: true }));

/** A report's three kinds of views, from `html` (a cache's) or rendered (no `html`). */
function views(report: Report, entities: EntityIndex, html?: Parameters<typeof reportView>[3]) {
  const view = html ? reportView(report, entities, new Map(), html) : reportView(report, entities);
  return { view, tables: tableEntries(view, entities), cases: caseEntries(view, entities) };
}

/** Every bundled report's views through one cache, with its counts. */
async function cachedViews(entities: EntityIndex) {
  const cache = await openHtmlCache(dir);
  const out = [];
  for (const r of reports) out.push(views(r, entities, await cache.html(r, reportRenderOptions(r, entities))));
  return { views: out, ...cache.stats };
}

test("views from the cache, cold and warm, equal the views rendered without it", async () => {
  const entities = entityIndex(bundle);
  const rendered = reports.map((r) => views(r, entities));
  assert.ok(rendered.some((v) => v.tables.length > 0 && v.cases.length > 0));
  assert.ok(
    rendered.some((v) => v.view.narrative.includes('href="/schools/')),
    "school names are linked",
  );
  const cold = await cachedViews(entities);
  assert.deepEqual([cold.hits, cold.misses], [0, reports.length]);
  assert.deepStrictEqual(cold.views, rendered);
  const warm = await cachedViews(entities);
  assert.deepEqual([warm.hits, warm.misses], [reports.length, 0], "a second load is all hits");
  assert.deepStrictEqual(warm.views, rendered);
});

/** A phrase of 8 characters from a paragraph of `report` that no other report contains anywhere. */
function ownPhrase(report: Report): string {
  const others = reports.filter((r) => r !== report).map((r) => JSON.stringify(r));
  for (const block of report.body) {
    if (block.kind !== "paragraph") continue;
    for (let at = 0; at + 8 <= block.text.length; at += 8) {
      const phrase = block.text.slice(at, at + 8);
      if (/^\p{Script=Han}+$/u.test(phrase) && !others.some((o) => o.includes(phrase))) return phrase;
    }
  }
  throw new Error(`no phrase of its own in ${report.id}`);
}

test("a new school whose name one report's text contains renders that report again, and only it", async () => {
  await cachedViews(entityIndex(bundle));
  const [, report] = reports;
  assert.ok(report);
  const [model] = bundle.schools;
  assert.ok(model);
  const name = ownPhrase(report);
  const school = { ...model, id: "new-school", name, aliases: [] };
  const entities = entityIndex({ ...bundle, schools: [...bundle.schools, school] });
  const again = await cachedViews(entities);
  assert.deepEqual([again.hits, again.misses], [reports.length - 1, 1]);
  const i = reports.indexOf(report);
  assert.ok(again.views[i]?.view.narrative.includes(`href="${urls.school("new-school")}"`), "the new school is linked");
  assert.deepStrictEqual(again.views[i], views(report, entities), "and equals the report rendered afresh");
});
