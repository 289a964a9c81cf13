import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sniff } from '../../../../lib/read/sniff';
import { enc, bytes, concat, utf16le, utf16be, makeZip, expectOther } from './files';

describe('sniff: other kinds of file (1007)', () => {
  it.each([
    ['PDF', concat(enc('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n'), new Uint8Array(100)), 'pdf'],
    [
      'PNG',
      bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52),
      'png',
    ],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00), 'jpeg'],
    ['GIF', concat(enc('GIF89a'), bytes(1, 0, 1, 0, 0x80, 0, 0)), 'gif'],
    ['WebP', concat(enc('RIFF'), bytes(0x24, 0, 0, 0), enc('WEBPVP8 ')), 'webp'],
    [
      'BMP',
      concat(enc('BM'), bytes(0x46, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 0x28, 0, 0, 0, 2, 0, 0, 0)),
      'bmp',
    ],
    ['TIFF', bytes(0x49, 0x49, 0x2a, 0x00, 0x08, 0, 0, 0), 'tiff'],
    ['gzip', gzipSync(enc('Name,Email\nAna,ana@example.com\n')), 'gzip'],
    ['7z', bytes(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4), '7z'],
    ['RAR', concat(enc('Rar!'), bytes(0x1a, 0x07, 0x01, 0x00)), 'rar'],
    ['bzip2', concat(enc('BZh91AY&SY'), bytes(1, 2, 3)), 'bzip2'],
    ['SQLite', concat(enc('SQLite format 3\0'), new Uint8Array(84)), 'sqlite'],
    ['UTF-32', concat(bytes(0xff, 0xfe, 0, 0), bytes(0x4e, 0, 0, 0, 0x61, 0, 0, 0)), 'utf32'],
  ] as const)('%s', (_, file, format) => {
    expectOther(sniff(file), format);
  });

  it('knows a zip archive, and names the CSV inside', () => {
    const file = makeZip([
      { name: '__MACOSX/._contacts.csv', data: bytes(0, 5, 0x16, 7) },
      { name: 'export/contacts.csv', data: 'Name,Email\nAna,ana@example.com\n', deflate: true },
    ]);
    expect(sniff(file)).toEqual({ kind: 'other', format: 'zip', csv: 'export/contacts.csv' });
    expectOther(sniff(makeZip([{ name: 'photo.jpg', data: bytes(0xff, 0xd8, 0xff) }])), 'zip');
    expectOther(sniff(makeZip([])), 'empty-zip');
  });

  it('knows docx, pptx, odt, epub and Pages from their zip entries', () => {
    expectOther(sniff(makeZip([{ name: 'word/document.xml', data: '<w:document/>' }])), 'docx');
    expectOther(sniff(makeZip([{ name: 'ppt/presentation.xml', data: '<p/>' }])), 'pptx');
    expectOther(
      sniff(makeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' }])),
      'odt',
    );
    expectOther(sniff(makeZip([{ name: 'mimetype', data: 'application/epub+zip' }])), 'epub');
    expectOther(sniff(makeZip([{ name: 'Index/Document.iwa', data: bytes(0) }])), 'pages');
    expectOther(
      sniff(
        makeZip([
          { name: 'Index/Document.iwa', data: bytes(0) },
          { name: 'Index/MasterSlide-1.iwa', data: bytes(0) },
        ]),
      ),
      'keynote',
    );
  });

  it.each([
    [
      '<!DOCTYPE html>',
      '<!DOCTYPE html>\n<html><head><title>Contacts</title></head><body>a,b</body></html>',
    ],
    ['<html>', '<html lang="en">\n<body><table><tr><td>Ana</td></tr></table></body></html>'],
    [
      'leading blank lines and a comment',
      '\r\n\r\n  <!-- saved from url=(0014)about:internet -->\n<!doctype html><html></html>',
    ],
    [
      'XHTML',
      '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">\n<html xmlns="http://www.w3.org/1999/xhtml"></html>',
    ],
  ])('an HTML page (%s)', (_, page) => {
    expectOther(sniff(enc(page)), 'html');
  });

  it('an HTML page behind a UTF-8 byte-order mark, or in UTF-16', () => {
    expectOther(
      sniff(concat(bytes(0xef, 0xbb, 0xbf), enc('<!DOCTYPE html><html></html>'))),
      'html',
    );
    expectOther(sniff(concat(bytes(0xff, 0xfe), utf16le('<html><body></body></html>'))), 'html');
    expectOther(sniff(utf16be('<!DOCTYPE html>\n<html><body></body></html>')), 'html');
  });

  it('a web page saved by Excel, and an Excel 2003 XML spreadsheet', () => {
    expectOther(
      sniff(
        enc(
          '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><body></body></html>',
        ),
      ),
      'excel-html',
    );
    expectOther(
      sniff(
        enc(
          '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>',
        ),
      ),
      'excel-xml',
    );
  });

  it('XML, RTF, vCard and JSON', () => {
    expectOther(sniff(enc('<?xml version="1.0"?>\n<contacts><contact/></contacts>')), 'xml');
    expectOther(sniff(enc('{\\rtf1\\ansi\\deff0 {\\fonttbl}}')), 'rtf');
    expectOther(sniff(enc('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD\r\n')), 'vcard');
    expectOther(sniff(enc('[\n  {"name": "Ana", "email": "ana@example.com"}\n]')), 'json');
    expectOther(sniff(enc('{"contacts": []}')), 'json');
  });
});
