import { primaryLanguage } from '../../core/language.ts';
import { displayLocale } from './format-article-date.ts';

/** The words of the reader-facing interface in one language. */
export interface UiStrings {
	/** BCP 47 tag of the language these strings are written in. */
	lang: string;
	/** The skip link's text. */
	skipToContent: string;
	/** Heading of the table of contents. */
	tableOfContents: string;
	/** The word before the authors' names in a byline. */
	by: string;
	/** Label before the date of the last update. */
	updated: string;
	/** Reading time, in whole minutes. */
	readingTime: (minutes: number) => string;
	/** Says what language the article was translated from, given that language's name. */
	translatedFrom: (language: string) => string;
	/** Text of the link to the original when the original's title is not known. */
	original: string;
	/** Text of a translation's link to its original on this site, given the original's language. */
	readOriginal: (language: string) => string;
	/** Text of an original's link to its translation, written in the translation's language. */
	readTranslation: (language: string) => string;
	/** Accessible name of the header's links to the site's other editions. */
	editions: string;
	/** Heading of the corrections list. */
	corrections: string;
	/** Heading of the topics list. */
	topics: string;
	/** Accessible name of a section's anchor link. */
	linkToSection: (title: string) => string;
	/** Heading of the home page's list. */
	latestArticles: string;
	/** Shown on the home page when there is nothing to list. */
	noArticles: string;
	/** Title and heading of the 404 page. */
	notFound: string;
	/** Explanation on the 404 page. */
	notFoundText: string;
	/** Link back home from the 404 page. */
	backHome: string;
	/** Heading of the share links. */
	share: string;
	/** Accessible name of a link that shares the article on `service` (`X`, `Facebook`…). */
	shareOn: (service: string) => string;
	/** Text of the link that shares the article by email. */
	shareByEmail: string;
	/** Who made the lead image, as printed under it. */
	imageCredit: (credit: string) => string;
	/** Heading of the list of related articles. */
	related: string;
	/** Accessible name of the site's navigation. */
	siteNavigation: string;
	/** Accessible name of a listing's page links. */
	pagination: string;
	/** Link to the previous (newer) page of a listing. */
	previousPage: string;
	/** Link to the next (older) page of a listing. */
	nextPage: string;
	/** Accessible name of a numbered page link. */
	pageNumber: (page: number) => string;
	/** Added to a listing's title from its second page on. */
	pageOf: (page: number, last: number) => string;
	/** A number of articles. */
	articleCount: (count: number) => string;
	/** Description of a topic's page. */
	topicDescription: (topic: string) => string;
	/** Description of the topics index. */
	topicsDescription: string;
	/** Title of the archive. */
	archive: string;
	/** Description of the archive's pages. */
	archiveDescription: string;
	/** Description of a year's or month's archive page, given its name (`March 2024`). */
	archivePeriodDescription: (period: string) => string;
	/** Link from the 404 and search pages to the topics index. */
	browseTopics: string;
	/** Link from the 404 and search pages to the archive. */
	browseArchive: string;
	/** Title and heading of the search page; the search button's text. */
	search: string;
	/** The search page's meta description. */
	searchDescription: string;
	/** Label of the search box. */
	searchLabel: string;
	/** Says that search needs JavaScript, before the links that work without it. */
	searchNeedsScript: string;
	/** What the search page says about a search, filled in by its script. */
	searchStatus: SearchStatusText;
	/** Says, above the headline, that an article is more than `years` whole years old. */
	articleAge: (years: number) => string;
	/** The label above the headline of each kind of article but news. */
	articleType: { analysis: string; opinion: string; explainer: string };
	/** Title of the authors index. */
	authors: string;
	/** Description of the authors index. */
	authorsDescription: string;
	/** Shown on the authors index before any author file exists. */
	noAuthors: string;
	/** Heading of an author's articles, and the description of an author page without a bio. */
	articlesBy: (name: string) => string;
	/** Shown on an author's page before any article of theirs is published. */
	noAuthorArticles: string;
	/** Heading of an author's profiles elsewhere and email address. */
	authorElsewhere: string;
	/** Text of an author's email link, given the address. */
	emailAuthor: (address: string) => string;
	/** Text of the link to an author's Atom feed. */
	authorFeed: string;
	/** The front page's heading, over the lead and the top stories. */
	topStories: string;
	/** Heading of the front page's list of the rest of the news. */
	moreNews: string;
	/** Link from a topic block to the topic's page. */
	moreOnTopic: (topic: string) => string;
	/** Accessible name of the footer's links to the newsroom's pages. */
	aboutNewsroom: string;
	/** The footer's link text to each of the newsroom's pages. */
	newsroomPages: {
		about: string;
		masthead: string;
		corrections: string;
		ethics: string;
		contact: string;
	};
	/** The footer's line about who publishes the site, given the publisher's legal name. */
	publishedBy: (legalName: string) => string;
	/** Shown in a feed where a body image would be (feeds carry no image): its alternative. */
	imageInFeed: (alt: string) => string;
	/** The words of a sensitive figure or gallery's gate, a `<details>` closed until opened. */
	sensitive: {
		/** Said before the article's reason (`Sensitive content`). */
		warning: string;
		/** What opening the gate does, for one image. */
		showImage: string;
		/** What opening the gate does, for a gallery. */
		showImages: string;
		/** Said in a feed instead of the image, after the reason. */
		inFeed: string;
	};
	/** Accessible name of a timeline's list of dated events. */
	timeline: string;
	/** The words of a social media post kept as a snapshot. */
	post: {
		/** Text of the link to the original post, on its network. */
		original: string;
	};
	/** The text-only edition (`/lite/`): its name, shown in its header. */
	liteEdition: string;
	/** Text of a full page's link to its text-only version. */
	liteVersion: string;
	/** Text of a text-only page's link to its full version. */
	fullVersion: string;
	/** The words of a video block, which links to the provider's player and loads nothing. */
	video: {
		/** The link's text. */
		play: string;
		/** Says that following the link leaves the site for the provider's player. */
		note: string;
		/** The caption under the link. */
		caption: string;
	};
	/** The words of a live page (live coverage). */
	live: {
		/** The label above a live article's updates while the coverage runs. */
		running: string;
		/** Says the coverage has ended, before the time it ended. */
		ended: string;
		/** Label before the newest update's time. */
		lastUpdated: string;
		/** Text of the plain link that reloads the page for newer updates. */
		reload: string;
		/** Heading of the list of key events. */
		keyEvents: string;
		/** Heading of the updates. */
		updates: string;
		/** Marks a key event among the updates. */
		keyEvent: string;
		/** Link to the previous page of updates (newer ones). */
		newer: string;
		/** Link to the next page of updates (older ones). */
		older: string;
		/** Accessible name of the pages of updates. */
		pages: string;
		/** Title of the updates' Atom feed. */
		feed: string;
	};
}

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

const en: UiStrings = {
	readOriginal: (language) => `Read the original in ${language}`,
	readTranslation: (language) => `Read this in ${language}`,
	editions: 'Editions',
	lang: 'en',
	skipToContent: 'Skip to content',
	tableOfContents: 'In this article',
	by: 'By',
	updated: 'Updated',
	readingTime: (minutes) => `${minutes} min read`,
	translatedFrom: (language) => `Translated from ${language}`,
	original: 'read the original',
	corrections: 'Corrections',
	topics: 'Topics',
	linkToSection: (title) => `Link to section: ${title}`,
	latestArticles: 'Latest articles',
	noArticles: 'No articles have been published yet.',
	notFound: 'Page not found',
	notFoundText:
		'There is no page at this address. The link may be mistyped, or the page may have moved.',
	backHome: 'Go to the latest articles',
	share: 'Share this article',
	shareOn: (service) => `Share on ${service}`,
	shareByEmail: 'Email',
	imageCredit: (credit) => `Photo: ${credit}`,
	related: 'Related coverage',
	siteNavigation: 'Site',
	pagination: 'Pages',
	previousPage: 'Newer articles',
	nextPage: 'Older articles',
	pageNumber: (page) => `Page ${page}`,
	pageOf: (page, last) => `page ${page} of ${last}`,
	articleCount: (count) => (count === 1 ? '1 article' : `${count} articles`),
	topicDescription: (topic) => `The latest articles about ${topic}.`,
	topicsDescription: 'Every topic the site covers, with its number of articles.',
	archive: 'Archive',
	archiveDescription: 'Every article, by year and month of publication.',
	archivePeriodDescription: (period) => `Articles published in ${period}.`,
	browseTopics: 'Browse the topics',
	browseArchive: 'Browse the archive',
	search: 'Search',
	searchDescription: 'Search the text of every article.',
	searchLabel: 'Search articles',
	searchNeedsScript:
		'Searching needs JavaScript, which is off or did not load. Every article can also be found by topic or by date:',
	searchStatus: {
		searching: 'Searching…',
		none: 'No article matches “{query}”.',
		one: 'One article matches “{query}”.',
		other: '{count} articles match “{query}”.',
		unavailable: 'Search could not start. Every article can also be found by topic or by date:',
	},
	articleAge: (years) =>
		years === 1
			? 'This article is more than a year old'
			: `This article is more than ${years} years old`,
	articleType: { analysis: 'Analysis', opinion: 'Opinion', explainer: 'Explainer' },
	authors: 'Authors',
	authorsDescription: 'The journalists who report and write our articles.',
	noAuthors: 'No author has a page yet.',
	articlesBy: (name) => `Articles by ${name}`,
	noAuthorArticles: 'No article by this author has been published yet.',
	authorElsewhere: 'Elsewhere',
	emailAuthor: (address) => `Email: ${address}`,
	authorFeed: 'Follow these articles in a feed reader (Atom)',
	topStories: 'Top stories',
	moreNews: 'More news',
	moreOnTopic: (topic) => `More on ${topic}`,
	aboutNewsroom: 'About us',
	newsroomPages: {
		about: 'About us',
		masthead: 'Masthead',
		corrections: 'Corrections policy',
		ethics: 'Ethics policy',
		contact: 'Contact',
	},
	publishedBy: (legalName) => `Published by ${legalName}.`,
	imageInFeed: (alt) => `Image: ${alt}`,
	sensitive: {
		warning: 'Sensitive content',
		showImage: 'Show the image',
		showImages: 'Show the images',
		inFeed: 'The image is on the article page.',
	},
	timeline: 'Timeline',
	post: { original: 'View the original post' },
	liteEdition: 'Text-only edition',
	liteVersion: 'Text-only version',
	fullVersion: 'Full version, with images',
	video: {
		play: 'Play video',
		note: "Opens the video provider's player",
		caption: 'Video',
	},
	live: {
		running: 'Live coverage',
		ended: 'This live coverage has ended.',
		lastUpdated: 'Last updated',
		reload: 'Reload for the latest updates',
		keyEvents: 'Key events',
		updates: 'Updates',
		keyEvent: 'Key event',
		newer: 'Newer updates',
		older: 'Older updates',
		pages: 'Pages of updates',
		feed: 'Updates (Atom)',
	},
};

// Arabic has six plural forms; CLDR's rules pick one for each number (1 دقيقة, 2 دقيقتان, 3–10
// دقائق, 11–99 دقيقة...). The words for one and two carry the number, so no digit is shown.
const arabicPlural = new Intl.PluralRules('ar');
const arabicNumber = new Intl.NumberFormat(displayLocale('ar'));

function arabicMinutes(minutes: number): string {
	switch (arabicPlural.select(minutes)) {
		case 'one':
			return 'دقيقة واحدة';
		case 'two':
			return 'دقيقتان';
		case 'few':
			return `${arabicNumber.format(minutes)} دقائق`;
		default:
			// "zero", "many" and "other" all take the singular noun after the number.
			return `${arabicNumber.format(minutes)} دقيقة`;
	}
}

function arabicYears(years: number): string {
	switch (arabicPlural.select(years)) {
		case 'one':
			return 'سنة';
		case 'two':
			return 'سنتين';
		case 'few':
			return `${arabicNumber.format(years)} سنوات`;
		default:
			// "many" and "other" take the singular noun after the number (11 سنة، 100 سنة).
			return `${arabicNumber.format(years)} سنة`;
	}
}

function arabicArticles(count: number): string {
	switch (arabicPlural.select(count)) {
		case 'one':
			return 'مقال واحد';
		case 'two':
			return 'مقالان';
		case 'few':
			return `${arabicNumber.format(count)} مقالات`;
		case 'many':
			return `${arabicNumber.format(count)} مقالًا`;
		default:
			return `${arabicNumber.format(count)} مقال`;
	}
}

const ar: UiStrings = {
	readOriginal: (language) => `اقرأ النص الأصلي باللغة ${language}`,
	readTranslation: (language) => `اقرأ هذا باللغة ${language}`,
	editions: 'الطبعات',
	lang: 'ar',
	skipToContent: 'انتقل إلى المحتوى',
	tableOfContents: 'في هذا المقال',
	by: 'بقلم',
	updated: 'آخر تحديث',
	readingTime: (minutes) => `مدة القراءة: ${arabicMinutes(minutes)}`,
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
	articleCount: arabicArticles,
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
	articleAge: (years) => `مضى على هذا المقال أكثر من ${arabicYears(years)}`,
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
