import Papa from 'papaparse';
import { decode } from './decode';
import { detectDialect, newlineOf } from './dialect';
import { sniff } from './sniff';

/**
 * A CSV that is not the file being checked (a contacts export, an error log), read as the engine
 * reads one: any encoding, delimiter and line ending; blank lines left out. Null when the bytes
 * are not text.
 */
export function readTable(bytes: Uint8Array): string[][] | null {
  if (sniff(bytes).kind !== 'text') return null;
  const { text, delimiter, lineEnding } = detectDialect(decode(bytes).text);
  return Papa.parse<string[]>(text, {
    delimiter,
    newline: newlineOf(lineEnding),
    skipEmptyLines: 'greedy',
  }).data;
}
