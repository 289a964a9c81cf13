import type { FileKind } from '../../read/sniff';

type WorkbookFormat = Extract<FileKind, { kind: 'workbook' }>['format'];

export const WORKBOOK_LABELS: Record<WorkbookFormat, string> = {
  xlsx: 'an Excel workbook (.xlsx)',
  xls: 'an Excel 97-2003 workbook (.xls)',
  ods: 'an OpenDocument spreadsheet (.ods)',
  numbers: 'an Apple Numbers spreadsheet',
};

export const SAVE_AS_CSV =
  'Open it in Excel, Google Sheets or Numbers and use "Save as" / "Download" → CSV (UTF-8), then pick that file.';
