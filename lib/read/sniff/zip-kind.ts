/** What a zip holds: xlsx, ods, numbers, docx, pptx, odt, epub, iWork, or a plain zip archive. */
import { other, type FileKind } from './kind';
import { odsSheets, xlsxSheets } from './xml-sheets';
import { entryText, zipEntries, type ZipEntry } from './zip';

export function zipKind(b: Uint8Array): FileKind {
  const entries = zipEntries(b);
  const byName = new Map<string, ZipEntry>();
  for (const e of entries) {
    const key = e.name.toLowerCase();
    if (!byName.has(key)) byName.set(key, e);
  }
  const names = [...byName.keys()];

  // Part names compare case-insensitively (ECMA-376 Part 2, Open Packaging Conventions).
  if (
    byName.has('xl/workbook.xml') ||
    byName.has('xl/workbook.bin') ||
    names.some((n) => n.startsWith('xl/worksheets/'))
  ) {
    return { kind: 'workbook', format: 'xlsx', sheets: xlsxSheets(b, byName, names) };
  }
  if (byName.has('word/document.xml')) return other('docx');
  if (byName.has('ppt/presentation.xml')) return other('pptx');

  const mimetypeEntry = byName.get('mimetype');
  const mimetype = mimetypeEntry ? (entryText(b, mimetypeEntry, 256)?.trim() ?? '') : '';
  if (mimetype.startsWith('application/vnd.oasis.opendocument.spreadsheet')) {
    return { kind: 'workbook', format: 'ods', sheets: odsSheets(b, byName) };
  }
  if (mimetype.startsWith('application/vnd.oasis.opendocument.text')) return other('odt');
  if (mimetype.startsWith('application/vnd.oasis.opendocument.presentation')) return other('odp');
  if (mimetype.startsWith('application/vnd.oasis.opendocument.')) return other('opendocument');
  if (mimetype === 'application/epub+zip') return other('epub');

  // Apple iWork 2013+: the same heuristic as sindresorhus/file-type (Keynote has master
  // slides; Numbers keeps its tables under Index/Tables/; otherwise Pages).
  if (byName.has('index/document.iwa')) {
    if (names.some((n) => n.startsWith('index/masterslide'))) return other('keynote');
    if (names.some((n) => n.startsWith('index/tables/'))) {
      return { kind: 'workbook', format: 'numbers', sheets: null };
    }
    return other('pages');
  }
  if (byName.has('index.zip')) return other('iwork');

  if (entries.length === 0) return other('empty-zip');
  const inside = entries.find(
    (e) => e.name.toLowerCase().endsWith('.csv') && !e.name.startsWith('__MACOSX/'),
  );
  return inside ? { kind: 'other', format: 'zip', csv: inside.name } : other('zip');
}
