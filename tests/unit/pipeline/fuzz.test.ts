// Random converter damage to every bundled report never crashes the parser, never stops the report from
// being published, and never loses a character. Fixed seed: the same copies on every run and machine.
import assert from "node:assert/strict";
import { test } from "node:test";

import { damage, fuzzReports } from "../../../src/pipeline/fuzz/index.ts";
import { MUTATIONS } from "../../../src/pipeline/fuzz/mutations.ts";
import { seeded } from "../../../src/pipeline/fuzz/random.ts";
import { corpusFiles, corpusText, inputFile } from "../../helpers/corpus.ts";

test("the PRNG is deterministic for a seed and different across seeds", () => {
  const draw = (seed: number): number[] => Array.from({ length: 5 }, seeded(seed).next);
  assert.deepEqual(draw(42), draw(42));
  assert.notDeepEqual(draw(42), draw(43));
  assert.ok(draw(1).every((x) => x >= 0 && x < 1));
});

test("every mutation keeps lines free of line ends, and changes something over a few tries", () => {
  const lines = corpusText(corpusFiles()[0] ?? "")
    .split("\n")
    .slice(0, 200);
  for (const [name, mutate] of Object.entries(MUTATIONS)) {
    const rng = seeded(7);
    let changed = false;
    for (let k = 0; k < 10; k++) {
      const copy = [...lines];
      mutate(copy, rng);
      assert.ok(!copy.some((l) => /[\r\n]/.test(l)), `${name} put a line end inside a line`);
      changed ||= copy.join("\n") !== lines.join("\n");
    }
    assert.ok(changed, `${name} never changed the text`);
  }
});

test("damage is reproducible from the seed", () => {
  const text = corpusText(corpusFiles()[0] ?? "");
  const a = damage(text, seeded(5), 6);
  const b = damage(text, seeded(5), 6);
  assert.deepEqual(a, b);
});

test("damaged copies of every bundled report: no crash, always published, nothing lost", () => {
  const inputs = corpusFiles().map((f) => inputFile(f, corpusText(f)));
  const result = fuzzReports(inputs, { seed: 1, runsPerInput: 16, maxEdits: 12 });
  assert.equal(result.runs, inputs.length * 16);
  const replay = result.failures.map((f) => `${f.file} run ${f.run} (${f.edits.join(", ")}): ${f.problem} ${f.detail}`);
  assert.deepEqual(replay, [], "replay with fuzzReports(inputs, { seed: 1, runsPerInput: 16, maxEdits: 12 })");
  assert.equal(result.held, result.runs);
});
