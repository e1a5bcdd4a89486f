// `tsc --noEmit` (the second half of `npm run check`) cannot read `.astro` files, which
// `astro check` types; to it, a component these tests import is what the Container API renders.
declare module '*.astro' {
	import type { experimental_AstroContainer } from 'astro/container';

	const Component: Parameters<experimental_AstroContainer['renderToString']>[0];
	export default Component;
}
