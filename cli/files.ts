import { readFileSync, statSync } from 'node:fs';
import metadata from 'libphonenumber-js/metadata.max.json';
import type { MetadataJson } from 'libphonenumber-js/core';
import { parseSettingsFile } from '../lib/settings-file';

export const phoneMetadata = metadata as unknown as MetadataJson;

/** A mistake in how the CLI was called: told on stderr with the usage, exit status 2. */
export class UsageError extends Error {}

export function fail(message: string): never {
  throw new UsageError(message);
}

/** A file's bytes, or a usage error that names it as `what`. */
export function readBytes(path: string, what: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) fail(`${what} ${path} is a directory, not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    fail(`cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    const bytes = readFileSync(path);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, size);
  } catch (error) {
    fail(`cannot read ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** A bare settings object, or a settings file exported from the options page. */
export function readSettingsFile(path: string): Record<string, unknown> {
  const text = new TextDecoder().decode(readBytes(path, 'settings file'));
  const parsed = parseSettingsFile(text, phoneMetadata);
  if (!parsed.ok) fail(`settings file ${path}:\n  ${parsed.errors.join('\n  ')}`);
  return { ...parsed.settings };
}

/** A file written beside `out`, its name told apart: "retry.csv" → "retry-create.csv". */
export function besideOut(out: string, suffix: string): string {
  return out.replace(/(\.csv)?$/i, `-${suffix}.csv`);
}
