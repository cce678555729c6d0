// Builds the console into ../api/console/dist/, which the Rust binary embeds. The output is
// deterministic (no hashes of time or paths), so CI can rebuild it and compare with what is
// committed.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';

const out = new URL('../api/console/dist/', import.meta.url);
await mkdir(out, { recursive: true });
const common = {
  bundle: true,
  minify: true,
  target: ['chrome100', 'firefox100', 'safari15'],
  legalComments: 'none',
  logLevel: 'warning',
};
await build({
  ...common,
  entryPoints: ['src/main.js'],
  outfile: new URL('app.js', out).pathname,
  format: 'iife',
});
await build({
  ...common,
  entryPoints: ['src/app.css'],
  outfile: new URL('app.css', out).pathname,
});
await copyFile(new URL('index.html', import.meta.url), new URL('index.html', out));
