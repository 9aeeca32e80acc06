import assert from "node:assert/strict";
import { test } from "node:test";
import { threadId as mainThreadId } from "node:worker_threads";

import { createPool, mapInPool, type PoolOptions, type PoolTask } from "../../../src/lib/pool.ts";

const task = (name: string): PoolTask => ({ module: new URL("./pool-tasks.ts", import.meta.url), name });
const named = (_input: unknown, i: number) => `input ${i}`;

/** The caller alone, the caller and workers, workers alone. */
const SHAPES: PoolOptions[] = [{ threads: 1 }, { threads: 3 }, { threads: 2, callerRuns: false }];

test("mapInPool: results come back in input order although later inputs finish first", async () => {
  const inputs = [60, 50, 40, 30, 20, 10, 0].map((delayMs, value) => ({ value, delayMs }));
  for (const options of SHAPES) {
    assert.deepEqual(await mapInPool(task("doubleLater"), inputs, named, options), [0, 2, 4, 6, 8, 10, 12]);
  }
});

test("mapInPool: a lone task runs on the calling thread; with callerRuns false, none does", async () => {
  assert.deepEqual(await mapInPool(task("threadId"), [null], named, { threads: 2 }), [mainThreadId]);
  const ids = await mapInPool<null, number>(task("threadId"), [null, null, null], named, {
    threads: 2,
    callerRuns: false,
  });
  assert.ok(ids.every((id) => id !== mainThreadId));
});

test("mapInPool: a task's error rejects with the failing input's label and the message", async () => {
  for (const options of SHAPES) {
    await assert.rejects(
      mapInPool(task("rejectNegative"), [1, 2, -3, 4], (v) => `file-${v}.txt`, options),
      (error: Error) => error.message === "file--3.txt: negative value -3",
    );
  }
});

test("a worker that dies is reported with the input it was running, and the pool stops", async () => {
  const pool = createPool<number, number>(task("exitOnThirteen"), { threads: 1, callerRuns: false });
  try {
    assert.equal(await pool.run(1, "one"), 1);
    await assert.rejects(
      pool.run(13, "thirteen.txt"),
      /worker crashed while running thirteen\.txt: it exited with code 3/,
    );
    await assert.rejects(pool.run(2, "two"), /two: not run, worker crashed while running thirteen\.txt/);
  } finally {
    await pool.close();
  }
});

test("a module without the named function is an error naming both", async () => {
  for (const options of SHAPES) {
    await assert.rejects(mapInPool(task("missing"), [1, 2, 3], named, options), /exports no function missing/);
  }
});
