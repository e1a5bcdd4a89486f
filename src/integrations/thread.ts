import { Worker } from 'node:worker_threads';

/**
 * Runs the module at `url` on a thread of its own with `data` as its `workerData`, handing each
 * message it posts to `message`; resolves when the thread ends, rejects with its error or, when
 * it exits otherwise than with 0, with an error naming `what` stopped.
 */
export function runThread<Message>(
	url: URL,
	data: unknown,
	message: (value: Message) => void,
	what: string,
): Promise<void> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(url, { workerData: data });
		worker.on('message', message);
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (code === 0) resolve();
			else reject(new Error(`${what} stopped with exit code ${String(code)}`));
		});
	});
}
