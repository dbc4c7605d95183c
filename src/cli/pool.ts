/**
 * Runs a batch's jobs: in this thread for one job or one worker, else on a
 * pool of worker threads, keeping each worker a couple of jobs ahead. Results
 * arrive in completion order; the caller puts them back in input order.
 * `control` can hold jobs back while the output has no room (`room`), and stop
 * the batch (`stop`): no job is started after it, and those under way finish.
 * A worker that runs out of memory costs the document it was converting (the
 * caller says how, `outOfMemory`), not the batch. Which one that was is
 * certain only when it was the worker's one job (a reply posted just before
 * the end can be lost with the worker): otherwise each job it held is sent
 * again on its own, to a worker holding nothing else.
 */
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { runJob, type Job, type JobOptions, type JobResult } from './job.js';
import { DEFAULT_WORKER_MEMORY } from './limits.js';

/**
 * A document needs little memory; a small young generation makes each worker
 * collect often and keeps the batch's peak memory flat however many documents
 * it converts.
 */
const YOUNG_GENERATION_MB = 16;

/**
 * V8 optimises a function once it has run through this much of its budget
 * (V8's default is 66 KB of bytecode). Each worker is a fresh V8 isolate that
 * compiles the whole compiler again while the others convert: at the default
 * the optimising compiler's threads took as much CPU as the conversion on a
 * batch of 3,000 plans, and two workers were slower than one on two cores.
 * Eight times the budget optimises only what stays hot; measured in
 * bench/run.mjs's two-worker rows.
 */
const WORKER_INTERRUPT_BUDGET = 8 * 67_584;

/** However many jobs are asked for, more workers than this only cost memory. */
const MAX_WORKERS = 32;

/**
 * Without --jobs, one worker per this many documents (up to one per core). A
 * worker's first result comes about 100 ms after it is started, the time a
 * warm thread takes to convert some 50 plans: a second thread pays for itself
 * only from about 100 documents, and a small batch converts faster in this one.
 */
const DOCUMENTS_PER_WORKER = 100;

/** Jobs run in this thread between two turns of the event loop. */
const YIELD_EVERY = 32;

/** Jobs queued on each worker at once, so that none waits for the main thread. */
const AHEAD = 2;

type Reply = { ok: true; result: JobResult } | { ok: false; index: number; message: string; stack?: string };

/** What a worker is sent: a job, or word that the batch is stopping. */
export type ToWorker = { kind: 'job'; job: Job } | { kind: 'stop' };

export interface RunControl {
  /** Aborted: start no more jobs. */
  readonly stop?: AbortSignal;
  /** Null when results can be taken now; else a promise of when they can. */
  readonly room?: () => Promise<void> | null;
  /** Each worker's heap (its old generation), in MB; by default --worker-memory's. */
  readonly workerMemoryMb?: number;
  /** The result of a job whose worker ran out of memory; without it, that ends the batch. */
  readonly outOfMemory?: (job: Job) => JobResult;
}

/** A worker and the jobs sent to it, in the order it takes them. */
interface Busy {
  readonly worker: Worker;
  readonly sent: Job[];
}

/**
 * How many threads convert a batch: as many as asked (--jobs), never more than
 * the documents; without --jobs, one per core but no more than the batch
 * keeps busy long enough to pay for starting them.
 */
export function threadsFor(documents: number, requested: number | undefined, cores: number): number {
  const wanted = requested ?? Math.min(cores, Math.floor(documents / DOCUMENTS_PER_WORKER));
  return Math.max(1, Math.min(wanted, documents, MAX_WORKERS));
}

export async function runJobs(
  jobs: readonly Job[],
  options: JobOptions,
  workers: number,
  onResult: (result: JobResult) => void,
  { stop, room, workerMemoryMb = DEFAULT_WORKER_MEMORY / 2 ** 20, outOfMemory }: RunControl = {},
): Promise<void> {
  if (workers <= 1 || !workerAvailable()) {
    for (let i = 0; i < jobs.length && !stop?.aborted; i++) {
      const full = room?.();
      if (full) await full;
      const job = jobs[i]!;
      onResult(await runJob(job, options, stop).catch((error: unknown) => {
        throw error instanceof Error ? failedOn(job, error.message, error.stack) : failedOn(job, String(error));
      }));
      // A job's file calls are synchronous: now and then let the event loop run (signals, a draining pipe).
      if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resume) => setImmediate(resume));
    }
    return;
  }
  // A flag of V8's, which all isolates share: set before the first worker's isolate is made, read as each compiles.
  setFlagsFromString(`--interrupt-budget=${WORKER_INTERRUPT_BUDGET}`);
  await new Promise<void>((resolvePool, rejectPool) => {
    let next = 0;
    /** Jobs a worker held when it ran out of memory: each is sent again alone, to a worker holding nothing else. */
    const again: Job[] = [];
    const suspects = new Set<Job>();
    let inFlight = 0;
    const pool = new Set<Busy>();
    const end = (error?: Error): void => {
      for (const { worker } of pool) void worker.terminate();
      if (error) rejectPool(error);
      else resolvePool();
    };
    const left = (): boolean => next < jobs.length || again.length > 0;
    // The pool ends when every job sent has come back and no more will be sent.
    const settle = (): void => {
      if (inFlight === 0 && (!left() || stop?.aborted)) end();
    };
    /** The next job for this worker: a suspect only when it holds nothing, else a new job; none while it holds a suspect. */
    const nextFor = (busy: Busy): Job | undefined => {
      if (busy.sent.some((job) => suspects.has(job))) return undefined;
      if (again.length > 0 && busy.sent.length === 0) return again.shift();
      return next < jobs.length ? jobs[next++] : undefined;
    };
    const feed = (busy: Busy): void => {
      if (!left() || stop?.aborted) return settle();
      const full = room?.();
      if (full) {
        void full.then(() => feed(busy));
        return;
      }
      // Nothing for it now: it is fed again when its jobs come back.
      const job = nextFor(busy);
      if (!job) return;
      busy.sent.push(job);
      inFlight++;
      busy.worker.postMessage({ kind: 'job', job } satisfies ToWorker);
    };
    const start = (): void => {
      // The workers need none of the main thread's command-line flags (some, such as --input-type, would stop them).
      const worker = new Worker(new URL('./worker.js', import.meta.url), {
        workerData: options,
        execArgv: [],
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: workerMemoryMb },
      });
      const busy: Busy = { worker, sent: [] };
      worker.on('message', (reply: Reply) => {
        if (!reply.ok) return end(failedOn(busy.sent.find((job) => job.index === reply.index)!, reply.message, reply.stack));
        busy.sent.shift();
        inFlight--;
        onResult(reply.result);
        feed(busy);
      });
      worker.on('error', (error: Error & { code?: string }) => {
        if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY' || !outOfMemory || busy.sent.length === 0) return end(error);
        pool.delete(busy);
        inFlight -= busy.sent.length;
        if (busy.sent.length === 1) onResult(outOfMemory(busy.sent[0]!));
        else {
          for (const job of busy.sent) {
            suspects.add(job);
            again.push(job);
          }
        }
        if (left() && !stop?.aborted) start();
        else settle();
      });
      pool.add(busy);
      for (let k = 0; k < AHEAD; k++) feed(busy);
    };
    const stopping = (): void => {
      // A worker waiting for a pipe's data would otherwise wait on, and the batch with it.
      for (const { worker } of pool) worker.postMessage({ kind: 'stop' } satisfies ToWorker);
      settle();
    };
    stop?.addEventListener('abort', stopping, { once: true });
    for (let i = 0; i < workers; i++) start();
  });
}

/**
 * A bug met while converting a document (runJob turns every problem of the
 * input into a result, so anything thrown is kehoach's): named after the
 * document, with the original stack for KEHOACH_DEBUG.
 */
function failedOn(job: Job, message: string, stack?: string): Error {
  const failure = new Error(`while converting ${job.name}: ${message}`);
  if (stack) failure.stack = stack;
  return failure;
}

/** Workers run the built JavaScript; under a TypeScript test runner the jobs run in this thread. */
function workerAvailable(): boolean {
  return import.meta.url.endsWith('.js');
}
