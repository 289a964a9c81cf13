import type { Check } from '../check';
import type { Code } from '../highlevel/codes';
import fileNotCsv from './1007-not-csv';
import sheetCount from './1003-sheet-count';
import unreadable from './1001-unreadable';
import fileSize from './pf01-file-size';
import encoding from './pf02-encoding';
import dialect from './pf03-dialect';
import header from './pf05-header';
import unmappedColumn from './pf06-unmapped-column';
import unsupportedField from './1018-unsupported-field';
import dndColumn from './pf12-dnd-column';
import blankRows from './pf13-blank-rows';
import malformedRow from './pf04-malformed-row';
import invisible from './pf08-invisible';
import severalValues from './pf07-several-values';
import excelDamage from './pf10-excel-damage';
import dateFormat from './pf14-date-format';
import date from './1014-date';
import country from './pf15-country';
import timeZone from './pf16-time-zone';
import email from './1008-email';
import phone from './1013-phone';
import enumOption from './1005-enum-option';
import enumAmbiguous from './1016-enum-ambiguous';
import ownerAmbiguous from './1002-owner-ambiguous';
import ownerUnknown from './1015-owner-unknown';
import noteLength from './pf11-note-length';
import formula from './pf09-formula';
import emptyMatchingValue from './1009-empty-matching-value';
import invalidMatchingValue from './1004-invalid-matching-value';
import noIdentity from './1021-no-identity';
import contactId from './1006-contact-id';
import duplicateContactId from './1012-duplicate-contact-id';
import duplicateMatchingValue from './1011-duplicate-matching-value';
import duplicateInHighLevel from './1010-duplicate-in-highlevel';
import listNumberFormat from './pf17-list-number-format';
import updateEmpties from './pf18-update-empties';

/**
 * Where checks share a cell, what must run before what; tests/lib/checks/run-order.test.ts holds
 * CHECKS to it, and to PF09 being the last check that looks at cells (it guards the final value).
 */
export const RUN_ORDER: readonly { first: Code; before: readonly Code[]; why: string }[] = [
  {
    first: 'PF08',
    before: [
      'PF07',
      'PF10',
      'PF14',
      'PF17',
      '1014',
      '1008',
      '1013',
      '1005',
      '1016',
      '1002',
      '1015',
    ],
    why: 'PF08 tidies a value before the checks that judge it read it',
  },
  {
    first: 'PF07',
    before: ['1008', '1013'],
    why: 'PF07 splits a cell of several values before 1008 and 1013 judge what is left',
  },
  {
    first: 'PF14',
    before: ['1014'],
    why: 'PF14 sees the dates as written before 1014 rewrites them',
  },
  {
    first: 'PF08',
    before: ['PF15', 'PF16'],
    why: 'PF15 and PF16 compare Country and Time Zone exactly, so PF08 trims them first',
  },
  {
    first: 'PF17',
    before: ['1005', '1016'],
    why: 'PF17 rewrites "/" between options before 1005 and 1016 judge each option',
  },
];

/** Every check, in run order (see RUN_ORDER). */
export const CHECKS: readonly Check[] = [
  fileNotCsv,
  sheetCount,
  unreadable,
  fileSize,
  encoding,
  dialect,
  header,
  unmappedColumn,
  unsupportedField,
  dndColumn,
  blankRows,
  malformedRow,
  invisible,
  severalValues,
  excelDamage,
  dateFormat,
  date,
  country,
  timeZone,
  email,
  phone,
  listNumberFormat,
  enumOption,
  enumAmbiguous,
  ownerAmbiguous,
  ownerUnknown,
  noteLength,
  formula,
  emptyMatchingValue,
  invalidMatchingValue,
  noIdentity,
  contactId,
  duplicateContactId,
  duplicateMatchingValue,
  duplicateInHighLevel,
  updateEmpties,
];
