/**
 * A worker entry for pool tests: answers each job, after `delayMs` (default 30), with the id of the
 * thread that ran it, so a test can see how a pool spread its jobs.
 */
import { isMainThread, parentPort, threadId } from 'node:worker_threads';

if (!isMainThread && parentPort !== null) {
  const port = parentPort;
  port.on('message', (message: { id: number; job: { delayMs?: number } }) => {
    setTimeout(
      () => port.postMessage({ id: message.id, ok: true, value: threadId }),
      message.job.delayMs ?? 30,
    );
  });
}
