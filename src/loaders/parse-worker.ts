import { parentPort, workerData } from 'node:worker_threads';
import type { ParseOptions } from '../lib/article/parse-article.ts';
import { parseAndStore, type ParseRequest } from './parse-pool.ts';

// One thread of the parse pool: runs the pure pipeline on the files it is sent and writes their
// bodies, so the HTML never travels back to the main thread.
const options = workerData as ParseOptions;
const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs as a worker thread of parseAll');

port.on('message', (batch: ParseRequest[]) => {
	port.postMessage(batch.map((request) => parseAndStore(request, options)));
});
