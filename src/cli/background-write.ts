import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../site/worker-thread.ts';
import type { WriteBatch, WriteRequest } from './write-worker.ts';

/** A new folder being written by a worker thread, while the thread that gives it the files does other work. */
export interface BackgroundWrite {
  /** Hands over files to write (path inside the folder, text); each path once. */
  write(files: [string, string][]): void;
  /** Resolves when every file is written; throws what writing one failed with. */
  finished(): Promise<void>;
  /** Stops writing (on an error elsewhere): resolves once nothing writes into the folder any more. */
  stop(): Promise<void>;
}

/**
 * Makes `folder` afresh, with `subfolders`, and writes files into it in a
 * worker thread (write-worker.ts): 20,000 element files take a second or more
 * of the system's time to create, during which the import checks them.
 * Should the worker fail to start or stop early, this thread makes the folder
 * again and writes every file itself, so that a failure is reported as it
 * would be without a worker.
 */
export function writeInBackground(folder: string, subfolders: readonly string[]): BackgroundWrite {
  const fresh = () => {
    rmSync(folder, { recursive: true, force: true });
    for (const subfolder of ['', ...subfolders]) mkdirSync(path.join(folder, subfolder), { recursive: true });
  };
  fresh();
  const all: [string, string][] = [];
  let worker: Worker | undefined;
  let written: Promise<boolean>;
  try {
    const request: WriteRequest = { folder };
    const started = startWorker(new URL('./write-worker.ts', import.meta.url), request);
    worker = started;
    written = new Promise((resolve) => {
      started.once('message', (message: unknown) => resolve(message === 'written'));
      // A failure is followed by 'exit', which resolves the promise (when the worker did not finish).
      started.on('error', () => {});
      started.once('exit', () => resolve(false));
    });
  } catch {
    written = Promise.resolve(false);
  }
  const send = (batch: WriteBatch) => worker?.postMessage(batch);
  return {
    write(files) {
      for (const file of files) all.push(file);
      send(files);
    },
    async finished() {
      send(null);
      if (await written) return;
      await worker?.terminate();
      fresh();
      for (const [file, text] of all) writeFileSync(path.join(folder, file), text, { flag: 'wx' });
    },
    async stop() {
      await worker?.terminate();
    },
  };
}
