import { describe, expect, it } from 'vitest';
import type { Code } from '../../../lib/highlevel/codes';
import { binaryParams, emptyKey, FILE_KINDS, hintKey } from '../../../lib/highlevel/file-kinds';
import { describeIssue, makeIssue } from '../../../lib/issue';
import type { IssueParams } from '../../../lib/types';

/** The sentence a file-level issue reads as, from the codes table. */
const sentence = (code: Code, reason: string, params: IssueParams) =>
  describeIssue(makeIssue(code, reason as never, { params }));

describe('FILE_KINDS', () => {
  it('names every format with its article, and says what to do instead', () => {
    for (const { label, hint } of Object.values(FILE_KINDS)) {
      expect(label).toMatch(/^an? /);
      expect(hint.length).toBeGreaterThan(10);
    }
  });

  it.each([
    ['doc', /Word document \(\.doc\)/],
    ['docx', /Word document \(\.docx\)/],
    ['encrypted-office', /password-protected/],
    ['msg', /Outlook message/],
    ['ole2', /Microsoft Office file in the old binary format/],
    ['pdf', /PDF document/],
    ['png', /PNG image/],
    ['jpeg', /JPEG image/],
    ['gif', /GIF image/],
    ['webp', /WebP image/],
    ['bmp', /BMP image/],
    ['tiff', /TIFF image/],
    ['gzip', /gzip/],
    ['7z', /7-Zip/],
    ['rar', /RAR archive/],
    ['bzip2', /bzip2/],
    ['sqlite', /SQLite/],
    ['utf32', /UTF-32/],
    ['zip', /^a ZIP archive$/],
    ['empty-zip', /empty ZIP archive/],
    ['pptx', /PowerPoint/],
    ['odt', /OpenDocument text/],
    ['epub', /EPUB/],
    ['pages', /Pages/],
    ['keynote', /Keynote/],
    ['html', /web page \(HTML\)/],
    ['excel-html', /web page saved by Excel/],
    ['excel-xml', /Excel 2003 XML spreadsheet/],
    ['xml', /XML file/],
    ['rtf', /RTF/],
    ['vcard', /vCard/],
    ['json', /JSON/],
  ] as const)('%s is %s', (format, label) => {
    expect(FILE_KINDS[format].label).toMatch(label);
  });

  it('tells a workbook to be saved as CSV, and names the CSV file a zip holds', () => {
    const workbook = { kind: 'workbook' as const, format: 'xlsx' as const, sheets: ['Contacts'] };
    expect(sentence('1007', 'not-csv', { kind: 'xlsx', hint: hintKey(workbook) })).toMatch(
      /CSV \(UTF-8\), then pick that file\.$/,
    );
    const zip = { kind: 'other', format: 'zip', csv: 'export/contacts.csv' } as const;
    expect(sentence('1007', 'not-csv', { kind: 'zip', hint: hintKey(zip), csv: zip.csv })).toMatch(
      /^This is a ZIP archive, .* It holds "export\/contacts.csv": extract that file and import it\.$/,
    );
    const bare = { kind: 'other', format: 'zip' } as const;
    expect(sentence('1007', 'not-csv', { kind: 'zip', hint: hintKey(bare) })).toContain(
      FILE_KINDS.zip.hint,
    );
  });
});

describe('an empty file, in 1007', () => {
  it.each([
    [{ bom: false, bytes: 0, zeros: 0 }, '0 bytes'],
    [{ bom: true, bytes: 0, zeros: 0 }, 'only a byte-order mark, no text'],
    [{ bom: true, bytes: 8, zeros: 4 }, 'only a byte-order mark and blank space'],
    [{ bom: false, bytes: 4096, zeros: 4096 }, '4,096 bytes, all of them zero'],
    [{ bom: false, bytes: 10, zeros: 0 }, 'only spaces and blank lines'],
    [{ bom: false, bytes: 5, zeros: 3 }, 'only blank space and zero bytes'],
  ])('%j: %s', (counts, detail) => {
    const params = { detail: emptyKey({ kind: 'empty', ...counts }), bytes: counts.bytes };
    expect(sentence('1007', 'empty', params)).toContain(`The file is empty (${detail}).`);
  });
});

describe('a binary file, in 1001', () => {
  it('gives the share of control characters in what was looked at', () => {
    const detail = (file: Parameters<typeof binaryParams>[0]) =>
      sentence('1001', 'binary', binaryParams(file));
    expect(
      detail({ kind: 'binary', unit: 'byte', sampled: 1000, controls: 334, zeros: 0 }),
    ).toContain('(33% of its first 1,000 bytes are control characters)');
    expect(
      detail({ kind: 'binary', unit: 'utf16', sampled: 500, controls: 125, zeros: 2 }),
    ).toContain('(25% of its first 500 characters are zero bytes or control characters)');
    expect(
      detail({ kind: 'binary', unit: 'byte', sampled: 8192, controls: 3, zeros: 1 }),
    ).toContain('(1% of its first 8,192 bytes are zero bytes or control characters)');
  });
});
