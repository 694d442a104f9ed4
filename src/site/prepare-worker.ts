/**
 * The worker thread of `care-map build` (started by background-site.ts):
 * load → validate → project, reported as soon as it is known, then the layout
 * the care insights and the descriptions as HTML, which Astro's pages would
 * otherwise work out in its thread while they render.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { hasErrors } from '../core/diagnostic.ts';
import { basePath } from './base-path.js';
import { checkedCommons, mapPositions, siteDerived, type CheckedCommons, type SiteDerived } from './published-site.ts';

export interface PrepareRequest {
  contentDir: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export type PrepareReport = ({ kind: 'checked' } & CheckedCommons) | ({ kind: 'laid-out'; x: Float64Array; y: Float64Array } & SiteDerived);

const port = parentPort;
if (!port) throw new Error('prepare-worker.ts runs only as a worker thread');
const { contentDir, cwd, env } = workerData as PrepareRequest;
const checked = await checkedCommons(contentDir, { cwd, env });
port.postMessage({ kind: 'checked', ...checked } satisfies PrepareReport);
if (checked.commons && !hasErrors(checked.diagnostics)) {
  const { elements } = checked.commons;
  const positions = mapPositions(checked.commons);
  // By element order, in two arrays handed over without a copy.
  const x = Float64Array.from(elements, (e) => positions.get(e.id)!.x);
  const y = Float64Array.from(elements, (e) => positions.get(e.id)!.y);
  port.postMessage({ kind: 'laid-out', x, y, ...siteDerived(checked.commons, { base: basePath(env) }) } satisfies PrepareReport, [x.buffer, y.buffer]);
}
