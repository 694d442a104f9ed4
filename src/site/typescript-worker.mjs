// A worker thread does not inherit the tsx loader that bin/care-map.js registered
// in the main thread: register it here, then run the TypeScript module it was given.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
