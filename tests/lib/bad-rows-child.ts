/**
 * Run by memory.test.ts in a child process with a small heap: checks a file of ROWS one-letter
 * rows, each a bad email, and prints the size of the rejected file it wrote.
 */
import metadata from 'libphonenumber-js/metadata.max.json';
import type { MetadataJson } from 'libphonenumber-js/core';
import { checkFile } from '../../lib/engine';
import { defaultSettings } from '../../lib/settings';

const rows = Number(process.argv[2]);
const bytes = new TextEncoder().encode(`Email\n${'a\n'.repeat(rows)}`);
const phoneMetadata = metadata as unknown as MetadataJson;
const result = checkFile({ name: 'bad.csv', bytes }, defaultSettings(), { phoneMetadata });
const rejectedChars = (result.rejected ?? []).reduce((sum, piece) => sum + piece.length, 0);
process.stdout.write(`${result.report.issues.length} ${rejectedChars}\n`);
