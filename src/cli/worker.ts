/**
 * A worker of the batch pool: runs the jobs it is sent with the options it
 * was started with, and posts each result back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job, type JobOptions } from './job.js';

const options = workerData as JobOptions;

parentPort!.on('message', (job: Job) => {
  runJob(job, options).then(
    (result) => parentPort!.postMessage({ ok: true, result }),
    (error: unknown) => {
      const { message, stack } = error instanceof Error ? error : { message: String(error), stack: undefined };
      parentPort!.postMessage({ ok: false, index: job.index, message, stack });
    },
  );
});
