import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ROOT_BUILD } from '../helpers/shared/paths.ts';
import { listPages, parsePage } from '../helpers/shared/site-pages.ts';

const pages = listPages(ROOT_BUILD.outDir);

describe.each(pages)('page $path', (page) => {
	const doc = parsePage(page);

	it("carries a Content Security Policy with hashes only, no 'unsafe-inline'", () => {
		const policy =
			doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ??
			'';
		for (const directive of [
			"default-src 'self'",
			"object-src 'none'",
			"base-uri 'none'",
			"form-action 'self'",
			"frame-src 'none'",
		]) {
			expect(policy).toContain(directive);
		}
		expect(policy).toMatch(/style-src 'self' 'sha256-/);
		expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'/);
	});

	it("lets only each edition's search page compile WebAssembly (Pagefind's), and still only its own scripts", () => {
		const policy =
			doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ??
			'';
		if (/^\/(ar\/)?search\/$/.test(page.path)) {
			expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
		} else {
			expect(policy).not.toContain('wasm-unsafe-eval');
		}
	});

	it('lets in each inline style and script by its own hash, which the browser computes the same', () => {
		const policy =
			doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ??
			'';
		const hashes = (directive: string) =>
			new Set(
				policy
					.split(';')
					.find((part) => part.trim().startsWith(`${directive} `))
					?.match(/'sha256-[^']+'/g) ?? [],
			);
		const inline = (selector: string) =>
			[...doc.querySelectorAll(selector)].map(
				(element) =>
					`'sha256-${createHash('sha256').update(element.textContent).digest('base64')}'`,
			);
		const styles = inline('style');
		expect(styles.length).toBeGreaterThan(0);
		for (const hash of styles) expect(hashes('style-src')).toContain(hash);
		for (const hash of inline('script:not([src]):not([type="application/ld+json"])'))
			expect(hashes('script-src')).toContain(hash);
	});

	it('has no inline style attribute, which the policy would block', () => {
		expect(doc.querySelectorAll('[style]')).toHaveLength(0);
	});
});
