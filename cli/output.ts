import { closeSync, openSync, writeSync } from 'node:fs';
import type { TextPieces } from '../lib/write';

/** Array items stringified at a time: a few MB of text, whatever the report holds. */
const ITEMS_PER_PIECE = 10_000;

/**
 * Writes `JSON.stringify(value)` in pieces, top-level arrays a slice at a time, so that the text
 * of a report with millions of issues (over 100 MB) is never held whole.
 */
export function writeJson(value: object, write: (text: string) => void): void {
  // JSON.stringify leaves out a property whose value is undefined.
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  write('{');
  entries.forEach(([key, item], index) => {
    write(`${index > 0 ? ',' : ''}${JSON.stringify(key)}:`);
    if (Array.isArray(item)) writeArray(item, write);
    else write(JSON.stringify(item));
  });
  write('}');
}

function writeArray(items: readonly unknown[], write: (text: string) => void): void {
  write('[');
  for (let start = 0; start < items.length; start += ITEMS_PER_PIECE) {
    const piece = JSON.stringify(items.slice(start, start + ITEMS_PER_PIECE));
    write(`${start > 0 ? ',' : ''}${piece.slice(1, -1)}`);
  }
  write(']');
}

/** UTF-16 units encoded at a time when writing a file: a few MB of bytes. */
const UNITS_PER_WRITE = 1 << 20;

/**
 * Writes text as UTF-8 a slice at a time: `writeFileSync` would encode a 100 MB rejected file
 * into one buffer of its own beside the text. A slice never ends between the two halves of a
 * surrogate pair, which would each be written as a replacement character; nor does a piece.
 */
export function writeTextFile(path: string, text: string | TextPieces): void {
  const fd = openSync(path, 'w');
  try {
    for (const piece of typeof text === 'string' ? [text] : text) {
      for (let start = 0; start < piece.length;) {
        let end = Math.min(start + UNITS_PER_WRITE, piece.length);
        const last = piece.charCodeAt(end - 1);
        if (end < piece.length && last >= 0xd800 && last <= 0xdbff) end--;
        writeSync(fd, piece.slice(start, end));
        start = end;
      }
    }
  } finally {
    closeSync(fd);
  }
}
