/**
 * Flags for Debian's Chromium wherever a test or bench drives it: no sandbox (containers), no
 * GPU, and nothing that would call home (component updates, sync, QUIC probes) on a machine whose
 * only network is the package registries.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];
