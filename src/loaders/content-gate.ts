import type { ArticleProblem } from '../lib/article/article-error.ts';

/** What every loader gets from the gate: the problems of all of them, and what to call their files. */
export interface GateResult {
	/** Every participant's problems. */
	problems: ArticleProblem[];
	/** The files' name in the message: one participant's own (`author file`), or `content file`. */
	noun: string;
}

/**
 * Where the content loaders meet before the build goes on: the articles, authors and pages
 * collections load at the same time, and a build that stopped at the first loader to fail would
 * show one folder's problems and hide the rest. Each loader settles its problems here and waits
 * for the others; then every loader gets every problem, and each throws the same list.
 */
export interface ContentGate {
	/**
	 * Settles `name`'s problems; resolves, once every participant has settled, to the problems of
	 * them all. A participant that settles again before the round is complete (a sync of only some
	 * collections) ends that round with what it has, so no loader waits forever.
	 */
	settle(name: string, problems: readonly ArticleProblem[]): Promise<GateResult>;
}

/** A gate for loaders that load together in every content sync: each name with its files' noun. */
export function contentGate(participants: Readonly<Record<string, string>>): ContentGate {
	const names = Object.keys(participants);
	const newRound = () => {
		const settled = new Map<string, readonly ArticleProblem[]>();
		let release: (result: GateResult) => void = () => undefined;
		const done = new Promise<GateResult>((resolve) => (release = resolve));
		return { settled, done, release };
	};
	let round = newRound();
	const finish = (current: ReturnType<typeof newRound>) => {
		const failing = [...current.settled].filter(([, problems]) => problems.length > 0);
		current.release({
			problems: failing.flatMap(([, problems]) => problems),
			noun: failing.length === 1 ? (participants[failing[0]?.[0] ?? ''] ?? 'file') : 'content file',
		});
	};
	return {
		settle(name, problems) {
			if (!names.includes(name)) throw new Error(`content gate: unknown loader ${name}`);
			if (round.settled.has(name)) {
				finish(round);
				round = newRound();
			}
			const current = round;
			current.settled.set(name, problems);
			if (names.every((participant) => current.settled.has(participant))) {
				finish(current);
				round = newRound();
			}
			return current.done;
		},
	};
}
