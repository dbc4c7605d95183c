/**
 * A worker of the batch pool: runs the jobs it is sent with the options it
 * was started with, and posts each result back. Told that the batch is
 * stopping (Ctrl-C), it stops waiting for a pipe's data, as the main thread
 * does; the jobs it holds still finish.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type JobOptions } from './job.js';
import type { ToWorker } from './pool.js';

const options = workerData as JobOptions;
const stopping = new AbortController();

parentPort!.on('message', (message: ToWorker) => {
  if (message.kind === 'stop') return stopping.abort();
  const { job } = message;
  runJob(job, options, stopping.signal).then(
    (result) => parentPort!.postMessage({ ok: true, result }),
    (error: unknown) => {
      const { message, stack } = error instanceof Error ? error : { message: String(error), stack: undefined };
      parentPort!.postMessage({ ok: false, index: job.index, message, stack });
    },
  );
});
