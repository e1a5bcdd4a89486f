/**
 * Generates a deterministic corpus of news articles that pass the article contract: varied
 * length around 900 words, 2 to 4 sections, lists, quotes, links, 1 to 3 of 36 topics, 14
 * authors, a few with updates, corrections and video lines. Article `i` depends on `i` alone, so
 * the corpus of 1,000 is the first 1,000 of the corpus of 10,000.
 *
 *   node scripts/bench/generate-corpus.ts <count> <folder>
 */
import { mkdirSync, opendirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = (
	'the president said on tuesday that government officials would meet in the capital to discuss ' +
	'security forces protest embassy ministry statement reported according agency city council vote ' +
	'budget election minister parliament opposition leaders talks agreement border troops military ' +
	'residents hospital school workers strike union prices energy oil gas water drought harvest ' +
	'farmers market economy inflation bank court judge trial police investigation witnesses ' +
	'spokesman week month year morning evening night region province district village bridge road ' +
	'railway port airport flights storm flood rescue teams volunteers aid supplies reconstruction ' +
	'negotiations ceasefire sanctions trade exports imports companies investors shares growth jobs'
).split(' ');
/**
 * Topics as a news desk files them: regions, beats and running stories. 36 of them, so that topic
 * pages, topic feeds and related coverage are about as many as on a real site; ASCII, so that
 * every peer makes the same topic slugs.
 */
const TAGS = [
	'Iraq',
	'United States',
	'Iran',
	'Economy',
	'Energy',
	'Climate',
	'Elections',
	'Courts',
	'Health',
	'Transport',
	'Culture',
	'Science',
	'Middle East',
	'Europe',
	'Africa',
	'Asia',
	'Latin America',
	'China',
	'Russia',
	'Ukraine',
	'Migration',
	'Human Rights',
	'Education',
	'Technology',
	'Artificial Intelligence',
	'Cybersecurity',
	'Defence',
	'Diplomacy',
	'Trade',
	'Markets',
	'Agriculture',
	'Housing',
	'Labour',
	'Crime',
	'Sport',
	'Media',
];
const AUTHORS = [
	'Jane Doe',
	'Omar Haddad',
	'Li Wei',
	'Amara Okafor',
	'Carlos Ruiz',
	'News desk',
	'Sara Lindqvist',
	'Ravi Menon',
	'Hannah Schmidt',
	'Kwame Mensah',
	'Yuki Tanaka',
	'Fatima Zahra',
	'Diego Alvarez',
	'Nadia Petrova',
];
const DATELINES = [
	'Baghdad',
	'Washington',
	'Tehran',
	'Cairo',
	'London',
	'Nairobi',
	'Delhi',
	'São Paulo',
];
const HEADINGS = [
	'Background',
	'Reactions',
	'What happens next',
	'The numbers',
	'Local impact',
	'Analysis',
	'In the capital',
	'Voices from the ground',
];

/** A small, fast, seedable PRNG (mulberry32): the same seed always gives the same sequence. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The slug of article `index` (0-based). */
export function corpusSlug(index: number): string {
	return `article-${String(index + 1).padStart(6, '0')}`;
}

/** The Markdown file of article `index`: its front matter and body. */
export function corpusArticle(index: number): string {
	const next = random(index * 7919 + 17);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ');
	const sentence = (min = 8, max = 22) => {
		const text = words(int(min, max));
		return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
	};
	const paragraph = (count: number) => Array.from({ length: count }, sentence).join(' ');

	const day = new Date(Date.UTC(2015, 0, 1) + int(0, 4000) * 86_400_000);
	const pubDate =
		next() < 0.5
			? day.toISOString().slice(0, 10)
			: `${day.toISOString().slice(0, 10)}T${String(int(5, 22)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}:00Z`;
	const tags = [...new Set(Array.from({ length: int(1, 3) }, () => pick(TAGS)))];
	const authors =
		next() < 0.2
			? [pick(AUTHORS), pick(AUTHORS)].filter((a, i, all) => all.indexOf(a) === i)
			: [pick(AUTHORS)];
	const front = [
		'---',
		`title: ${JSON.stringify(`${sentence(5, 10).slice(0, -1)} (${index + 1})`)}`,
		`description: ${JSON.stringify(paragraph(2))}`,
		`pubDate: ${pubDate}`,
		authors.length === 1
			? `author: ${JSON.stringify(authors[0])}`
			: `author: [${authors.map((a) => JSON.stringify(a)).join(', ')}]`,
		`tags: [${tags.map((t) => JSON.stringify(t)).join(', ')}]`,
		`dateline: ${JSON.stringify(pick(DATELINES))}`,
	];
	if (next() < 0.1) {
		const updated = new Date(day.getTime() + int(1, 30) * 86_400_000).toISOString().slice(0, 10);
		front.push(`updatedDate: ${updated}`);
		if (next() < 0.5)
			front.push(`corrections:\n  - date: ${updated}\n    text: ${JSON.stringify(sentence())}`);
	}
	if (next() < 0.05) front.push('translatedFrom:\n  lang: ar');
	front.push('---', '');

	// About 900 words: ~22 words a sentence, ~4 sentences a paragraph.
	const target = int(560, 1040);
	const sectionCount = int(2, 4);
	const blocks: string[] = [];
	const perPart = target / (sectionCount + 1);
	const used = new Set<string>();
	for (let part = 0; part <= sectionCount; part++) {
		if (part > 0) {
			let heading = pick(HEADINGS);
			while (used.has(heading)) heading = `${pick(HEADINGS)} ${int(2, 99)}`;
			used.add(heading);
			blocks.push(`## ${heading}`);
		}
		let partWords = 0;
		while (partWords < perPart) {
			const roll = next();
			let block: string;
			if (roll < 0.08)
				block = Array.from({ length: int(3, 5) }, () => `- ${sentence()}`).join('\n');
			else if (roll < 0.14) block = `> ${paragraph(int(1, 2))}`;
			else if (roll < 0.2)
				block = `${sentence()} Read [the earlier report](../${corpusSlug(Math.max(0, index - int(1, 50)))}/) and [the agency statement](https://example.com/statements/${index}).`;
			else if (roll < 0.23 && part > 0) block = `### ${pick(HEADINGS)} detail`;
			else block = paragraph(int(2, 5));
			blocks.push(block);
			partWords += block.split(/\s+/).length;
		}
		if (part === 0 && next() < 0.05) {
			const uuid = () =>
				Array.from({ length: 5 }, (_, i) =>
					Array.from(
						{ length: [8, 4, 4, 4, 12][i] as number },
						() => '0123456789abcdef'[int(0, 15)],
					).join(''),
				).join('-');
			blocks.push(`${String(6_000_000_000_000 + index)} ${uuid()} ${uuid()}\nvideo`);
		} else if (part === 1 && next() < 0.03) {
			blocks.push(`::video{id=${7_000_000_000_000 + index} account=acc${index} player=default}`);
		}
	}
	return `${front.join('\n')}\n${blocks.join('\n\n')}\n`;
}

/** The corpus article the bench makes a live article, and how many updates it starts with. */
export const LIVE_CORPUS = { index: 1, updates: 40 } as const;

/**
 * Article `index` as a live article with `updates` updates, 10 minutes apart from its start (its
 * publication, at midnight UTC for a calendar date), every tenth a key event: the bench's "one
 * live update" build rewrites it with one more update.
 */
export function corpusLiveArticle(index: number, updates: number): string {
	const source = corpusArticle(index);
	const pubDate = /^pubDate: (.+)$/m.exec(source)?.[1] ?? '2015-01-01';
	const start = Date.parse(pubDate.length === 10 ? `${pubDate}T00:00:00Z` : pubDate);
	const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
	const blocks = Array.from({ length: updates }, (_, i) => {
		const key = i % 10 === 0 ? ` key title="Key development ${String(i + 1)}"` : '';
		return `:::update{time="${iso(start + (i + 1) * 600_000)}"${key}}\nUpdate ${String(i + 1)} of the coverage: officials confirmed the figures and witnesses described the scene.\n:::`;
	});
	const live = source.replace(
		/^pubDate: .+$/m,
		`pubDate: ${iso(start)}\nlive:\n  start: ${iso(start)}`,
	);
	return `${live}\n${blocks.join('\n\n')}\n`;
}

/** The index of the corpus article in file `name` (`article-000001.md` is 0), or undefined. */
export function corpusIndex(name: string): number | undefined {
	const number = /^article-(\d{6,})\.md$/.exec(name)?.[1];
	return number === undefined ? undefined : Number(number) - 1;
}

/**
 * Writes articles `0..count-1` into `folder`, removing any other `.md` file there. The folder is
 * read as a stream and each article is made and written on its own, so memory stays flat at any
 * count (50,000 articles are about 350 MB of Markdown, made and written in about 20 s on one
 * core). Making the text is most of that time: writing in parallel batches measured no faster.
 */
export function writeCorpus(count: number, folder: string): void {
	mkdirSync(folder, { recursive: true });
	const dir = opendirSync(folder);
	try {
		for (let entry = dir.readSync(); entry !== null; entry = dir.readSync()) {
			const index = corpusIndex(entry.name);
			if (entry.name.endsWith('.md') && (index === undefined || index >= count))
				rmSync(join(folder, entry.name));
		}
	} finally {
		dir.closeSync();
	}
	for (let i = 0; i < count; i++)
		writeFileSync(join(folder, `${corpusSlug(i)}.md`), corpusArticle(i));
}

if (import.meta.main) {
	const [count, folder] = process.argv.slice(2);
	if (!count || !folder || !/^\d+$/.test(count)) {
		console.error('usage: node scripts/bench/generate-corpus.ts <count> <folder>');
		process.exit(2);
	}
	const started = performance.now();
	writeCorpus(Number(count), folder);
	console.log(
		`${count} articles in ${folder} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
	);
}
