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

export const DELIMITER_NAMES: Record<string, string> = {
  ',': 'commas',
  ';': 'semicolons',
  '\t': 'tabs',
  '|': 'vertical bars (|)',
};

/** Why a phone is invalid, in the words of 1004 and 1013 messages. */
export const PHONE_HINTS = {
  letters: 'It contains letters; write the number in digits.',
  'too-short': 'It has too few digits.',
  'too-long': 'It has too many digits.',
  extension: "HighLevel's phone field has no room for an extension; move it to a note.",
  'not-a-number': 'It is not a phone number.',
} as const;
