/**
 * What users read about a file that is not a CSV, by the format `sniff` found in its bytes: the
 * label names it ("This is {label}, not a CSV file"), the hint says what to do instead. The
 * checks 1001, 1003 and 1007, the report's file facts and the options page all read it here.
 * HighLevel imports .csv files only, and answers anything else with 1003 or 1007:
 * https://help.gohighlevel.com/support/solutions/articles/48001223155-troubleshooting-contact-import-errors
 */
import type { BinaryFile, EmptyFile, FileFormat, FileKind } from '../read/sniff';

interface FileKindText {
  /** With its article: "a PDF document". */
  label: string;
  hint: string;
}

const SAVE_AS_CSV =
  'Open it in Excel, Google Sheets or Numbers and use "Save as" / "Download" → CSV (UTF-8), then pick that file.';
const EXTRACT =
  'Extract it, then import the CSV file it holds, or export the contacts as CSV again.';
const DECOMPRESS = 'Decompress it, then import the CSV file inside.';
const IMAGE = 'An image cannot be imported. Pick the CSV file with your contacts instead.';
const DOCUMENT =
  'A document cannot be imported. Put the contacts in a spreadsheet, one per row, and save it as CSV (UTF-8).';
const EXCEL_SAVE_AS = 'Open it in Excel and use File > Save As > "CSV UTF-8 (Comma delimited)".';
const EXPORT_AS_CSV = 'Export the contacts as CSV (UTF-8) from the program the file came from.';

export const FILE_KINDS: Readonly<Record<FileFormat, FileKindText>> = {
  xlsx: { label: 'an Excel workbook (.xlsx)', hint: SAVE_AS_CSV },
  xls: { label: 'an Excel 97-2003 workbook (.xls)', hint: SAVE_AS_CSV },
  ods: { label: 'an OpenDocument spreadsheet (.ods)', hint: SAVE_AS_CSV },
  numbers: { label: 'an Apple Numbers spreadsheet', hint: SAVE_AS_CSV },
  pdf: { label: 'a PDF document', hint: EXPORT_AS_CSV },
  png: { label: 'a PNG image', hint: IMAGE },
  jpeg: { label: 'a JPEG image', hint: IMAGE },
  gif: { label: 'a GIF image', hint: IMAGE },
  webp: { label: 'a WebP image', hint: IMAGE },
  bmp: { label: 'a BMP image', hint: IMAGE },
  tiff: { label: 'a TIFF image', hint: IMAGE },
  gzip: { label: 'a gzip-compressed file', hint: DECOMPRESS },
  '7z': { label: 'a 7-Zip archive', hint: EXTRACT },
  rar: { label: 'a RAR archive', hint: EXTRACT },
  bzip2: { label: 'a bzip2-compressed file', hint: DECOMPRESS },
  xz: { label: 'an xz-compressed file', hint: DECOMPRESS },
  zstd: { label: 'a Zstandard-compressed file', hint: DECOMPRESS },
  sqlite: { label: 'an SQLite database', hint: EXPORT_AS_CSV },
  utf32: {
    label: 'a UTF-32 text file',
    hint: 'HighLevel cannot read UTF-32. Open it in a spreadsheet or text editor and save it as CSV (UTF-8).',
  },
  rtf: {
    label: 'a rich-text document (RTF)',
    hint: 'Open it, copy the contacts into a spreadsheet, one per row, and save that as CSV (UTF-8).',
  },
  vcard: {
    label: 'a vCard contacts file (.vcf)',
    hint: 'HighLevel imports contacts from CSV only: export them as CSV from your address book instead.',
  },
  json: { label: 'a JSON file', hint: EXPORT_AS_CSV },
  'excel-xml': { label: 'an Excel 2003 XML spreadsheet', hint: EXCEL_SAVE_AS },
  'excel-html': { label: 'a web page saved by Excel (HTML)', hint: EXCEL_SAVE_AS },
  html: {
    label: 'a web page (HTML)',
    hint: 'It was probably saved from a browser instead of downloaded. Download the CSV export again, or open the file in a spreadsheet and save it as CSV (UTF-8).',
  },
  xml: { label: 'an XML file', hint: EXPORT_AS_CSV },
  docx: { label: 'a Word document (.docx)', hint: DOCUMENT },
  pptx: { label: 'a PowerPoint presentation (.pptx)', hint: DOCUMENT },
  odt: { label: 'an OpenDocument text document (.odt)', hint: DOCUMENT },
  odp: { label: 'an OpenDocument presentation (.odp)', hint: DOCUMENT },
  opendocument: { label: 'an OpenDocument file', hint: DOCUMENT },
  epub: { label: 'an EPUB e-book', hint: DOCUMENT },
  keynote: { label: 'an Apple Keynote presentation (.key)', hint: DOCUMENT },
  pages: { label: 'an Apple Pages document (.pages)', hint: DOCUMENT },
  iwork: {
    label: 'an Apple iWork document (Numbers, Pages or Keynote)',
    hint: 'Open it and export it as CSV (File > Export To > CSV), with Unicode (UTF-8) as the text encoding.',
  },
  'empty-zip': { label: 'an empty ZIP archive', hint: EXPORT_AS_CSV },
  zip: { label: 'a ZIP archive', hint: EXTRACT },
  ole2: {
    label: 'a Microsoft Office file in the old binary format',
    hint: 'If it is an Excel workbook, open it in Excel and save it as "CSV UTF-8 (Comma delimited)".',
  },
  'encrypted-office': {
    label: 'a password-protected Office file',
    hint: 'Open it, remove the password, and save the sheet with the contacts as CSV (UTF-8).',
  },
  doc: { label: 'a Word document (.doc)', hint: DOCUMENT },
  ppt: { label: 'a PowerPoint presentation (.ppt)', hint: DOCUMENT },
  msg: {
    label: 'an Outlook message (.msg)',
    hint: 'Save the attachment from the message, or export the contacts as CSV (UTF-8).',
  },
};

/** Each format's label, as the phrase table of 1003's and 1007's `{kind}`. */
export const FILE_KIND_LABELS: Record<string, string> = Object.fromEntries(
  Object.entries(FILE_KINDS).map(([format, { label }]) => [format, label]),
);

/** Each format's hint, and a zip's that names the CSV it holds: 1007's `{hint}`. */
export const FILE_KIND_HINTS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(FILE_KINDS).map(([format, { hint }]) => [format, hint])),
  'zip-with-csv': 'It holds "{csv}": extract that file and import it.',
};

/** The hint's key for a workbook or another kind of file. */
export function hintKey(kind: Extract<FileKind, { format: FileFormat }>): string {
  return kind.kind === 'other' && kind.csv !== undefined ? 'zip-with-csv' : kind.format;
}

/** What an empty file holds, as the key of 1007's `{detail}` phrase. */
export function emptyKey({ bom, bytes, zeros }: EmptyFile): string {
  if (bom) return bytes === 0 ? 'bom' : 'bom-and-blank';
  if (bytes === 0) return 'no-bytes';
  if (zeros === bytes) return 'all-zero';
  return zeros > 0 ? 'blank-and-zero' : 'blank';
}

/** The share of control characters in what was looked at, for 1001's sentence. */
export function binaryParams({ unit, sampled, controls, zeros }: BinaryFile) {
  return {
    share: Math.max(1, Math.round((controls / sampled) * 100)),
    sampled,
    unit,
    what: zeros > 0 ? 'zeros' : 'controls',
  };
}
