// When bin/care-map.js runs the sources rather than the compiled lib/cli/, a worker
// thread does not inherit the tsx loader it registered in the main thread:
// register it here, then run the TypeScript module it was given.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
