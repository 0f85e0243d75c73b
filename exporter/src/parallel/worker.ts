/**
 * The entry point of a worker thread: runs each job it is sent, one at a time, and replies with its
 * value or its error. Started by `WorkerPool`; nothing to do when loaded any other way.
 */
import { isMainThread, parentPort } from 'node:worker_threads';
import { errorData, runJob, type WorkerJob, type WorkerReply } from './jobs';

if (!isMainThread && parentPort !== null) {
  const port = parentPort;
  port.on('message', (message: { id: number; job: WorkerJob }) => {
    runJob(message.job).then(
      (value) => port.postMessage({ id: message.id, ok: true, value } satisfies WorkerReply),
      (err: unknown) =>
        port.postMessage({ id: message.id, ok: false, error: errorData(err) } satisfies WorkerReply),
    );
  });
}
