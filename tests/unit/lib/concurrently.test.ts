import assert from "node:assert/strict";
import { test } from "node:test";

import { eachConcurrently } from "../../../src/lib/concurrently.ts";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

test("every item runs once, never more than the limit at a time", async () => {
  let running = 0;
  let most = 0;
  const seen: number[] = [];
  await eachConcurrently([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
    running += 1;
    most = Math.max(most, running);
    await tick();
    seen.push(n);
    running -= 1;
  });
  assert.deepEqual([...seen].sort(), [1, 2, 3, 4, 5, 6, 7]);
  assert.equal(most, 3);
  await eachConcurrently([], 2, () => Promise.reject(new Error("never called")));
});

test("an error stops new tasks and rejects after the running ones end", async () => {
  const started: number[] = [];
  let ended = 0;
  await assert.rejects(
    eachConcurrently([1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      await tick();
      ended += 1;
      if (n === 1) throw new Error("one failed");
    }),
    /one failed/,
  );
  assert.equal(ended, started.length, "no task was left running");
  assert.ok(started.length < 5, `started ${started.join()}`);
});
