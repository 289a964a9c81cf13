import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sniff } from '../../../../lib/read/sniff';
import {
  enc,
  bytes,
  concat,
  makeZip,
  CONTENT_TYPES,
  workbookXml,
  xlsx,
  makeOle,
  biff8,
  expectOther,
} from './files';

describe('sniff: xlsx workbooks', () => {
  it('the test zip writer makes zips that fflate can read', () => {
    const files = unzipSync(xlsx(['A', 'B'], { deflate: true }));
    expect(Object.keys(files)).toContain('xl/workbook.xml');
    expect(new TextDecoder().decode(files['xl/workbook.xml'])).toContain('<sheet name="B"');
  });

  it('reads the name of a one-sheet workbook', () => {
    expect(sniff(xlsx(['Contacts']))).toEqual({
      kind: 'workbook',
      format: 'xlsx',
      sheets: ['Contacts'],
    });
  });

  it('reads three sheet names, in order, from a deflated workbook.xml, unescaping entities', () => {
    const file = xlsx(['Contacts', 'Q&amp;A', 'Caf&#233; &lt;2024&gt;'], { deflate: true });
    expect(sniff(file)).toEqual({
      kind: 'workbook',
      format: 'xlsx',
      sheets: ['Contacts', 'Q&A', 'Café <2024>'],
    });
  });

  it('reads sheet names written with a namespace prefix (x:sheet)', () => {
    const file = xlsx(['One', 'Two'], { workbook: workbookXml(['One', 'Two'], 'x') });
    expect(sniff(file)).toMatchObject({ sheets: ['One', 'Two'] });
  });

  it('reads a workbook zipped by fflate (deflated, as Excel writes it)', () => {
    const file = zipSync({
      '[Content_Types].xml': enc(CONTENT_TYPES),
      'xl/workbook.xml': enc(workbookXml(['Leads', 'Customers', 'Notes'])),
      'xl/worksheets/sheet1.xml': enc('<worksheet/>'),
      'xl/worksheets/sheet2.xml': enc('<worksheet/>'),
      'xl/worksheets/sheet3.xml': enc('<worksheet/>'),
    });
    expect(sniff(file)).toEqual({
      kind: 'workbook',
      format: 'xlsx',
      sheets: ['Leads', 'Customers', 'Notes'],
    });
  });

  it('falls back to "Sheet 1".."Sheet N" from the sheet parts when workbook.xml is missing', () => {
    expect(sniff(xlsx(['a', 'b', 'c'], { workbook: null }))).toEqual({
      kind: 'workbook',
      format: 'xlsx',
      sheets: ['Sheet 1', 'Sheet 2', 'Sheet 3'],
    });
  });

  it('falls back to the sheet count when workbook.xml is damaged', () => {
    const file = xlsx(['a'], { deflate: true });
    const at = Buffer.from(file).indexOf('xl/workbook.xml') + 'xl/workbook.xml'.length;
    file.fill(0xff, at, at + 20); // corrupt the start of the deflate stream
    expect(sniff(file)).toEqual({ kind: 'workbook', format: 'xlsx', sheets: ['Sheet 1'] });
  });

  it('stops inflating at 8 MB (a zip bomb in workbook.xml) and falls back to the count', () => {
    const huge = workbookXml(['A', 'B']).replace(
      '<bookViews>',
      `<bookViews>${' '.repeat(9 * 1024 * 1024)}`,
    );
    const file = xlsx(['A', 'B'], { deflate: true, workbook: huge });
    expect(file.length).toBeLessThan(100_000);
    expect(sniff(file)).toEqual({
      kind: 'workbook',
      format: 'xlsx',
      sheets: ['Sheet 1', 'Sheet 2'],
    });
  });

  it('still knows an xlsx whose end (central directory) was cut off', () => {
    const file = xlsx(['Contacts', 'Other']);
    const cut = file.subarray(0, Buffer.from(file).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));
    expect(sniff(cut)).toEqual({ kind: 'workbook', format: 'xlsx', sheets: ['Contacts', 'Other'] });
  });

  it('reads an xlsx with bytes before the zip (self-extractor stub)', () => {
    const file = concat(enc('PK\x03\x04'), new Uint8Array(300), xlsx(['Contacts', 'Other']));
    expect(sniff(file)).toEqual({
      kind: 'workbook',
      format: 'xlsx',
      sheets: ['Contacts', 'Other'],
    });
  });

  it('counts the sheets of an xlsb (binary workbook.bin)', () => {
    const file = makeZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'xl/workbook.bin', data: bytes(0x83, 0x01, 0x00) },
      { name: 'xl/worksheets/sheet1.bin', data: bytes(0) },
      { name: 'xl/worksheets/sheet2.bin', data: bytes(0) },
    ]);
    expect(sniff(file)).toEqual({
      kind: 'workbook',
      format: 'xlsx',
      sheets: ['Sheet 1', 'Sheet 2'],
    });
  });
});

describe('sniff: other workbooks', () => {
  const contentXml = (names: string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:spreadsheet>${names
      .map(
        (n) =>
          `<table:table table:name="${n}" table:style-name="ta1"><table:table-column table:style-name="co1"/><table:table-row><table:table-cell/></table:table-row></table:table>`,
      )
      .join(
        '',
      )}<table:named-expressions><table:named-range table:name="Range1"/></table:named-expressions></office:spreadsheet></office:body></office:document-content>`;

  const ods = (names: string[], deflate = true) =>
    makeZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' },
      { name: 'content.xml', data: contentXml(names), deflate },
      { name: 'META-INF/manifest.xml', data: '<manifest:manifest/>', deflate },
    ]);

  it('reads the sheet names of an ods', () => {
    expect(sniff(ods(['Sheet1']))).toEqual({ kind: 'workbook', format: 'ods', sheets: ['Sheet1'] });
    expect(sniff(ods(['Contacts', 'Donn&#xE9;es', 'Q&amp;A'], false))).toEqual({
      kind: 'workbook',
      format: 'ods',
      sheets: ['Contacts', 'Données', 'Q&A'],
    });
  });

  it('gives null sheets for an ods whose content.xml cannot be read', () => {
    const file = makeZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' },
    ]);
    expect(sniff(file)).toEqual({ kind: 'workbook', format: 'ods', sheets: null });
  });

  it('knows an Apple Numbers file, without sheet names', () => {
    const file = makeZip([
      { name: 'Index/Document.iwa', data: bytes(0, 1, 2) },
      { name: 'Index/Tables/DataList-1.iwa', data: bytes(0, 1, 2) },
      { name: 'Metadata/Properties.plist', data: 'bplist00' },
    ]);
    expect(sniff(file)).toEqual({ kind: 'workbook', format: 'numbers', sheets: null });
  });

  it('reads the sheet names of an xls (BIFF8 in an OLE2 file), wide names and all', () => {
    const stream = biff8(
      [
        { name: 'Contacts' },
        { name: 'Контакты', wide: true },
        { name: 'Module1', type: 6 },
        { name: 'Chart1', type: 2 },
      ],
      { size: 6000 },
    );
    expect(sniff(makeOle([{ name: 'Workbook', data: stream }]))).toEqual({
      kind: 'workbook',
      format: 'xls',
      sheets: ['Contacts', 'Контакты', 'Chart1'],
    });
  });

  it('reads an xls whose Workbook stream is small enough for the mini stream', () => {
    const stream = biff8([{ name: 'Only' }]);
    expect(stream.length).toBeLessThan(4096);
    const file = makeOle([
      { name: '\u0005SummaryInformation', data: new Uint8Array(200).fill(7) },
      { name: 'Workbook', data: stream },
    ]);
    expect(sniff(file)).toEqual({ kind: 'workbook', format: 'xls', sheets: ['Only'] });
  });

  it('gives null sheets for an encrypted xls (FILEPASS scrambles the names)', () => {
    const file = makeOle([
      { name: 'Workbook', data: biff8([{ name: 'x' }], { size: 5000, encrypted: true }) },
    ]);
    expect(sniff(file)).toEqual({ kind: 'workbook', format: 'xls', sheets: null });
  });

  it('tells other OLE2 files apart from xls', () => {
    expectOther(sniff(makeOle([{ name: 'WordDocument', data: new Uint8Array(5000) }])), 'doc');
    expectOther(
      sniff(makeOle([{ name: 'EncryptedPackage', data: new Uint8Array(5000) }])),
      'encrypted-office',
    );
    expectOther(sniff(makeOle([{ name: '__substg1.0_0037001F', data: enc('Hi') }])), 'msg');
  });

  it('says "old binary Office file" for an OLE2 header alone', () => {
    const header = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504));
    expectOther(sniff(header), 'ole2');
    expectOther(sniff(makeOle([{ name: 'Workbook', data: biff8([]) }]).subarray(0, 600)), 'ole2');
  });
});
