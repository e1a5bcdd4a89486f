/**
 * Node's thread pool, the threads that make the file system calls Node is asked for without
 * waiting (`fs.promises`), cut to one thread for the build. Imported first by `astro.config.mjs`:
 * the pool starts at the first such call and reads its size then, and Astro makes none before it
 * loads the config. A size set in the environment is kept.
 *
 * A build writes every page twice (the output folder and Astro's page cache), each in a folder of
 * its own: some 47,000 folders and files at 10,000 articles, eight pages at a time. Four threads
 * making folders and files in the same parent folders wait on each other in the kernel: writing
 * 23,600 pages in their folders took 5.1 s and 5.8-7.2 s of kernel time with Node's four threads,
 * 3.3-4.5 s and 3.3-4.1 s with one (2026-12-03, this project's 2-core machine), and a cold build
 * of 10,000 articles went from 60.0-67.0 s to 54.3-63.8 s in alternating runs.
 */
process.env['UV_THREADPOOL_SIZE'] ??= '1';
