import assert from "node:assert/strict";
import { test } from "node:test";

import { parseReport } from "../../../../src/pipeline/records.ts";
import { planCorpus, syntheticCorpus, syntheticSources } from "../../../../src/pipeline/synthetic/corpus.ts";
import { corpusFiles, corpusText, inputFile } from "../../../helpers/corpus.ts";

const sources = syntheticSources(corpusFiles().map((file) => ({ file, text: corpusText(file) })));

test("every bundled text is a source", () => {
  assert.equal(sources.length, corpusFiles().length);
});

test("a corpus of 1,000 has distinct (region, level, year) and file names, deterministic for a seed", () => {
  const plan = planCorpus(sources, 1000, 5);
  const keys = plan.map((r) => `${r.region}/${r.schoolLevel}/${r.reportYear}`);
  assert.equal(new Set(keys).size, 1000);
  assert.equal(new Set(plan.map((r) => r.file)).size, 1000);
  const regions = (p: typeof plan): string[] => p.map((r) => r.region);
  assert.deepEqual(regions(planCorpus(sources, 20, 5)), regions(plan.slice(0, 20)));
  assert.notDeepEqual(regions(planCorpus(sources, 20, 6)), regions(plan.slice(0, 20)));
});

test("a region gets every source in turn, so it has a series of reports over the years", () => {
  const plan = planCorpus(sources, sources.length, 1);
  assert.equal(new Set(plan.map((r) => r.region)).size, 1);
  assert.deepEqual(
    plan.map((r) => r.source.file),
    sources.map((s) => s.file),
  );
});

test("the bundled texts' corpus parses to the ids its entries promise", async () => {
  const corpus = await syntheticCorpus(sources.length, 1);
  const ids = corpus.map((r) => parseReport(inputFile(r.file, r.text)).report?.id);
  assert.equal(new Set(ids).size, corpus.length);
  for (const [i, r] of corpus.entries()) {
    const level = r.schoolLevel === "secondary" ? "zhongzhi" : "gaozhi";
    assert.match(ids[i] ?? "", new RegExp(`-${level}-${r.reportYear}$`), `${r.file} from ${r.source.file}`);
  }
});
