/**
 * Runs a batch's jobs: in this thread for one job or one worker, else on a
 * pool of worker threads, keeping each worker a couple of jobs ahead. Results
 * arrive in completion order; the caller puts them back in input order.
 */
import { readFile, stat } from 'node:fs/promises';
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

/** Jobs queued on each worker at once, so that none waits for the main thread. */
const AHEAD = 2;

type Reply = { ok: true; result: JobResult } | { ok: false; index: number; error: string };

export async function runJobs(jobs: readonly Job[], options: JobOptions, size: number, onResult: (result: JobResult) => void): Promise<void> {
  const workers = Math.min(size, jobs.length, MAX_WORKERS);
  if (workers <= 1 || !workerAvailable()) {
    // One at a time, but the next file is read while this one compiles.
    let next = jobs.length > 0 ? prefetch(jobs[0]!, options.maxSize) : null;
    for (let i = 0; i < jobs.length; i++) {
      const current = await next!;
      next = i + 1 < jobs.length ? prefetch(jobs[i + 1]!, options.maxSize) : null;
      onResult(await runJob(current, options));
    }
    return;
  }
  await new Promise<void>((resolvePool, rejectPool) => {
    let next = 0;
    let done = 0;
    const pool: Worker[] = [];
    const stop = (error?: Error): void => {
      for (const worker of pool) void worker.terminate();
      if (error) rejectPool(error);
      else resolvePool();
    };
    const feed = (worker: Worker): void => {
      if (next < jobs.length) worker.postMessage(jobs[next++]);
    };
    for (let i = 0; i < workers; i++) {
      // The workers need none of the main thread's command-line flags (some, such as --input-type, would stop them).
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: options, execArgv: [], resourceLimits: WORKER_LIMITS });
      worker.on('message', (reply: Reply) => {
        if (!reply.ok) return stop(new Error(`a worker failed on job ${reply.index}: ${reply.error}`));
        onResult(reply.result);
        if (++done === jobs.length) return stop();
        feed(worker);
      });
      worker.on('error', (error) => stop(error));
      pool.push(worker);
      for (let k = 0; k < AHEAD; k++) feed(worker);
    }
  });
}

/** A job with its file already read (a failed read, or a file over the size limit, is left for the job to report). */
async function prefetch(job: Job, maxSize: number): Promise<Job> {
  if (job.bytes || job.path === null) return job;
  try {
    if ((await stat(job.path)).size > maxSize) return job;
    return { ...job, bytes: await readFile(job.path) };
  } catch {
    return job;
  }
}

/** Workers run the built JavaScript; under a TypeScript test runner the jobs run in this thread. */
function workerAvailable(): boolean {
  return import.meta.url.endsWith('.js');
}
