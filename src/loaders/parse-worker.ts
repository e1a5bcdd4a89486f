import { parentPort, workerData } from 'node:worker_threads';
import type { ParseOptions } from '../lib/pipeline/parse-article.ts';
import { parseOne } from './parse-one.ts';
import type { ParseRequest } from './parse-pool.ts';

// One thread of the parse pool: runs the pure pipeline on the files it is sent and answers each
// as soon as it is parsed, so the pool knows which file a thread is on if it must stop it.
const options = workerData as ParseOptions;
const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs as a worker thread of parseAll');

port.on('message', (batch: (ParseRequest & { index: number })[]) => {
	for (const { index, ...request } of batch)
		port.postMessage({ index, result: parseOne(request, options) });
});
port.postMessage({ ready: true });
