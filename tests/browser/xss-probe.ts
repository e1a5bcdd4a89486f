import type { Page } from '@playwright/test';
import { recordCspViolations } from '../helpers/browser/browser-fixtures.ts';

/** What the probe saw on one page. */
export interface ProbeReport {
	/** Dialogs that opened (alert, confirm, prompt, beforeunload). */
	dialogs: string[];
	/** Calls to the sinks vectors call: alert, confirm, prompt, print, xss. */
	sinkCalls: string[];
	/** Content Security Policy violations (events and console reports). */
	violations: string[];
	/** Requests to another origin that nobody asked for (before any click). */
	foreignRequests: string[];
	/** Navigations the page started that no clicked link asked for, popups included. */
	navigations: string[];
	/** Links clicked whose address is not http(s), mailto or on the page's own origin. */
	unsafeLinks: string[];
	/** How many links and controls in the article were hovered, focused and clicked with the mouse. */
	interacted: number;
	/** How many elements of the article were sent synthetic pointer, focus and key events. */
	touched: number;
}

/**
 * Runs before any of the page's own code: sinks that record instead of block. Only in the top
 * frame, so a vector that takes a fresh `alert` from a new frame opens a real dialog, which
 * the probe sees too.
 */
function installSinks(): void {
	if (window.top !== window) return;
	const calls: string[] = [];
	const violations: string[] = [];
	const record = (name: string) =>
		function sink(...args: unknown[]) {
			calls.push(`${name}(${args.map(String).join(', ')})`);
			return name === 'confirm' ? false : null;
		};
	Object.assign(window, {
		__xssCalls: calls,
		__xssViolations: violations,
		alert: record('alert'),
		confirm: record('confirm'),
		prompt: record('prompt'),
		print: record('print'),
		xss: record('xss'),
	});
	document.addEventListener('securitypolicyviolation', (event) => {
		violations.push(`${event.effectiveDirective} blocked ${event.blockedURI} ${event.sample}`);
	});
}

/**
 * Links and controls a reader can hover, focus or click in the article's content; the table of
 * contents and section anchors, and a live page's permalinks, key events and its links to reload
 * and to its feed, are our own links and get synthetic events only.
 */
const INTERACTIVE =
	'article :is(a, area, button, input, select, textarea, summary, label, [tabindex], [contenteditable]):not(.toc a, .heading-anchor, .update-time, .key-events a, .live-status a)';

/** Sends every element of the article the events a reader's pointer and keyboard would. */
function touchEveryElement(): number {
	const elements = [...document.querySelectorAll<HTMLElement>('article *')];
	for (const element of elements) {
		for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'mousemove']) {
			element.dispatchEvent(new MouseEvent(type, { bubbles: true }));
		}
		element.focus();
		element.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
		element.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Enter' }));
		for (const type of ['mousedown', 'mouseup', 'mouseout', 'mouseleave']) {
			element.dispatchEvent(new MouseEvent(type, { bubbles: true }));
		}
		element.blur();
	}
	return elements.length;
}

/** Where a control is, after it is scrolled into view and focused, and the address it links to. */
interface Aimed {
	href: string | null;
	/** Its centre in the viewport, or null when it takes no space (hidden, empty). */
	box: { x: number; y: number } | null;
}

/** Scrolls the `index`-th element matching `selector` into view, focuses it, and aims at it. */
function aimAt({ selector, index }: { selector: string; index: number }): Aimed | null {
	const element = document.querySelectorAll<HTMLElement>(selector)[index];
	if (element === undefined) return null;
	element.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
	element.focus();
	const rect = element.getBoundingClientRect();
	return {
		href:
			element instanceof HTMLAnchorElement || element instanceof HTMLAreaElement
				? element.href
				: null,
		box:
			rect.width > 0 && rect.height > 0
				? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
				: null,
	};
}

/**
 * Loads `url` and reports anything an article could make happen: a dialog, a call to a sink
 * (`alert(1)` and friends, replaced by recorders), a CSP violation, a request to another
 * origin, a navigation; then hovers, focuses and clicks every link and control in the article
 * and reports again. Each click's navigation is answered with 204 No Content, so the page
 * stays and the next element can be tried; the address it asked for is checked instead.
 */
export async function probePage(page: Page, url: string): Promise<ProbeReport> {
	const origin = new URL(url).origin;
	const report: ProbeReport = {
		dialogs: [],
		sinkCalls: [],
		violations: [],
		foreignRequests: [],
		navigations: [],
		unsafeLinks: [],
		interacted: 0,
		touched: 0,
	};
	const asked = new Set<string>();
	let loaded = false;

	await page.addInitScript(installSinks);
	page.on('dialog', (dialog) => {
		report.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss().catch(() => undefined);
	});
	page.on('popup', (popup) => report.navigations.push(`popup ${popup.url()}`));
	recordCspViolations(page, report.violations);
	await page.route('**/*', async (route) => {
		const request = route.request();
		const target = request.url();
		if (loaded && request.isNavigationRequest() && request.frame() === page.mainFrame()) {
			if (!asked.has(target.replace(/#.*$/, ''))) report.navigations.push(target);
			await route.fulfill({ status: 204, body: '' });
			return;
		}
		if (new URL(target).origin !== origin) {
			if (!loaded || !asked.has(target.replace(/#.*$/, ''))) report.foreignRequests.push(target);
			await route.abort('blockedbyclient');
			return;
		}
		await route.continue();
	});

	await page.goto(url, { waitUntil: 'load' });
	loaded = true;

	report.touched = await page.evaluate(touchEveryElement);
	const count = await page.locator(INTERACTIVE).count();
	for (let index = 0; index < count; index++) {
		// One round trip puts the control in view, focuses it and says where it is; then the real
		// mouse moves onto it and clicks (hover, press, release: one more round trip).
		const control = await page.evaluate(aimAt, { selector: INTERACTIVE, index });
		if (control === null) continue;
		if (control.href !== null && control.href !== '') {
			const scheme = new URL(control.href).protocol;
			if (!['http:', 'https:', 'mailto:'].includes(scheme)) report.unsafeLinks.push(control.href);
			asked.add(control.href.replace(/#.*$/, ''));
		}
		if (control.box === null) {
			await page.locator(INTERACTIVE).nth(index).dispatchEvent('click');
		} else {
			await page.mouse.click(control.box.x, control.box.y);
		}
		report.interacted++;
	}
	// Anything a handler scheduled gets a moment to run.
	await page.waitForTimeout(100);
	const seen = await page
		.evaluate(() => {
			const w = window as unknown as { __xssCalls?: string[]; __xssViolations?: string[] };
			return { calls: w.__xssCalls ?? [], violations: w.__xssViolations ?? [] };
		})
		.catch((error: unknown) => ({ calls: [`page gone: ${String(error)}`], violations: [] }));
	report.sinkCalls.push(...seen.calls);
	report.violations.push(...seen.violations);
	return report;
}
