import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sniff } from '../../../../lib/read/sniff';
import { enc, bytes, concat, random, workbookXml, xlsx, makeOle, biff8 } from './files';

describe('sniff: never throws, and stays fast', () => {
  const KINDS = ['empty', 'workbook', 'other', 'binary', 'text'];
  const SIGNATURES = [
    bytes(0x50, 0x4b, 0x03, 0x04),
    bytes(0x50, 0x4b, 0x05, 0x06),
    bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
    bytes(0xef, 0xbb, 0xbf),
    bytes(0xff, 0xfe),
    bytes(0xfe, 0xff),
    enc('<?xml '),
    enc('BM'),
  ];

  it('on random bytes, with and without a signature in front', () => {
    const r = random(42);
    for (let i = 0; i < 3000; i++) {
      const body = r.bytes(r.int(i < 2000 ? 64 : 5000));
      const signature = SIGNATURES[r.int(SIGNATURES.length + 1)];
      const file = signature ? concat(signature, body) : body;
      expect(KINDS).toContain(sniff(file).kind);
    }
  });

  it('on damaged zips and OLE2 files, which still read as containers (no internal error)', () => {
    const r = random(7);
    const zip = xlsx(['A', 'B', 'C'], { deflate: true });
    const zipBySync = zipSync({ 'xl/workbook.xml': enc(workbookXml(['A'])), mimetype: enc('x') });
    const ole = makeOle([
      { name: 'Workbook', data: biff8([{ name: 'A' }, { name: 'B' }], { size: 5000 }) },
    ]);
    const oleMini = makeOle([{ name: 'Workbook', data: biff8([{ name: 'A' }]) }]);
    for (const original of [zip, zipBySync, ole, oleMini]) {
      for (let i = 0; i < 1500; i++) {
        const file = original.slice(0, i % 3 === 0 ? r.int(original.length) + 8 : original.length);
        for (let k = 0, n = 1 + r.int(8); k < n; k++) file[8 + r.int(file.length - 8)] = r.int(256);
        // Whatever the damage, a container is reported as a workbook or another kind of file;
        // text or binary here would mean the container code threw and sniff fell back.
        expect(['workbook', 'other']).toContain(sniff(file).kind);
      }
    }
  });

  it('looks at a few KB of a 30 MB text file, and scans a 30 MB blank one in time', () => {
    const text = new Uint8Array(30 * 1024 * 1024).fill(0x61);
    let t = performance.now();
    expect(sniff(text)).toEqual({ kind: 'text' });
    expect(performance.now() - t).toBeLessThan(50);
    const blank = new Uint8Array(30 * 1024 * 1024);
    t = performance.now();
    expect(sniff(blank).kind).toBe('empty');
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
