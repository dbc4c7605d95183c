/**
 * Runs a batch's jobs: in this thread for one job or one worker, else on a
 * pool of worker threads, keeping each worker a couple of jobs ahead. Results
 * arrive in completion order; the caller puts them back in input order.
 * `control` can hold jobs back while the output has no room (`room`), and stop
 * the batch (`stop`): no job is started after it, and those under way finish.
 */
import { Worker } from 'node:worker_threads';
import { runJob, type Job, type JobOptions, type JobResult } from './job.js';

/**
 * A document needs little memory; a small young generation makes each worker
 * collect often and keeps the batch's peak memory flat however many documents
 * it converts.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 256 };

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

type Reply = { ok: true; result: JobResult } | { ok: false; index: number; error: string };

export interface RunControl {
  /** Aborted: start no more jobs. */
  readonly stop?: AbortSignal;
  /** Null when results can be taken now; else a promise of when they can. */
  readonly room?: () => Promise<void> | null;
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
  { stop, room }: RunControl = {},
): Promise<void> {
  if (workers <= 1 || !workerAvailable()) {
    for (let i = 0; i < jobs.length && !stop?.aborted; i++) {
      const full = room?.();
      if (full) await full;
      onResult(await runJob(jobs[i]!, options));
      // A job's file calls are synchronous: now and then let the event loop run (signals, a draining pipe).
      if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resume) => setImmediate(resume));
    }
    return;
  }
  await new Promise<void>((resolvePool, rejectPool) => {
    let next = 0;
    let done = 0;
    const pool: Worker[] = [];
    const end = (error?: Error): void => {
      for (const worker of pool) void worker.terminate();
      if (error) rejectPool(error);
      else resolvePool();
    };
    // The pool ends when every job sent has come back and no more will be sent.
    const settle = (): void => {
      if (done === next && (next === jobs.length || stop?.aborted)) end();
    };
    const feed = (worker: Worker): void => {
      if (next >= jobs.length || stop?.aborted) return settle();
      const full = room?.();
      if (full) {
        void full.then(() => feed(worker));
        return;
      }
      worker.postMessage(jobs[next++]);
    };
    stop?.addEventListener('abort', settle, { once: true });
    for (let i = 0; i < workers; i++) {
      // The workers need none of the main thread's command-line flags (some, such as --input-type, would stop them).
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: options, execArgv: [], resourceLimits: WORKER_LIMITS });
      worker.on('message', (reply: Reply) => {
        if (!reply.ok) return end(new Error(`a worker failed on job ${reply.index}: ${reply.error}`));
        onResult(reply.result);
        done++;
        feed(worker);
      });
      worker.on('error', (error) => end(error));
      pool.push(worker);
      for (let k = 0; k < AHEAD; k++) feed(worker);
    }
  });
}

/** Workers run the built JavaScript; under a TypeScript test runner the jobs run in this thread. */
function workerAvailable(): boolean {
  return import.meta.url.endsWith('.js');
}
