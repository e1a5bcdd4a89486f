import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

/** A running static file server. */
export interface StaticServer {
	/** `http://127.0.0.1:<port>` */
	origin: string;
	/** The site's home: the origin plus `base`. */
	url: string;
	/** Stops the server and drops its open connections. */
	close: () => Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.pdf': 'application/pdf',
};

/**
 * Serves `root` the way a static host does: `base` is the site's sub-path; `/x/` serves
 * `x/index.html`, `/x` redirects to `/x/` when `x` is a folder, and anything missing gets
 * `404.html` with status 404. Listens on 127.0.0.1 on a free port.
 */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
	const rootDir = resolve(root);
	const notFoundPage = join(rootDir, '404.html');

	const send = (res: ServerResponse, status: number, file: string, head: boolean) => {
		res.writeHead(status, {
			'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
			'content-length': statSync(file).size,
			'cache-control': 'no-store',
		});
		if (head) res.end();
		else createReadStream(file).pipe(res);
	};
	const notFound = (res: ServerResponse, head: boolean) => {
		if (existsSync(notFoundPage)) return send(res, 404, notFoundPage, head);
		res
			.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
			.end(head ? undefined : 'Not found');
	};

	const server = createServer((req, res) => {
		const head = req.method === 'HEAD';
		if (req.method !== 'GET' && !head) {
			res.writeHead(405, { allow: 'GET, HEAD' }).end();
			return;
		}
		let pathname: string;
		try {
			pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
		} catch {
			res.writeHead(400).end();
			return;
		}
		if (pathname === base.slice(0, -1) && base !== '/') {
			res.writeHead(301, { location: base }).end();
			return;
		}
		if (!pathname.startsWith(base)) return notFound(res, head);
		const path = resolve(rootDir, `.${sep}${pathname.slice(base.length)}`);
		if (path !== rootDir && !path.startsWith(rootDir + sep)) return notFound(res, head);
		if (!existsSync(path)) return notFound(res, head);
		if (statSync(path).isDirectory()) {
			if (!pathname.endsWith('/')) {
				res.writeHead(301, { location: `${pathname}/` }).end();
				return;
			}
			const index = join(path, 'index.html');
			return existsSync(index) ? send(res, 200, index, head) : notFound(res, head);
		}
		return send(res, 200, path, head);
	});

	await new Promise<void>((ready, fail) => {
		server.once('error', fail);
		server.listen(0, '127.0.0.1', ready);
	});
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	return {
		origin,
		url: `${origin}${base}`,
		close: () =>
			new Promise<void>((done, fail) => {
				server.close((error) => (error ? fail(error) : done()));
				server.closeAllConnections();
			}),
	};
}
