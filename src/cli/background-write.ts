import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../site/worker-thread.ts';
import type { WriteMessage } from './write-worker.ts';

/** A new folder being written by a worker thread, while the thread that gives it the files does other work. */
export interface BackgroundWrite {
  /** Makes `folder` afresh, with `subfolders`, for the files to come. */
  begin(folder: string, subfolders: readonly string[]): void;
  /** Hands over files to write (path inside the folder, text); each path once. */
  write(files: [string, string][]): void;
  /** Resolves when every file is written; throws what writing one failed with. */
  finished(): Promise<void>;
  /** Stops writing (on an error elsewhere): resolves once nothing writes into the folder any more. */
  stop(): Promise<void>;
}

/**
 * Starts a worker thread (write-worker.ts) to write a folder of files: 20,000
 * element files take a second or more of the system's time to create, during
 * which the import checks them. Started before the files are made, it is
 * ready when they are. Should the worker fail to start or stop early, this
 * thread makes the folder again and writes every file itself, so that a
 * failure is reported as it would be without a worker.
 */
export function writeInBackground(): BackgroundWrite {
  let folder = '';
  let subfolders: readonly string[] = [];
  const fresh = () => {
    rmSync(folder, { recursive: true, force: true });
    for (const subfolder of ['', ...subfolders]) mkdirSync(path.join(folder, subfolder), { recursive: true });
  };
  const all: [string, string][] = [];
  let worker: Worker | undefined;
  let written: Promise<boolean>;
  try {
    const started = startWorker(new URL('./write-worker.ts', import.meta.url), {});
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
  const send = (message: WriteMessage) => worker?.postMessage(message);
  return {
    begin(into, inside) {
      [folder, subfolders] = [into, inside];
      fresh();
      send({ folder });
    },
    write(files) {
      for (const file of files) all.push(file);
      send({ files });
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
