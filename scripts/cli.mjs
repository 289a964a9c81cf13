#!/usr/bin/env node
/**
 * `npm run -s preflight -- …`: runs the CLI from its esbuild bundle (.output/cli/preflight.mjs),
 * built on first use and again whenever a source is newer than it. Nothing compiles TypeScript at
 * run time, so the CLI starts in a fraction of the time tsx took.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = path.join(ROOT, '.output/cli/preflight.mjs');
/** What the bundle is made of: a change to any of them makes it again. */
const SOURCES = ['cli', 'lib', 'package-lock.json'].map((name) => path.join(ROOT, name));

function newestChange(file) {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(file).map((name) => newestChange(path.join(file, name))));
}

/** Makes the bundle when it is missing or older than a source. */
export async function ensureBundle() {
  if (existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= Math.max(...SOURCES.map(newestChange))) {
    return;
  }
  // Loaded only to build: running the bundle needs nothing but Node.
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.join(ROOT, 'cli/preflight.ts')],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // papaparse is CommonJS and requires Node's modules: give the bundle a `require`.
    banner: {
      js: "import { createRequire as preflightRequire } from 'node:module'; const require = preflightRequire(import.meta.url);",
    },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await ensureBundle();
  await import(pathToFileURL(BUNDLE).href);
}
