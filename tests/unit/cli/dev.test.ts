import assert from "node:assert/strict";
import { test } from "node:test";

import { serialized } from "../../../src/cli/dev.ts";

test("serialized: calls during a run queue exactly one more run, never two at once", async () => {
  let running = 0;
  let runs = 0;
  let release: () => void = () => undefined;
  const run = serialized(async () => {
    running++;
    runs++;
    assert.equal(running, 1, "never two at once");
    await new Promise<void>((done) => (release = done));
    running--;
  });
  run();
  run();
  run();
  run();
  assert.equal(runs, 1);
  release();
  await new Promise((tick) => setImmediate(tick));
  assert.equal(runs, 2, "one more run for the calls made during the first");
  release();
  await new Promise((tick) => setImmediate(tick));
  assert.equal(runs, 2, "and no more");
});
