import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const root = new URL('../../', import.meta.url).pathname;
export const sample = (name: string) => join(root, 'assets/samples', name);

/** The CLI as `npm run -s preflight` runs it: from its bundle (scripts/cli.mjs). */
export function preflight(...args: string[]) {
  return run(['scripts/cli.mjs', ...args]);
}

export function run(args: string[]) {
  const done = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  return { status: done.status, stdout: done.stdout, stderr: done.stderr };
}
