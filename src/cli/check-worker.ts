/**
 * The worker thread that checks an imported folder's files while the main
 * thread writes them (started by background-check.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFiles } from './check-files.ts';

export interface CheckRequest {
  files: [string, string][];
  root: string;
}

const port = parentPort;
if (!port) throw new Error('check-worker.ts runs only as a worker thread');
const { files, root } = workerData as CheckRequest;
port.postMessage(checkFiles(new Map(files), root));
