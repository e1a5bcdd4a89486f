import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG levels every page is held to: 2.0, 2.1 and 2.2, A and AA. */
const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Axe on `page` with the WCAG 2.2 AA rules. In legacy mode axe runs in the page itself: the
 * default opens a blank page to merge the results of each frame, which costs some 1.5 s a call on
 * a 2-core machine (axe's own run takes 30 to 80 ms on our pages), and our pages have no frames
 * (`frame-src 'none'`) to merge.
 */
export function wcagAxe(page: Page): AxeBuilder {
	return new AxeBuilder({ page }).withTags(WCAG_AA_TAGS).setLegacyMode(true);
}
