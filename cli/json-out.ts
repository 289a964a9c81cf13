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
