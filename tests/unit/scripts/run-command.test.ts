import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../scripts/lib/run-command.ts';

const options = { cwd: process.cwd(), env: { LANG: 'C' } };

describe('runCommand', () => {
	it('resolves with the exit code and what the command printed on both streams', async () => {
		const run = await runCommand(
			process.execPath,
			['-e', 'process.stdout.write("out\\n"); process.stderr.write("err\\n"); process.exit(3)'],
			options,
		);
		expect(run.code).toBe(3);
		expect(run.output.split('\n').sort()).toEqual(['', 'err', 'out']);
	});

	it('gives the command exactly the environment it is handed', async () => {
		const run = await runCommand(
			process.execPath,
			['-e', 'process.stdout.write(JSON.stringify(process.env.LANG ?? null))'],
			options,
		);
		expect(run).toEqual({ code: 0, output: '"C"' });
	});

	it('rejects when the command cannot be started', async () => {
		await expect(runCommand('/no/such/command', [], options)).rejects.toThrow(/ENOENT/);
	});
});
