import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer, type DevServer } from './dev-server.ts';
import { ROOT, SEED_SLUG } from '../helpers/shared/paths.ts';
import { copyProject } from '../helpers/build/project-copy.ts';

const SEED_PATH = `/articles/${SEED_SLUG}/`;
const BAD_DATE_PROBLEM = `articles/${SEED_SLUG}.md:7 front matter "pubDate": expected a date (2019-12-31) or a date-time with offset (2019-12-31T14:05:00Z), found "31/12/2019"`;

/** A copy of the project with the fixture site's articles, outside the repository (see copyProject). */
function projectWithArticles(name: string) {
	const project = copyProject(name, tmpdir());
	cpSync(join(ROOT, 'tests/fixtures/site/articles'), project.articles, { recursive: true });
	const seedFile = join(project.articles, `${SEED_SLUG}.md`);
	return { project, seedFile, seed: readFileSync(seedFile, 'utf8') };
}

describe('astro dev, as an editor uses it', () => {
	const { project, seedFile, seed } = projectWithArticles('dev-server');
	let dev: DevServer;

	beforeAll(async () => {
		dev = await startDevServer(project.root, project.cacheDir);
		await dev.until('/', (status) => status === 200);
	}, 60_000);

	afterAll(() => {
		dev.stop();
		rmSync(project.root, { recursive: true, force: true });
	});

	it('shows drafts and scheduled articles, each marked as such', async () => {
		const home = await dev.until('/', (status) => status === 200);
		expect(home.body).toContain('council-budget-draft');
		expect(home.body).toContain('bridge-opening-scheduled');
		const draft = await dev.until('/articles/council-budget-draft/', (status) => status === 200);
		expect(draft.body).toContain('Draft: left out of production builds');
		const scheduled = await dev.until(
			'/articles/bridge-opening-scheduled/',
			(status) => status === 200,
		);
		expect(scheduled.body).toContain('Scheduled: published by the first build after its pubDate');
	});

	it('updates an article page when its file is saved, without a restart', async () => {
		const save = () => writeFileSync(seedFile, `${seed}\nA sentence the editor just added.\n`);
		save();
		const page = await dev.until(
			SEED_PATH,
			(_status, body) => body.includes('A sentence the editor just added.'),
			save,
		);
		expect(page.status).toBe(200);
	});

	it('answers a broken save with the error overlay, and names file, line and what was expected', async () => {
		const save = () =>
			writeFileSync(seedFile, seed.replace('pubDate: 2019-12-31', 'pubDate: 31/12/2019'));
		save();
		// An editor's save can be seen half-written (the file empty, then whole): the loader reports
		// the empty file first. Wait for the problem of the file as saved.
		const page = await dev.until(
			SEED_PATH,
			(status) => status === 500 && dev.log().includes(BAD_DATE_PROBLEM),
			save,
		);
		// The overlay itself is drawn in the browser by Vite's client, from the thrown ArticleError.
		expect(page.body).toContain('<title>ArticleError</title>');
		expect(page.body).toContain('/@vite/client');
		expect(dev.log()).toContain(BAD_DATE_PROBLEM);
	});

	it('recovers once the file is fixed', async () => {
		const save = () => writeFileSync(seedFile, `${seed}\nThe fixed version.\n`);
		save();
		const page = await dev.until(
			SEED_PATH,
			(status, body) => status === 200 && body.includes('The fixed version.'),
			save,
		);
		expect(page.body).not.toContain('31/12/2019');
	});
});

describe('astro dev started with a broken article', () => {
	const { project, seedFile, seed } = projectWithArticles('dev-server-broken');
	let dev: DevServer;

	beforeAll(async () => {
		writeFileSync(seedFile, seed.replace('pubDate: 2019-12-31', 'pubDate: 31/12/2019'));
		dev = await startDevServer(project.root, project.cacheDir);
	}, 60_000);

	afterAll(() => {
		dev.stop();
		rmSync(project.root, { recursive: true, force: true });
	});

	it('keeps serving and shows the problem until the file is fixed', async () => {
		const page = await dev.until('/', (status) => status === 500);
		expect(page.body).toContain('<title>ArticleError</title>');
		expect(dev.log()).toContain(BAD_DATE_PROBLEM);
		const save = () => writeFileSync(seedFile, seed);
		save();
		await dev.until(SEED_PATH, (status) => status === 200, save);
	});
});
