import { FILE_EXTENSION } from '../../lib/regexes';
import type { TextPieces } from '../../lib/write';

/** A file's content: its text, the text in pieces, or a file already (a check's cleaned file). */
export type FileContent = string | TextPieces | Blob;

/** Saves text as a file through a temporary link: works from extension pages and iframes. */
export function downloadText(name: string, text: FileContent, type = 'text/csv'): void {
  downloadParts(name, typeof text === 'string' || text instanceof Blob ? [text] : [...text], type);
}

/** The same for a file assembled from parts, which need never be one string in memory. */
export function downloadParts(name: string, parts: BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked on the next tick: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** "contacts.csv" → "contacts-cleaned.csv" */
export function derivedName(original: string, suffix: string): string {
  const base = original.replace(FILE_EXTENSION, '');
  return `${base}-${suffix}.csv`;
}
