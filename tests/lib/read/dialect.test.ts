import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDialect, type LineEnding } from '../../../lib/read/dialect';

/**
 * The line ending as the engine read it before its scan jumped with indexOf (test-side): counts
 * settle it when every break is a CRLF, or all are one kind; else every character is read,
 * outside quoted fields.
 */
function lineEndingOf(text: string): LineEnding {
  const all = (search: string) => text.split(search).length - 1;
  const [crlfs, crs, lfs] = [all('\r\n'), all('\r'), all('\n')];
  if (crs === 0) return lfs ? '\n' : 'none';
  if (lfs === 0) return '\r';
  if (crlfs === crs && crlfs === lfs) return '\r\n';
  const counts = { '\r\n': 0, '\n': 0, '\r': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\r' && text[i + 1] === '\n') {
      counts['\r\n']++;
      i++;
    } else if (c === '\r' || c === '\n') counts[c]++;
  }
  const used = (['\r\n', '\n', '\r'] as const).filter((ending) => counts[ending] > 0);
  if (used.length > 1) return 'mixed';
  return used[0] ?? 'none';
}

describe('detectDialect: line endings', () => {
  it.each([
    ['a,b\r\nc,d\r\n', '\r\n'],
    ['a,b\nc,d', '\n'],
    ['a,b\rc,d\r', '\r'],
    ['a,b\r\n"c\nd",e\r\n', '\r\n'],
    ['a,b\r\nc,d\ne,f', 'mixed'],
    ['a,"b\r\nc\n', 'none'],
    ['a,"b\r\nc\r\n"d\n', '\n'],
    ['a,"b""\n""c"\r\n', '\r\n'],
    ['a,b', 'none'],
  ])('%j reads as %j', (text, ending) => {
    expect(detectDialect(text).lineEnding).toBe(ending);
  });

  it('are the ones outside quoted fields, whatever the quotes and breaks', () => {
    const unit = fc.constantFrom('"', '\r', '\n', '\r\n', 'a', ',', '""');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), (text) => {
        expect(detectDialect(text).lineEnding).toBe(lineEndingOf(text));
      }),
      { numRuns: 20_000 },
    );
  });
});
