import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutVitestEnv } from '../helpers/build-site.ts';
import { ROOT, SEED_SLUG } from '../helpers/paths.ts';
import { copyProject } from '../helpers/project-copy.ts';

// `astro dev` on a copy of the project, edited the way an editor edits: save, break, fix.
const project = copyProject('dev-server', tmpdir());
cpSync(join(ROOT, 'tests/fixtures/site/articles'), project.articles, { recursive: true });
const seedFile = join(project.articles, `${SEED_SLUG}.md`);
const seed = readFileSync(seedFile, 'utf8');
let server: ChildProcess | undefined;
let origin = '';
let log = '';

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('no port')),
			);
		});
	});
}

/** Fetches `path` until `done` says the answer is the one awaited, for at most 20 s. */
async function until(
	path: string,
	done: (status: number, body: string) => boolean,
): Promise<{ status: number; body: string }> {
	const deadline = Date.now() + 20_000;
	for (;;) {
		// Until the server listens, a refused connection counts as status 0.
		const answer = await fetch(`${origin}${path}`).then(
			async (response) => ({ status: response.status, body: await response.text() }),
			() => ({ status: 0, body: '' }),
		);
		if (done(answer.status, answer.body)) return answer;
		if (Date.now() > deadline)
			throw new Error(
				`${path} never changed as expected; last ${answer.status}:\n${answer.body.slice(0, 500)}\nserver log:\n${log}`,
			);
		await new Promise((resolve) => setTimeout(resolve, 300));
	}
}

beforeAll(async () => {
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	server = spawn(
		join(ROOT, 'node_modules/.bin/astro'),
		[
			'dev',
			'--config',
			'tests/helpers/astro-fixture.config.ts',
			'--host',
			'127.0.0.1',
			'--port',
			String(port),
		],
		{
			cwd: project.root,
			env: {
				...withoutVitestEnv(process.env),
				PATH: `${join(ROOT, 'node_modules/.bin')}${delimiter}${process.env['PATH'] ?? ''}`,
				ARTICLES_DIR: 'articles',
				FIXTURE_CACHE_DIR: project.cacheDir,
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	server.stdout?.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
	server.stderr?.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
	// Astro moves to another port when the one asked for is taken: read where it listens.
	const deadline = Date.now() + 30_000;
	while (!/Local\s+(http:\/\/\S+?)\/?\s/.test(log)) {
		if (Date.now() > deadline) throw new Error(`astro dev did not start:\n${log}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	origin = /Local\s+(http:\/\/\S+?)\/?\s/.exec(log)?.[1] ?? origin;
	await until('/', (status) => status === 200);
}, 60_000);

afterAll(() => {
	server?.kill();
	rmSync(project.root, { recursive: true, force: true });
});

describe('astro dev, as an editor uses it', () => {
	it('shows drafts and scheduled articles, each marked as such', async () => {
		const home = await until('/', (status) => status === 200);
		expect(home.body).toContain('council-budget-draft');
		expect(home.body).toContain('bridge-opening-scheduled');
		const draft = await until('/articles/council-budget-draft/', (status) => status === 200);
		expect(draft.body).toContain('Draft: left out of production builds');
		const scheduled = await until(
			'/articles/bridge-opening-scheduled/',
			(status) => status === 200,
		);
		expect(scheduled.body).toContain('Scheduled: published by the first build after its pubDate');
	});

	it('updates an article page when its file is saved, without a restart', async () => {
		writeFileSync(seedFile, `${seed}\nA sentence the editor just added.\n`);
		const page = await until(`/articles/${SEED_SLUG}/`, (_status, body) =>
			body.includes('A sentence the editor just added.'),
		);
		expect(page.status).toBe(200);
	});

	it('answers a broken save with the error overlay, and names file, line and what was expected', async () => {
		writeFileSync(seedFile, seed.replace('pubDate: 2019-12-31', 'pubDate: 31/12/2019'));
		const page = await until(`/articles/${SEED_SLUG}/`, (status) => status === 500);
		// The overlay itself is drawn in the browser by Vite's client, from the thrown ArticleError.
		expect(page.body).toContain('<title>ArticleError</title>');
		expect(page.body).toContain('/@vite/client');
		expect(log).toContain(
			`articles/${SEED_SLUG}.md:7 front matter "pubDate": expected a date (2019-12-31) or a date-time with offset (2019-12-31T14:05:00Z), found "31/12/2019"`,
		);
	});

	it('recovers once the file is fixed', async () => {
		writeFileSync(seedFile, `${seed}\nThe fixed version.\n`);
		const page = await until(
			`/articles/${SEED_SLUG}/`,
			(status, body) => status === 200 && body.includes('The fixed version.'),
		);
		expect(page.body).not.toContain('31/12/2019');
	});
});
