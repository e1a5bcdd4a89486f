import { createIndex, close } from 'pagefind';
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
const dir = '/work/main/.bench/corpus-2000';
const files = readdirSync(dir).slice(0, 200);
const recs = files.map((f) => {
	const s = readFileSync(dir + '/' + f, 'utf8');
	const body = s.split('\n---\n')[1];
	return {
		url: `/articles/${f.replace('.md', '')}/`,
		content: `<html><body><article data-pagefind-body><h1>${f}</h1>${body
			.split('\n\n')
			.map((p) => (p.startsWith('## ') ? `<h2 id="x">${p.slice(3)}</h2>` : `<p>${p}</p>`))
			.join('')}</article></body></html>`,
	};
});
const { index } = await createIndex({ forceLanguage: 'en' });
for (let i = 0; i < recs.length; i += 32)
	await Promise.all(recs.slice(i, i + 32).map((r) => index.addHTMLFile(r)));
const { files: out } = await index.getFiles();
const h = createHash('sha1');
for (const f of out.sort((a, b) => (a.path < b.path ? -1 : 1))) h.update(f.path).update(f.content);
console.log(
	process.argv[2],
	h.digest('hex').slice(0, 8),
	out
		.filter((f) => f.path.includes('meta'))
		.map((f) => f.path)
		.join(','),
);
await close();
