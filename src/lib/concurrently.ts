/**
 * Files read or written at once: the disk's latency, not the CPU, bounds a build handling tens of thousands
 * of small files one after the other (measured: half of a warm build's time was spent waiting on the disk).
 */
export const FILES_AT_ONCE = 32;

/**
 * Runs `task` on every item, at most `limit` at a time, in the items' order of starting. For async work
 * that is waited on elsewhere (another process, the disk), where each result goes to its own place, so
 * the order tasks finish in does not matter. Rejects with the first error, once the running tasks end.
 */
export async function eachConcurrently<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const item = items[next++] as T;
      try {
        await task(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const results = await Promise.allSettled(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  const rejected = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (rejected) throw rejected.reason;
}

/** `eachConcurrently` keeping each item's result, in the items' order. */
export async function mapConcurrently<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  await eachConcurrently(
    items.map((item, at) => ({ item, at })),
    limit,
    async ({ item, at }) => void (results[at] = await task(item)),
  );
  return results;
}
