/**
 * The worker thread that writes the import's files while the main thread
 * checks them (started by background-write.ts). It is sent batches of
 * `[path, text]`, writes each into `folder`, and answers "written" to the
 * `null` that ends them. Any failure ends the thread: the main thread then
 * writes the files itself, and reports what goes wrong.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

export interface WriteRequest {
  folder: string;
}

export type WriteBatch = [file: string, text: string][] | null;

const port = parentPort;
if (!port) throw new Error('write-worker.ts runs only as a worker thread');
const { folder } = workerData as WriteRequest;
port.on('message', (batch: WriteBatch) => {
  if (batch === null) {
    port.postMessage('written');
    port.close();
    return;
  }
  for (const [file, text] of batch) writeFileSync(path.join(folder, file), text, { flag: 'wx' });
});
