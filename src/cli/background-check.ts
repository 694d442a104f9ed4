import type { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../core/diagnostic.ts';
import { checkFiles } from './check-files.ts';
import type { CheckRequest } from './check-worker.ts';
import { startWorker } from '../site/worker-thread.ts';

/**
 * `checkFiles()` in a worker thread, so that the thread that calls it can
 * write the same files meanwhile (20,000 element files take about a second to
 * write and three to check). Should the worker fail to start or stop early,
 * the files are checked here instead: the answer is the same, only later.
 */
export function checkFilesInBackground(files: ReadonlyMap<string, string>, root: string): Promise<Diagnostic[]> {
  const request: CheckRequest = { files: [...files], root };
  return new Promise<Diagnostic[]>((resolve) => {
    let settled = false;
    const inThread = () => {
      if (!settled) resolve(checkFiles(files, root));
      settled = true;
    };
    let worker: Worker;
    try {
      worker = startWorker(new URL('./check-worker.ts', import.meta.url), request);
    } catch {
      inThread();
      return;
    }
    worker.once('message', (diagnostics: Diagnostic[]) => {
      settled = true;
      resolve(diagnostics);
    });
    worker.once('error', inThread);
    worker.once('exit', inThread);
  });
}
