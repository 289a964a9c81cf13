import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeJson, writeTextFile } from '../../cli/output';

describe('the CLI writes large outputs in pieces', () => {
  it('writes the same JSON text as JSON.stringify, over several pieces of an array', () => {
    const value = {
      version: 2,
      gone: undefined,
      items: Array.from({ length: 25_001 }, (_, i) => ({ row: i, text: `"é${i}"` })),
      empty: [],
      nested: { list: [1, 2] },
    };
    let text = '';
    writeJson(value, (piece) => (text += piece));
    expect(text).toBe(JSON.stringify(value));
  });

  it('never splits a surrogate pair between two writes', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'preflight-')), 'out.csv');
    const text = `${'a'.repeat((1 << 20) - 1)}😀,é\r\n`;
    writeTextFile(path, text);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });
});
