/**
 * A small pool of threads that runs one exported function of a module over many inputs: results come
 * back in input order whatever order the threads finish in, so output built from them does not depend on
 * timing. Inputs and results cross threads by structured clone (plain data, typed arrays).
 *
 * The calling thread takes tasks too, one at a time between the workers' messages: a worker needs about
 * half a second to start (tsx and the task's modules load again in every thread), and meanwhile the
 * caller works, so a small batch never waits for a worker and a pool is never slower than a loop. Workers
 * start only when more than one task waits, and take tasks once they are ready, two at a time so they
 * do not sit idle while the caller is busy.
 *
 * A task that throws rejects with its input's label and the message; the pool carries on. A worker that
 * dies (process.exit, an uncaught error, out of memory) rejects the task it was running with that label,
 * and the pool stops: its other tasks reject too.
 */
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

/** A function to run in the pool: exported as `name` by `module`; it takes one input and returns (a promise of) one result. */
export interface PoolTask {
  readonly module: URL;
  readonly name: string;
}

export interface Pool<I, O> {
  /** Queues one input; `label` names it in errors (a file name, say). */
  run(input: I, label: string): Promise<O>;
  /** Stops the workers; tasks still queued reject. */
  close(): Promise<void>;
}

export interface PoolOptions {
  /** Threads working at once, the calling thread included; default `os.availableParallelism()`. 1: the caller alone. */
  readonly threads?: number;
  /** Whether the calling thread takes tasks too (default true); false leaves it free and starts `threads` workers. */
  readonly callerRuns?: boolean;
}

type TaskFunction = (input: unknown) => unknown;

interface Request {
  readonly id: number;
  readonly input: unknown;
}

type WorkerMessage =
  | { readonly kind: "ready" }
  | { readonly kind: "done"; readonly id: number; readonly value: unknown }
  | { readonly kind: "failed"; readonly id: number; readonly message: string };

interface Job {
  readonly input: unknown;
  readonly label: string;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  ready: boolean;
  /** Sent and not answered, in the order sent: the worker runs them in that order, the first is running. */
  readonly sent: Map<number, Job>;
}

/** Tasks a worker holds at once: the one it runs and the next, so it never waits for the busy caller. */
const PER_WORKER = 2;

/** Marks the worker data of a pool worker, so importing this module in any other worker does nothing. */
const POOL_WORKER = "lib/pool worker";

/**
 * Evaluated as a worker's entry (CommonJS). Node 20 does not carry the parent's module hooks into worker
 * threads, so a TypeScript module cannot be a worker's entry even under tsx: the worker registers tsx's
 * loader itself, then imports this module, whose last lines serve the tasks.
 */
const BOOTSTRAP = `const { workerData } = require("node:worker_threads");
import(workerData.tsx).then(({ register }) => { register(); return import(workerData.entry); });`;

/** The number of threads to use by default: one per core the process may use. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function loadTask(task: PoolTask): Promise<TaskFunction> {
  const module = (await import(task.module.href)) as Record<string, unknown>;
  const fn = module[task.name];
  if (typeof fn !== "function") throw new Error(`${task.module.href} exports no function ${task.name}`);
  return fn as TaskFunction;
}

/** Runs `task` over every input in a pool, results in input order; `label` names an input in errors. */
export async function mapInPool<I, O>(
  task: PoolTask,
  inputs: readonly I[],
  label: (input: I, index: number) => string,
  options: PoolOptions = {},
): Promise<O[]> {
  if (inputs.length === 0) return [];
  const pool = createPool<I, O>(task, options);
  try {
    return await Promise.all(inputs.map((input, i) => pool.run(input, label(input, i))));
  } finally {
    await pool.close();
  }
}

/** Creates a pool running `task` (see the module comment); close it when done (an idle worker does not keep the process alive). */
export function createPool<I, O>(task: PoolTask, options: PoolOptions = {}): Pool<I, O> {
  const threads = Math.max(1, options.threads ?? defaultThreads());
  const callerRuns = options.callerRuns ?? true;
  const maxWorkers = callerRuns ? threads - 1 : threads;
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let stopped: Error | null = null;
  let closed = false;
  let callerBusy = false;
  let pumping = false;
  let ids = 0;
  let local: Promise<TaskFunction> | null = null;

  const notRun = (job: Job, why: string) => job.reject(new Error(`${job.label}: not run, ${why}`));

  /**
   * Ends a worker without waiting for it: every result is in by then, and a worker still loading its
   * modules may never confirm its end (Node leaves `terminate()` pending for a thread stopped during
   * start-up, with nothing left in the event loop). Unref'd, it cannot keep the process alive meanwhile.
   */
  const terminate = (slot: Slot): void => {
    slot.worker.unref();
    slot.worker.terminate().catch(() => undefined);
  };

  const stop = (error: Error): void => {
    stopped ??= error;
    for (const job of queue.splice(0)) notRun(job, stopped.message);
    for (const slot of slots) terminate(slot);
  };

  const send = (slot: Slot, job: Job): void => {
    const id = ++ids;
    slot.sent.set(id, job);
    slot.worker.ref();
    slot.worker.postMessage({ id, input: job.input } satisfies Request);
  };

  /** Hands out the queue: to ready workers, to a new worker when more waits than the caller takes next, to the caller. */
  const pump = (): void => {
    pumping = false;
    if (stopped || closed) return;
    for (const slot of slots) {
      while (slot.ready && slot.sent.size < PER_WORKER && queue.length > 0) send(slot, queue.shift() as Job);
    }
    const forCaller = callerRuns ? 1 : 0;
    while (slots.length < maxWorkers && queue.length - forCaller > slots.filter((s) => !s.ready).length) spawn();
    if (callerRuns && !callerBusy && queue.length > 0) {
      callerBusy = true;
      // Not now: a turn of the event loop first, so the workers' messages are read between the caller's tasks.
      setImmediate(() => void runOnCaller());
    }
  };

  /** Pumps once the current batch of `run` calls is queued (a whole batch decides how many workers start). */
  const schedulePump = (): void => {
    if (pumping) return;
    pumping = true;
    queueMicrotask(pump);
  };

  const runOnCaller = async (): Promise<void> => {
    const job = stopped || closed ? undefined : queue.shift();
    if (job) {
      try {
        local ??= loadTask(task);
        job.resolve(await (await local)(job.input));
      } catch (error) {
        job.reject(new Error(`${job.label}: ${message(error)}`, { cause: error }));
      }
    }
    callerBusy = false;
    pump();
  };

  const spawn = (): void => {
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: {
        [POOL_WORKER]: true,
        tsx: import.meta.resolve("tsx/esm/api"),
        entry: import.meta.url,
        module: task.module.href,
        name: task.name,
      },
    });
    const slot: Slot = { worker, ready: false, sent: new Map() };
    slots.push(slot);
    worker.on("message", (m: WorkerMessage) => {
      if (m.kind === "ready") slot.ready = true;
      else {
        const job = slot.sent.get(m.id);
        slot.sent.delete(m.id);
        if (m.kind === "done") job?.resolve(m.value);
        else job?.reject(new Error(`${job.label}: ${m.message}`));
      }
      pump();
      if (slot.sent.size === 0) worker.unref();
    });
    const crashed = (why: string): void => {
      const [running, ...waiting] = slot.sent.values();
      slot.sent.clear();
      if (closed || stopped) return;
      const error = new Error(`worker crashed${running ? ` while running ${running.label}` : ""}: ${why}`);
      running?.reject(error);
      for (const job of waiting) notRun(job, error.message);
      stop(error);
    };
    worker.on("error", (error) => crashed(message(error)));
    worker.on("exit", (code) => crashed(`it exited with code ${code}`));
  };

  return {
    run(input, label) {
      return new Promise<O>((resolve, reject) => {
        const job: Job = { input, label, resolve: resolve as (value: unknown) => void, reject };
        if (stopped || closed) return notRun(job, stopped?.message ?? "the pool is closed");
        queue.push(job);
        schedulePump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) notRun(job, "the pool is closed");
      for (const slot of slots) terminate(slot);
    },
  };
}

/** The worker's side: load the task once, say so, then run the requests one at a time, in order. */
async function serveTasks(port: NonNullable<typeof parentPort>, data: { module: string; name: string }): Promise<void> {
  const fn = await loadTask({ module: new URL(data.module), name: data.name });
  let previous: Promise<void> = Promise.resolve();
  port.on("message", ({ id, input }: Request) => {
    previous = previous.then(async () => {
      try {
        port.postMessage({ kind: "done", id, value: await fn(input) } satisfies WorkerMessage);
      } catch (error) {
        port.postMessage({ kind: "failed", id, message: message(error) } satisfies WorkerMessage);
      }
    });
  });
  port.postMessage({ kind: "ready" } satisfies WorkerMessage);
}

// Not awaited: a task module may import this module, and awaiting its import here would wait on itself.
// A failure is an unhandled rejection, which ends the worker: the pool reports it as a crash.
if (!isMainThread && parentPort && (workerData as Record<string, unknown> | null)?.[POOL_WORKER] === true) {
  void serveTasks(parentPort, workerData as { module: string; name: string });
}
