import { spawn } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { withoutVitestEnv } from '../helpers/build/build-site.ts';
import { FIXTURE_AUTHORS, FIXTURE_PAGES, ROOT } from '../helpers/shared/paths.ts';

/** An `astro dev` server on a copy of the project, as an editor runs it. */
export interface DevServer {
	/** `http://127.0.0.1:<port>`. */
	origin: string;
	/** Everything the server printed so far. */
	log: () => string;
	/**
	 * Fetches `path` until `done` says the answer is the one awaited, for at most 20 s; `again`,
	 * when given, runs every 3 s meanwhile (an editor saving once more).
	 */
	until: (
		path: string,
		done: (status: number, body: string) => boolean,
		again?: () => void,
	) => Promise<{ status: number; body: string }>;
	/** Stops the server. */
	stop: () => void;
}

/** Starts `astro dev` in `root` (a project copy) on the articles in `root/articles`. */
export async function startDevServer(root: string, cacheDir: string): Promise<DevServer> {
	const child = spawn(
		join(ROOT, 'node_modules/.bin/astro'),
		[
			'dev',
			'--config',
			'tests/helpers/build/astro-fixture.config.ts',
			'--host',
			'127.0.0.1',
			'--port',
			'0',
		],
		{
			cwd: root,
			env: {
				// Under Vitest's MODE=test and NODE_ENV=test, `astro dev` serves no pages.
				...withoutVitestEnv(process.env),
				PATH: `${join(ROOT, 'node_modules/.bin')}${delimiter}${process.env['PATH'] ?? ''}`,
				ARTICLES_DIR: 'articles',
				// The project copy carries the fixture site's authors and newsroom pages.
				AUTHORS_DIR: FIXTURE_AUTHORS,
				PAGES_DIR: FIXTURE_PAGES,
				FIXTURE_CACHE_DIR: cacheDir,
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	let log = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
	child.stderr.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
	const listening = /Local\s+(http:\/\/\S+?)\/?\s/;
	const deadline = Date.now() + 30_000;
	while (!listening.test(log)) {
		if (Date.now() > deadline || child.exitCode !== null) {
			child.kill();
			throw new Error(`astro dev did not start:\n${log}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	const origin = listening.exec(log)?.[1] ?? '';
	const until: DevServer['until'] = async (path, done, again) => {
		const giveUp = Date.now() + 20_000;
		let nextTry = Date.now() + 3_000;
		for (;;) {
			// On a loaded machine the watcher may still be scanning when the first save lands.
			if (again && Date.now() > nextTry) {
				again();
				nextTry = Date.now() + 3_000;
			}
			// While the server starts, a refused connection counts as status 0.
			const answer = await fetch(`${origin}${path}`).then(
				async (response) => ({ status: response.status, body: await response.text() }),
				() => ({ status: 0, body: '' }),
			);
			if (done(answer.status, answer.body)) return answer;
			if (Date.now() > giveUp) {
				throw new Error(
					`${path} never answered as expected; last ${answer.status}:\n${answer.body.slice(0, 500)}\nserver log:\n${log}`,
				);
			}
			await new Promise((resolve) => setTimeout(resolve, 300));
		}
	};
	return { origin, log: () => log, until, stop: () => child.kill() };
}
