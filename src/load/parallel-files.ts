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
 * Reads, parses and checks each element file alone, in file order, once
 * `check` is given what they are checked against. From PARALLEL_FROM files
 * on, a worker thread starts at once (it takes about as long to start as the
 * settings take to read) and then takes turns at the files with this thread.
 * Should it fail to start, stop early or not begin before this thread is
 * done, its files are checked here: the answer is the same.
 */
export function elementChecker(refs: readonly ElementFileRef[]): { check(context: ElementContext): Promise<CheckedFile[]> } {
  if (refs.length < PARALLEL_FROM) return { check: async (context) => refs.map((ref) => checkFileAt(ref, context)) };
  const counters = newCounters();
  const worker = checkInWorker(refs, counters);
  return {
    async check(context) {
      worker.start(context);
      const here = checkClaimedFiles(refs, context, counters, BATCH);
      // [1] is 0: the worker has not begun, and now never will have anything to do.
      const there = Atomics.load(counters, 1) === 0 ? worker.stop() : await worker.checked;
      return refs.map((ref, i) => here.get(i) ?? there.get(i) ?? checkFileAt(ref, context));
    },
  };
}

/** [0]: the next file nobody has claimed; [1]: how many times the worker has claimed some. */
export function newCounters(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(8));
}

/** A worker thread that, once started with a context, checks the files it claims; `checked` is empty if it fails. */
export function checkInWorker(refs: readonly ElementFileRef[], counters: Int32Array) {
  let worker: Worker | undefined;
  const checked = new Promise<Map<number, CheckedFile>>((resolve) => {
    const none = () => resolve(new Map());
    const request: ElementWorkerRequest = { refs: [...refs], shared: counters.buffer as SharedArrayBuffer, batch: BATCH };
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
    start(context: ElementContext): void {
      worker?.postMessage(context);
    },
    stop(): Map<number, CheckedFile> {
      void worker?.terminate();
      return new Map();
    },
  };
}
