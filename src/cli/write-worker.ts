/**
 * The worker thread that writes the import's files while the main thread
 * checks them (started by background-write.ts). It is sent the folder, then
 * batches of `[path, text]` to write into it, and answers "written" to the
 * `null` that ends them. Any failure ends the thread: the main thread then
 * writes the files itself, and reports what goes wrong.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';

export type WriteMessage = { folder: string } | { files: [file: string, text: string][] } | null;

const port = parentPort;
if (!port) throw new Error('write-worker.ts runs only as a worker thread');
let folder = '';
port.on('message', (message: WriteMessage) => {
  if (message === null) {
    port.postMessage('written');
    port.close();
  } else if ('folder' in message) {
    folder = message.folder;
  } else {
    for (const [file, text] of message.files) writeFileSync(path.join(folder, file), text, { flag: 'wx' });
  }
});
