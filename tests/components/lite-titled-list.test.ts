import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import LiteTitledList from '../../src/components/lite/LiteTitledList.astro';

async function render(props: Record<string, unknown>) {
	const container = await AstroContainer.create();
	return parse(
		await container.renderToString(LiteTitledList, {
			props,
			slots: { default: '<li>One</li><li>Two</li>' },
		}),
	);
}

describe('LiteTitledList', () => {
	it('puts a heading and the given items in a div, with no class or style', async () => {
		const page = await render({ title: 'Corrections' });
		expect(page.querySelector('div > h2')?.text.trim()).toBe('Corrections');
		expect(page.querySelectorAll('div > ul > li').map((li) => li.text)).toEqual(['One', 'Two']);
		expect(page.querySelectorAll('[class], style')).toEqual([]);
	});

	it('holds them in the element asked for, the heading in the strings’ language', async () => {
		const page = await render({ title: 'Topics', lang: 'en', as: 'footer' });
		expect(page.querySelector('footer > h2 > span[lang="en"]')?.text).toBe('Topics');
		expect(page.querySelectorAll('footer > ul > li')).toHaveLength(2);
	});
});
