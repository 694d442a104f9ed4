/**
 * The worker thread that checks element files alongside the thread that
 * started it (parallel-files.ts): both claim files from one shared counter.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkClaimedFiles, type CheckedFile, type ElementFileRef } from './element-files.ts';
import type { ElementContext } from '../core/validate/rules/element-rules.ts';

/** What the worker starts with; the context comes after, as its first message. */
export interface ElementWorkerRequest {
  refs: ElementFileRef[];
  /** Two Int32s: the index of the next file nobody has claimed, and how many this worker has claimed. */
  shared: SharedArrayBuffer;
  batch: number;
}

const port = parentPort;
if (!port) throw new Error('element-worker.ts runs only as a worker thread');
const { refs, shared, batch } = workerData as ElementWorkerRequest;
port.once('message', (context: ElementContext) => {
  const checked: [number, CheckedFile][] = [];
  for (const [index, file] of checkClaimedFiles(refs, context, new Int32Array(shared), batch, true)) {
    delete file.doc;
    checked.push([index, file]);
  }
  port.postMessage(checked);
  port.close();
});
