import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * The bench's way of removing an output or cache folder before a build: set aside (renamed into
 * a trash folder on the same file system), and deleted once the whole run is measured.
 *
 * A build starts with no output folder, as on a CI machine, which has none because it is fresh.
 * Deleting the last build's folder seconds before the next build is not the same: on an ext4
 * file system without a journal (this machine's), the kernel will not reuse an inode freed in
 * the last half-minute or more, and scans past every such inode of its block group each time it
 * makes a file or folder. A build of 10,000 articles makes some 24,000 folders; measured here,
 * linking its unchanged pages into new folders took 0.7 s, then 1.1, 1.6, 2.3, 3.1 and 3.8 s after
 * each of five deletions of the last copy, while making as many folders where nothing had been
 * deleted took 0.5 s. Every build of a run would be slower than the one before, for a cost no CI
 * runner pays (it deletes nothing; its file systems have journals, for which ext4 skips the check).
 */
export class Trash {
	#count = 0;
	/** Where set-aside folders wait; on the file system of everything set aside. */
	readonly folder: string;

	constructor(folder: string) {
		this.folder = folder;
	}

	/** Moves `path` into the trash folder under a name of its own; nothing when it does not exist. */
	setAside(path: string): void {
		if (!existsSync(path)) return;
		mkdirSync(this.folder, { recursive: true });
		this.#count += 1;
		try {
			renameSync(path, join(this.folder, `${String(this.#count)}-${basename(path)}`));
		} catch (error) {
			// On another file system than the trash folder, it cannot wait there.
			if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
			rmSync(path, { recursive: true, force: true });
		}
	}

	/** Deletes everything set aside, and whatever an interrupted run left in the trash folder. */
	empty(): void {
		rmSync(this.folder, { recursive: true, force: true });
	}
}
