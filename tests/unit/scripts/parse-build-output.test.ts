import { describe, expect, it } from 'vitest';
import { isBuildReportLine, parseBuildOutput } from '../../../scripts/bench/parse-build-output.ts';

const STAGES = { sync: 12.34, render: 10.2, index: 1.05, total: 25.6 };

describe('parseBuildOutput', () => {
	it.each([
		['a bare line', 'build stages: sync=12.34s render=10.20s index=1.05s total=25.60s'],
		[
			"the Astro logger's prefix",
			'01:18:07 [build] build stages: sync=12.34s render=10.20s index=1.05s total=25.60s',
		],
		[
			'a prefix with a level',
			'01:18:07 [WARN] [build] build stages: sync=12.34s render=10.20s index=1.05s total=25.60s',
		],
		[
			'colour codes and a carriage return',
			'\u001b[2m01:18:07\u001b[22m \u001b[34m[build]\u001b[39m build stages: sync=12.34s render=10.20s index=1.05s total=25.60s\r',
		],
	])('reads the stage line with %s', (_, line) => {
		const output = `01:17:50 [content] Syncing content\n${line}\n01:18:08 [build] Complete!\n`;
		expect(parseBuildOutput(output).stages).toEqual(STAGES);
	});

	it('reads whole seconds and takes the last of two stage lines', () => {
		const output = [
			'build stages: sync=1s render=2s index=3s total=6s',
			'build stages: sync=2s render=3s index=0s total=5.5s',
		].join('\n');
		expect(parseBuildOutput(output).stages).toEqual({ sync: 2, render: 3, index: 0, total: 5.5 });
	});

	it.each([
		['no stage line at all', '01:18:08 [build] Complete!'],
		['a stage missing', 'build stages: sync=12.34s render=10.20s total=25.60s'],
		[
			'a figure without its unit',
			'build stages: sync=12.34 render=10.20s index=1.05s total=25.60s',
		],
		['text before the line', 'said build stages: sync=1s render=2s index=3s total=6s'],
	])('gives null stages for %s', (_, output) => {
		expect(parseBuildOutput(output).stages).toBeNull();
	});

	it("reads the loader's count of parsed articles, and null without it", () => {
		expect(
			parseBuildOutput('01:17:52 [content] 10000 articles: 1 parsed, 9999 unchanged').parsed,
		).toBe(1);
		expect(parseBuildOutput('300 articles: 300 parsed, 0 unchanged\n').parsed).toBe(300);
		expect(parseBuildOutput('01:17:52 [content] Synced content').parsed).toBeNull();
	});
});

describe('isBuildReportLine', () => {
	it('keeps the lines parseBuildOutput reads and drops the per-page lines', () => {
		expect(
			isBuildReportLine('01:18:07 [build] build stages: sync=1s render=2s index=3s total=6s'),
		).toBe(true);
		expect(isBuildReportLine('01:17:52 [content] 300 articles: 1 parsed, 299 unchanged')).toBe(
			true,
		);
		expect(isBuildReportLine('  ├─ /articles/article-000001/index.html (+2ms)')).toBe(false);
	});
});
