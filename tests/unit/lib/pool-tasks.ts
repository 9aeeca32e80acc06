/** Task functions for the pool tests (tests/unit/lib/pool.test.ts), run in worker threads by name. */

/** Doubles the value, answering after `delayMs`: later inputs may finish first. */
export async function doubleLater(input: { value: number; delayMs: number }): Promise<number> {
  await new Promise((done) => setTimeout(done, input.delayMs));
  return input.value * 2;
}

/** Throws for a negative value, as a parser would for a bad file. */
export function rejectNegative(value: number): number {
  if (value < 0) throw new Error(`negative value ${value}`);
  return value;
}

/** Ends its thread for a value of 13, as a crash (out of memory, a native fault) would; returns other values. */
export function exitOnThirteen(value: number): number {
  if (value === 13) process.exit(3);
  return value;
}

/** Reports the thread it ran on, so a test can tell whether work left the calling thread. */
export async function threadId(): Promise<number> {
  const { threadId: id } = await import("node:worker_threads");
  return id;
}
