import { Worker } from 'node:worker_threads';

/**
 * Starts the worker thread whose TypeScript source is `source` (a URL made
 * beside the caller: `new URL('./write-worker.ts', import.meta.url)`).
 * Compiled (lib/cli/, bin/compile-cli.js), every worker is a .js file beside
 * the code that starts it; from the sources, a worker does not inherit the
 * tsx loader of the main thread, so typescript-worker.mjs registers it and
 * then runs the source.
 */
export function startWorker(source: URL, workerData: object): Worker {
  if (import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./typescript-worker.mjs', import.meta.url), { workerData: { ...workerData, module: source.href } });
  }
  return new Worker(new URL(source.href.replace(/\.ts$/, '.js')), { workerData });
}
