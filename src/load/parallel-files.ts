import type { Worker } from 'node:worker_threads';
import type { ElementContext } from '../core/validate/rules/element-rules.ts';
import { checkClaimedFiles, checkFileAt, type CheckedFile, type ElementFileRef } from './element-files.ts';
import type { ElementWorkerRequest } from './element-worker.ts';
import { startWorker } from './worker-thread.ts';

/** From this many element files a worker thread checks them too; below it, starting one costs more than it saves. */
export const PARALLEL_FROM = 800;
/** Files claimed at a time. */
const BATCH = 25;

/**
 * Reads, parses and checks each element file alone, in file order. From
 * PARALLEL_FROM files on, this thread and a worker thread take turns at
 * them. Should the worker fail to start, stop early or not begin before
 * this thread is done, its files are checked here: the answer is the same.
 */
export async function checkElementFiles(refs: readonly ElementFileRef[], context: ElementContext): Promise<CheckedFile[]> {
  if (refs.length < PARALLEL_FROM) return refs.map((ref) => checkFileAt(ref, context));
  const counters = newCounters();
  const worker = checkInWorker(refs, context, counters);
  const here = checkClaimedFiles(refs, context, counters, BATCH);
  // [1] is 0: the worker has not begun, and now never will have anything to do.
  const there = Atomics.load(counters, 1) === 0 ? worker.stop() : await worker.checked;
  return refs.map((ref, i) => here.get(i) ?? there.get(i) ?? checkFileAt(ref, context));
}

/** [0]: the next file nobody has claimed; [1]: how many times the worker has claimed some. */
export function newCounters(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(8));
}

/** A worker thread checking the files it claims; `checked` is empty if it fails. */
export function checkInWorker(refs: readonly ElementFileRef[], context: ElementContext, counters: Int32Array) {
  let worker: Worker | undefined;
  const checked = new Promise<Map<number, CheckedFile>>((resolve) => {
    const none = () => resolve(new Map());
    const request: ElementWorkerRequest = { refs: [...refs], context, shared: counters.buffer as SharedArrayBuffer, batch: BATCH };
    try {
      worker = startWorker(new URL('./element-worker.ts', import.meta.url), request);
    } catch {
      none();
      return;
    }
    worker.once('message', (files: [number, CheckedFile][]) => resolve(new Map(files)));
    worker.once('error', none);
    worker.once('exit', none);
  });
  return {
    checked,
    stop(): Map<number, CheckedFile> {
      void worker?.terminate();
      return new Map();
    },
  };
}
