import { primaryLanguage } from '../../core/language.ts';
import { displayLocale } from './format-article-date.ts';

/**
 * The search page's messages, as templates its script fills in: `{query}` is what the reader
 * typed, `{count}` the number of results. Plain strings, so they can travel to the script.
 */
export interface SearchStatusText {
	/** While the index loads or a search runs. */
	searching: string;
	/** No article matches. */
	none: string;
	/** One article matches. */
	one: string;
	/** Counts of the plural forms a language has besides one and other (CLDR's two, few, many). */
	two?: string;
	few?: string;
	many?: string;
	/** Any other count. */
	other: string;
	/** The index or its script failed to load. */
	unavailable: string;
}

/** The search page's messages in English (other languages may add plural forms). */
const englishSearchStatus: SearchStatusText = {
	searching: 'Searching…',
	none: 'No article matches “{query}”.',
	one: 'One article matches “{query}”.',
	other: '{count} articles match “{query}”.',
	unavailable: 'Search could not start. Every article can also be found by topic or by date:',
};

/**
 * The words of the reader-facing interface in English, the reference table: its keys, their
 * documentation and their types are `UiStrings`, which every other language's table must match
 * (`missingStrings` names what one lacks). A new string is written here first, then translated.
 */
const en = {
	/** BCP 47 tag of the language these strings are written in. */
	lang: 'en',
	/** The skip link's text. */
	skipToContent: 'Skip to content',
	/** Heading of the table of contents. */
	tableOfContents: 'In this article',
	/** The word before the authors' names in a byline. */
	by: 'By',
	/** Label before the date of the last update. */
	updated: 'Updated',
	/** Reading time, in whole minutes. */
	readingTime: (minutes: number) => `${minutes} min read`,
	/** Says what language the article was translated from, given that language's name. */
	translatedFrom: (language: string) => `Translated from ${language}`,
	/** Text of the link to the original when the original's title is not known. */
	original: 'read the original',
	/** Text of a translation's link to its original on this site, given the original's language. */
	readOriginal: (language: string) => `Read the original in ${language}`,
	/** Text of an original's link to its translation, written in the translation's language. */
	readTranslation: (language: string) => `Read this in ${language}`,
	/** Accessible name of the header's links to the site's other editions. */
	editions: 'Editions',
	/** Heading of the corrections list. */
	corrections: 'Corrections',
	/** Heading of the topics list. */
	topics: 'Topics',
	/** Accessible name of a section's anchor link. */
	linkToSection: (title: string) => `Link to section: ${title}`,
	/** Heading of the home page's list. */
	latestArticles: 'Latest articles',
	/** Shown on the home page when there is nothing to list. */
	noArticles: 'No articles have been published yet.',
	/** Title and heading of the 404 page. */
	notFound: 'Page not found',
	/** Explanation on the 404 page. */
	notFoundText:
		'There is no page at this address. The link may be mistyped, or the page may have moved.',
	/** Link back home from the 404 page. */
	backHome: 'Go to the latest articles',
	/** Heading of the share links. */
	share: 'Share this article',
	/** Accessible name of a link that shares the article on `service` (`X`, `Facebook`…). */
	shareOn: (service: string) => `Share on ${service}`,
	/** Text of the link that shares the article by email. */
	shareByEmail: 'Email',
	/** Who made the lead image, as printed under it. */
	imageCredit: (credit: string) => `Photo: ${credit}`,
	/** Heading of the list of related articles. */
	related: 'Related coverage',
	/** Accessible name of the site's navigation. */
	siteNavigation: 'Site',
	/** Accessible name of a listing's page links. */
	pagination: 'Pages',
	/** Link to the previous (newer) page of a listing. */
	previousPage: 'Newer articles',
	/** Link to the next (older) page of a listing. */
	nextPage: 'Older articles',
	/** Accessible name of a numbered page link. */
	pageNumber: (page: number) => `Page ${page}`,
	/** Added to a listing's title from its second page on. */
	pageOf: (page: number, last: number) => `page ${page} of ${last}`,
	/** A number of articles. */
	articleCount: (count: number) => (count === 1 ? '1 article' : `${count} articles`),
	/** Description of a topic's page. */
	topicDescription: (topic: string) => `The latest articles about ${topic}.`,
	/** Description of the topics index. */
	topicsDescription: 'Every topic the site covers, with its number of articles.',
	/** Title of the archive. */
	archive: 'Archive',
	/** Description of the archive's pages. */
	archiveDescription: 'Every article, by year and month of publication.',
	/** Description of a year's or month's archive page, given its name (`March 2024`). */
	archivePeriodDescription: (period: string) => `Articles published in ${period}.`,
	/** Link from the 404 and search pages to the topics index. */
	browseTopics: 'Browse the topics',
	/** Link from the 404 and search pages to the archive. */
	browseArchive: 'Browse the archive',
	/** Title and heading of the search page; the search button's text. */
	search: 'Search',
	/** The search page's meta description. */
	searchDescription: 'Search the text of every article.',
	/** Label of the search box. */
	searchLabel: 'Search articles',
	/** Says that search needs JavaScript, before the links that work without it. */
	searchNeedsScript:
		'Searching needs JavaScript, which is off or did not load. Every article can also be found by topic or by date:',
	/** What the search page says about a search, filled in by its script. */
	searchStatus: englishSearchStatus,
	/** Says, above the headline, that an article is more than `years` whole years old. */
	articleAge: (years: number) =>
		years === 1
			? 'This article is more than a year old'
			: `This article is more than ${years} years old`,
	/** The label above the headline of each kind of article but news. */
	articleType: { analysis: 'Analysis', opinion: 'Opinion', explainer: 'Explainer' },
	/** Title of the authors index. */
	authors: 'Authors',
	/** Description of the authors index. */
	authorsDescription: 'The journalists who report and write our articles.',
	/** Shown on the authors index before any author file exists. */
	noAuthors: 'No author has a page yet.',
	/** Heading of an author's articles, and the description of an author page without a bio. */
	articlesBy: (name: string) => `Articles by ${name}`,
	/** Shown on an author's page before any article of theirs is published. */
	noAuthorArticles: 'No article by this author has been published yet.',
	/** Heading of an author's profiles elsewhere and email address. */
	authorElsewhere: 'Elsewhere',
	/** Text of an author's email link, given the address. */
	emailAuthor: (address: string) => `Email: ${address}`,
	/** Text of the link to an author's Atom feed. */
	authorFeed: 'Follow these articles in a feed reader (Atom)',
	/** The front page's heading, over the lead and the top stories. */
	topStories: 'Top stories',
	/** Heading of the front page's list of the rest of the news. */
	moreNews: 'More news',
	/** Link from a topic block to the topic's page. */
	moreOnTopic: (topic: string) => `More on ${topic}`,
	/** Accessible name of the footer's links to the newsroom's pages. */
	aboutNewsroom: 'About us',
	/** The footer's link text to each of the newsroom's pages. */
	newsroomPages: {
		about: 'About us',
		masthead: 'Masthead',
		corrections: 'Corrections policy',
		ethics: 'Ethics policy',
		contact: 'Contact',
	},
	/** The footer's line about who publishes the site, given the publisher's legal name. */
	publishedBy: (legalName: string) => `Published by ${legalName}.`,
	/** Shown in a feed where a body image would be (feeds carry no image): its alternative. */
	imageInFeed: (alt: string) => `Image: ${alt}`,
	/** The words of a sensitive figure or gallery's gate, a `<details>` closed until opened. */
	sensitive: {
		/** Said before the article's reason (`Sensitive content`). */
		warning: 'Sensitive content',
		/** What opening the gate does, for one image. */
		showImage: 'Show the image',
		/** What opening the gate does, for a gallery. */
		showImages: 'Show the images',
		/** Said in a feed instead of the image, after the reason. */
		inFeed: 'The image is on the article page.',
	},
	/** Accessible name of a timeline's list of dated events. */
	timeline: 'Timeline',
	/** The words of a social media post kept as a snapshot. */
	post: { original: 'View the original post' },
	/** The text-only edition (`/lite/`): its name, shown in its header. */
	liteEdition: 'Text-only edition',
	/** Text of a full page's link to its text-only version. */
	liteVersion: 'Text-only version',
	/** Text of a text-only page's link to its full version. */
	fullVersion: 'Full version, with images',
	/** The words of a video block, which links to the provider's player and loads nothing. */
	video: {
		/** The link's text. */
		play: 'Play video',
		/** Says that following the link leaves the site for the provider's player. */
		note: "Opens the video provider's player",
		/** The caption under the link. */
		caption: 'Video',
	},
	/** The words of a live page (live coverage). */
	live: {
		/** The label above a live article's updates while the coverage runs. */
		running: 'Live coverage',
		/** Says the coverage has ended, before the time it ended. */
		ended: 'This live coverage has ended.',
		/** Label before the newest update's time. */
		lastUpdated: 'Last updated',
		/** Text of the plain link that reloads the page for newer updates. */
		reload: 'Reload for the latest updates',
		/** Heading of the list of key events. */
		keyEvents: 'Key events',
		/** Heading of the updates. */
		updates: 'Updates',
		/** Marks a key event among the updates. */
		keyEvent: 'Key event',
		/** Link to the previous page of updates (newer ones). */
		newer: 'Newer updates',
		/** Link to the next page of updates (older ones). */
		older: 'Older updates',
		/** Accessible name of the pages of updates. */
		pages: 'Pages of updates',
		/** Title of the updates' Atom feed. */
		feed: 'Updates (Atom)',
	},
};

/** The words of the reader-facing interface in one language. */
export type UiStrings = typeof en;

// Arabic has six plural forms; CLDR's rules pick one for each number (1 دقيقة, 2 دقيقتان, 3–10
// دقائق, 11–99 دقيقة...). The words for one and two carry the number, so no digit is shown.
const arabicPlural = new Intl.PluralRules('ar');
const arabicNumber = new Intl.NumberFormat(displayLocale('ar'));

/**
 * `count` of a noun in Arabic: the words for one and two alone, else the number before the
 * noun's form for it (`many` when the noun has one of its own, else `other`, which "zero" takes
 * too).
 */
function arabicCount(
	count: number,
	forms: { one: string; two: string; few: string; many?: string; other: string },
): string {
	const form = arabicPlural.select(count);
	if (form === 'one' || form === 'two') return forms[form];
	const noun =
		form === 'few' ? forms.few : form === 'many' ? (forms.many ?? forms.other) : forms.other;
	return `${arabicNumber.format(count)} ${noun}`;
}

/** The Arabic nouns counted by the interface, in the forms `arabicCount` takes. */
const ARABIC_MINUTES = { one: 'دقيقة واحدة', two: 'دقيقتان', few: 'دقائق', other: 'دقيقة' };
const ARABIC_YEARS = { one: 'سنة', two: 'سنتين', few: 'سنوات', other: 'سنة' };
const ARABIC_ARTICLES = {
	one: 'مقال واحد',
	two: 'مقالان',
	few: 'مقالات',
	many: 'مقالًا',
	other: 'مقال',
};

const ar: UiStrings = {
	readOriginal: (language) => `اقرأ النص الأصلي باللغة ${language}`,
	readTranslation: (language) => `اقرأ هذا باللغة ${language}`,
	editions: 'الطبعات',
	lang: 'ar',
	skipToContent: 'انتقل إلى المحتوى',
	tableOfContents: 'في هذا المقال',
	by: 'بقلم',
	updated: 'آخر تحديث',
	readingTime: (minutes) => `مدة القراءة: ${arabicCount(minutes, ARABIC_MINUTES)}`,
	translatedFrom: (language) => `مترجم من ${language}`,
	original: 'اقرأ النص الأصلي',
	corrections: 'تصحيحات',
	topics: 'مواضيع',
	linkToSection: (title) => `رابط إلى القسم: ${title}`,
	latestArticles: 'أحدث المقالات',
	noArticles: 'لم يُنشر أي مقال بعد.',
	notFound: 'الصفحة غير موجودة',
	notFoundText: 'لا توجد صفحة بهذا العنوان. ربما كُتب الرابط خطأً، أو نُقلت الصفحة.',
	backHome: 'انتقل إلى أحدث المقالات',
	share: 'شارك المقال',
	shareOn: (service) => `شارك على ${service}`,
	shareByEmail: 'البريد الإلكتروني',
	imageCredit: (credit) => `الصورة: ${credit}`,
	related: 'تغطية ذات صلة',
	siteNavigation: 'الموقع',
	pagination: 'الصفحات',
	previousPage: 'مقالات أحدث',
	nextPage: 'مقالات أقدم',
	pageNumber: (page) => `الصفحة ${arabicNumber.format(page)}`,
	pageOf: (page, last) => `الصفحة ${arabicNumber.format(page)} من ${arabicNumber.format(last)}`,
	articleCount: (count) => arabicCount(count, ARABIC_ARTICLES),
	topicDescription: (topic) => `أحدث المقالات عن ${topic}.`,
	topicsDescription: 'كل المواضيع التي يغطيها الموقع، مع عدد مقالات كل منها.',
	archive: 'الأرشيف',
	archiveDescription: 'كل المقالات، حسب سنة النشر وشهره.',
	archivePeriodDescription: (period) => `مقالات نُشرت في ${period}.`,
	browseTopics: 'تصفح المواضيع',
	browseArchive: 'تصفح الأرشيف',
	search: 'بحث',
	searchDescription: 'ابحث في نصوص جميع المقالات.',
	searchLabel: 'ابحث في المقالات',
	searchNeedsScript:
		'يحتاج البحث إلى JavaScript، وهو معطّل أو لم يُحمَّل. يمكن أيضًا الوصول إلى كل مقال عبر المواضيع أو التاريخ:',
	searchStatus: {
		searching: 'جارٍ البحث…',
		none: 'لا يوجد مقال يطابق «{query}».',
		one: 'مقال واحد يطابق «{query}».',
		two: 'مقالان يطابقان «{query}».',
		few: '{count} مقالات تطابق «{query}».',
		many: '{count} مقالًا يطابق «{query}».',
		other: '{count} مقال يطابق «{query}».',
		unavailable: 'تعذّر بدء البحث. يمكن أيضًا الوصول إلى كل مقال عبر المواضيع أو التاريخ:',
	},
	articleAge: (years) => `مضى على هذا المقال أكثر من ${arabicCount(years, ARABIC_YEARS)}`,
	articleType: { analysis: 'تحليل', opinion: 'رأي', explainer: 'شرح' },
	authors: 'الكتّاب',
	authorsDescription: 'الصحفيون الذين يكتبون مقالاتنا ويعدّون تقاريرنا.',
	noAuthors: 'لا توجد صفحة لأي كاتب بعد.',
	articlesBy: (name) => `مقالات ${name}`,
	noAuthorArticles: 'لم يُنشر أي مقال لهذا الكاتب بعد.',
	authorElsewhere: 'على مواقع أخرى',
	emailAuthor: (address) => `البريد الإلكتروني: ${address}`,
	authorFeed: 'تابع هذه المقالات في قارئ الخلاصات (Atom)',
	topStories: 'أبرز الأخبار',
	moreNews: 'المزيد من الأخبار',
	moreOnTopic: (topic) => `المزيد عن ${topic}`,
	aboutNewsroom: 'من نحن',
	newsroomPages: {
		about: 'من نحن',
		masthead: 'هيئة التحرير',
		corrections: 'سياسة التصحيح',
		ethics: 'المبادئ الأخلاقية',
		contact: 'اتصل بنا',
	},
	publishedBy: (legalName) => `تنشره ${legalName}.`,
	imageInFeed: (alt) => `صورة: ${alt}`,
	sensitive: {
		warning: 'محتوى حساس',
		showImage: 'اعرض الصورة',
		showImages: 'اعرض الصور',
		inFeed: 'الصورة في صفحة المقال.',
	},
	timeline: 'تسلسل زمني',
	post: { original: 'اعرض المنشور الأصلي' },
	liteEdition: 'النسخة النصية',
	liteVersion: 'النسخة النصية',
	fullVersion: 'النسخة الكاملة مع الصور',
	video: {
		play: 'شغّل الفيديو',
		note: 'يفتح مشغّل مزوّد الفيديو',
		caption: 'فيديو',
	},
	live: {
		running: 'تغطية مباشرة',
		ended: 'انتهت هذه التغطية المباشرة.',
		lastUpdated: 'آخر تحديث',
		reload: 'أعد تحميل الصفحة لأحدث التحديثات',
		keyEvents: 'أبرز الأحداث',
		updates: 'التحديثات',
		keyEvent: 'حدث بارز',
		newer: 'تحديثات أحدث',
		older: 'تحديثات أقدم',
		pages: 'صفحات التحديثات',
		feed: 'التحديثات (Atom)',
	},
};

/** Every language the interface is translated into, keyed by lower-case BCP 47 tag. */
const STRINGS: Readonly<Record<string, UiStrings>> = { en, ar };

/**
 * The interface strings for `lang`: the exact tag, else its primary language (`pt-BR` → `pt`),
 * else English. Check `strings.lang` to know which language was found.
 */
export function uiStrings(lang: string): UiStrings {
	const tag = lang.toLowerCase();
	return STRINGS[tag] ?? STRINGS[primaryLanguage(tag)] ?? en;
}

/**
 * The interface strings an edition in `lang` lacks: every key of the English table that the
 * table for `lang` (exact tag, else its primary language) has no text for; every key when there
 * is no table. Empty when the language is fully translated.
 */
export function missingStrings(lang: string): string[] {
	const tag = lang.toLowerCase();
	const table = STRINGS[tag] ?? STRINGS[primaryLanguage(tag)] ?? {};
	const present = new Set(
		Object.entries(table).flatMap(([key, value]) => (value === undefined ? [] : [key])),
	);
	return Object.keys(en).filter((key) => !present.has(key));
}

/**
 * The `lang` attribute that text in `textLang` needs on a page in `pageLang`: `textLang` when
 * it is another language (English interface strings on an Arabic article), else `undefined`,
 * so that screen readers pronounce each part in its own language.
 */
export function otherLang(textLang: string, pageLang: string): string | undefined {
	return primaryLanguage(textLang) === primaryLanguage(pageLang) ? undefined : textLang;
}

// Pages ask for the same few languages thousands of times; an Intl object costs far more to build
// than to use.
const displayNames = new Map<string, Intl.DisplayNames>();
const listFormats = new Map<string, Intl.ListFormat>();

/** The name of the language `code` in the language `inLang` (`ar` in `en` is `Arabic`). */
export function languageName(code: string, inLang: string): string {
	const key = `${code}\0${inLang}`;
	let name = languageNames.get(key);
	if (name === undefined) {
		let names = displayNames.get(inLang);
		if (names === undefined) {
			names = new Intl.DisplayNames([inLang], { type: 'language' });
			displayNames.set(inLang, names);
		}
		name = names.of(code) ?? code;
		languageNames.set(key, name);
	}
	return name;
}

// Even with its DisplayNames built, naming a language costs tens of microseconds, on every page.
const languageNames = new Map<string, string>();

function listFormat(lang: string): Intl.ListFormat {
	let format = listFormats.get(lang);
	if (format === undefined) {
		format = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
		listFormats.set(lang, format);
	}
	return format;
}

/** Joins names as a reader of `lang` expects (`A, B and C` in English). */
export function joinNames(names: readonly string[], lang: string): string {
	return listFormat(lang).format(names);
}

/**
 * `joinNames` in pieces, so each name can be rendered as a link: each name's index in `names`,
 * and the words between them (`, `, ` and `) as text.
 */
export function joinNameParts(
	names: readonly string[],
	lang: string,
): ({ index: number } | { text: string })[] {
	let next = 0;
	return listFormat(lang)
		.formatToParts(names)
		.map((part) => (part.type === 'element' ? { index: next++ } : { text: part.value }));
}
