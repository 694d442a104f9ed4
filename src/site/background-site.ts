import type { PrepareReport, PrepareRequest } from './prepare-worker.ts';
import type { CheckedCommons, PublishedSite } from './published-site.ts';
import { startWorker } from './worker-thread.ts';

/** `prepareSite()` in a worker thread, reporting in two steps. */
export interface BackgroundSite {
  /** The content checked and projected: decide from this whether to build at all. */
  checked: Promise<CheckedCommons>;
  /** The site with its layout, which the worker computes after `checked`; only for content without errors. */
  site: Promise<PublishedSite>;
  /** Stops the worker, finished or not. */
  stop(): Promise<void>;
}

/**
 * Starts load → validate → project → lay out in a worker thread, so that the
 * thread that calls it is free to load and start Astro meanwhile: Astro's own
 * start (bundling the pages and the client code) takes longer than the layout,
 * and the pages only need the positions once they are rendered.
 */
export function prepareSiteInBackground(contentDir: string, options: { cwd: string; env: NodeJS.ProcessEnv }): BackgroundSite {
  const request: PrepareRequest = { contentDir, cwd: options.cwd, env: { ...options.env } };
  const worker = startWorker(new URL('./prepare-worker.ts', import.meta.url), request);
  const checked = settlement<CheckedCommons>();
  const site = settlement<PublishedSite>();
  let commons: CheckedCommons['commons'];
  let anonymisedDueForReview = 0;
  worker.on('message', (report: PrepareReport) => {
    if (report.kind === 'checked') {
      commons = report.commons;
      anonymisedDueForReview = report.anonymisedDueForReview ?? 0;
      checked.resolve({ ...(report.commons && { commons: report.commons }), diagnostics: report.diagnostics });
      return;
    }
    const { x, y, insights, measures, descriptions } = report;
    const positions = new Map(commons!.elements.map((e, i) => [e.id, { x: x[i]!, y: y[i]! }]));
    site.resolve({ contentDir, commons: commons!, positions, anonymisedDueForReview, insights, measures, descriptions });
  });
  const fail = (error: Error) => {
    checked.reject(error);
    site.reject(error);
  };
  worker.on('error', fail);
  // Messages sent before the worker ended arrive before 'exit': by then both have settled, unless it failed.
  worker.on('exit', (code) => fail(new Error(`preparing the site stopped early (worker exit code ${code})`)));
  // Nobody waits for the site of content with errors: that must not count as an unhandled rejection.
  site.promise.catch(() => undefined);
  return {
    checked: checked.promise,
    site: site.promise,
    stop: async () => {
      await worker.terminate();
    },
  };
}

function settlement<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
