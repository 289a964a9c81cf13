import type { Code } from './codes';
import type { FieldKind } from './fields';
import { SOURCES } from './sources';

/**
 * HighLevel's import error log (Bulk Actions → the import → Show Stats → Error tab) in plain words:
 * for each of its codes, the names the log may give it, what it means for the row, what to do,
 * and what became of the row. Source: SOURCES.errorCodes, whose table names each code (sometimes
 * with a note to itself, "use 1005 instead", kept here as written since a log may carry it) and,
 * for 1001–1016, says what it means and how to resolve it; the words for 1017–1024, which the
 * article leaves blank, are ours.
 */
export const ERROR_LOG_SOURCE = SOURCES.errorCodes;

/** What became of a row the log names, which decides the file it goes into. */
export type LogOutcome =
  /** The import stopped before any row: the whole file is to be imported again. */
  | 'nothing-imported'
  /** The row was neither created nor updated: it goes into a file that creates it. */
  | 'not-imported'
  /** The contact arrived without a field: a file that updates only that field fills it. */
  | 'field-lost'
  /** The contact arrived but may be duplicated, or missed a step: the user decides. */
  | 'check-it';

export interface LogCode {
  /** The names HighLevel's article gives the code, which its log may carry instead of it. */
  names: readonly string[];
  meaning: string;
  todo: string;
  outcome: LogOutcome;
  /** For a code that empties a field: the kinds of field it empties, when the log names no column. */
  emptied?: readonly FieldKind[];
}

export type HighLevelCode = Extract<
  Code,
  `10${'0' | '1' | '2'}${'0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9'}`
>;

export const ERROR_LOG: Record<HighLevelCode, LogCode> = {
  '1001': {
    names: ['Unknown error'],
    meaning: 'HighLevel could not process the file, and none of it was imported.',
    todo: 'Check the file against the format requirements (Preflight does), then import it again, after clearing the browser cache or in another browser.',
    outcome: 'nothing-imported',
  },
  '1002': {
    names: ['Multiple owners found in HL', 'Multiple owners found'],
    meaning:
      'The Owner value matches more than one user of the account (two users named "John Doe", say). The contact was imported without an owner.',
    todo: "Write the owner as the user's email address rather than their name, then import the rows again, or set the owner on those contacts by hand.",
    outcome: 'field-lost',
    emptied: ['owner'],
  },
  '1003': {
    names: ['Invalid sheet count'],
    meaning: 'The file has more than one sheet, and none of it was imported.',
    todo: 'Keep one sheet and save it as CSV, then import it again.',
    outcome: 'nothing-imported',
  },
  '1004': {
    names: ['Invalid required property'],
    meaning:
      'A required value (the column contacts are matched on) is not valid, so the row was not imported.',
    todo: "Correct the value to the field's format, then import the row again.",
    outcome: 'not-imported',
  },
  '1005': {
    names: ['Invalid enumeration option'],
    meaning:
      'A value matches no option of a dropdown, radio, checkbox or multi-select field. The contact was imported with that field empty.',
    todo: 'Change the value to an existing option (or add the option to the field in HighLevel), then fill the field on those contacts.',
    outcome: 'field-lost',
    emptied: ['enum'],
  },
  '1006': {
    names: ['Invalid contact ID'],
    meaning:
      'The import was to update contacts by Contact ID, and no contact has this ID, so the row was not imported.',
    todo: 'Correct the ID from a fresh contacts export, or import the row as a new contact without ticking the box that updates by Contact ID.',
    outcome: 'not-imported',
  },
  '1007': {
    names: ['File not found'],
    meaning: 'HighLevel did not find the file it was given, and none of it was imported.',
    todo: 'Save the file as CSV on your computer and upload it again.',
    outcome: 'nothing-imported',
  },
  '1008': {
    names: ['Failed validation of Email'],
    meaning:
      'The email address is not of the form name@domain.com, so the contact was neither created nor updated.',
    todo: 'Correct the address, then import the row again.',
    outcome: 'not-imported',
  },
  '1009': {
    names: ['Empty unique property value in the file', 'Empty unique property value'],
    meaning: 'The column contacts are matched on is empty on the row, so it was not imported.',
    todo: 'Fill it in, or choose a secondary matching column, then import the row again.',
    outcome: 'not-imported',
  },
  '1010': {
    names: [
      'Duplicate unique property value in the HL',
      'Duplicate unique property value in HighLevel',
    ],
    meaning:
      'Several contacts already in HighLevel share the matching value. The row was imported into all of them, so there may be duplicates.',
    todo: 'Look at the contacts that share the value and merge them, or match on another column next time.',
    outcome: 'check-it',
  },
  '1011': {
    names: ['Duplicate unique property value in the file'],
    meaning:
      'The matching value is on several rows of the file. They were imported, but there may be duplicate contacts.',
    todo: 'Look at the contacts with that value and merge them, or match on another column next time.',
    outcome: 'check-it',
  },
  '1012': {
    names: ['Duplicate Contact ID in the file'],
    meaning: 'The Contact ID is on several rows of the file, and those rows were not updated.',
    todo: 'Keep one row per Contact ID, the one with the latest details, then import it again.',
    outcome: 'not-imported',
  },
  '1013': {
    names: ['Could not parse the phone number'],
    meaning:
      'The phone number has characters other than digits, or is not written as HighLevel reads it (E.164). The contact was imported without it.',
    todo: 'Write the number in digits with its country code (+1 202 555 0147), then fill it on those contacts.',
    outcome: 'field-lost',
    emptied: ['phone'],
  },
  '1014': {
    names: ['Could not parse the date'],
    meaning:
      'A date does not match the date format chosen for the import. The contact was imported without it.',
    todo: 'Write the dates in the chosen format, then fill them on those contacts.',
    outcome: 'field-lost',
    emptied: ['date'],
  },
  '1015': {
    names: ['Could not find the owner'],
    meaning: 'The owner matches no user of the account. The contact was imported without an owner.',
    todo: "Write the owner as a user's full name or email as the account has it (add the user first if they are new), then set it on those contacts.",
    outcome: 'field-lost',
    emptied: ['owner'],
  },
  '1016': {
    names: ['Ambiguous enumeration option in HL', 'Ambiguous enumeration option'],
    meaning:
      'A value matches more than one option of a dropdown, radio, checkbox or multi-select field. The contact was imported with that field empty.',
    todo: 'Change the value to match exactly one option, then fill the field on those contacts.',
    outcome: 'field-lost',
    emptied: ['enum'],
  },
  '1017': {
    names: [
      'Location does not allow duplicate contacts - use 1010 & 1011',
      'Location does not allow duplicate contacts',
    ],
    meaning:
      'The sub-account does not allow duplicate contacts and the row matched one already there (HighLevel now reports this as 1010 or 1011).',
    todo: 'Find the contact it matched; update that one, or match on another column, then import the row again.',
    outcome: 'check-it',
  },
  '1018': {
    names: [
      'CustomField not supported -> validate while mapping itself - file and signature',
      'CustomField not supported',
      'Custom field not supported',
    ],
    meaning:
      'A column was mapped to a custom field of a type the import cannot fill (a file upload or a signature). The contact was imported without it.',
    todo: 'Leave that column out of the import and fill the field in HighLevel.',
    outcome: 'field-lost',
  },
  '1019': {
    names: ['Invalid Custom Field value -> use 1005 instead', 'Invalid Custom Field value'],
    meaning:
      "A custom field's value is not valid for the field (HighLevel now reports this as 1005). The contact was imported with that field empty.",
    todo: 'Change the value to one the field accepts, then fill the field on those contacts.',
    outcome: 'field-lost',
    emptied: ['enum'],
  },
  '1020': {
    names: ['Failed to create a contact'],
    meaning:
      'HighLevel failed to create the contact: a failure inside HighLevel, not something the file shows.',
    todo: "Import the row again; if it fails again, send the row to HighLevel's support.",
    outcome: 'not-imported',
  },
  '1021': {
    names: [
      'No email, phone, firstName and lastName, and type are created',
      'No email, phone, first name and last name',
    ],
    meaning: 'The row has no email, phone, first name or last name, so no contact was created.',
    todo: 'Add at least one of them, then import the row again.',
    outcome: 'not-imported',
  },
  '1022': {
    names: ['Contact was not found'],
    meaning:
      'HighLevel did not find the contact the row was to update: a failure inside HighLevel, or the contact was deleted during the import.',
    todo: 'Check the contact still exists, then import the row again.',
    outcome: 'not-imported',
  },
  '1023': {
    names: ['Failed to update a contact'],
    meaning:
      'HighLevel failed to update the contact: a failure inside HighLevel, not something the file shows.',
    todo: "Import the row again; if it fails again, send the row to HighLevel's support.",
    outcome: 'not-imported',
  },
  '1024': {
    names: ['Failed to add campaign/workflow'],
    meaning:
      'The contact was imported, but not added to the campaign or workflow chosen for the import.',
    todo: 'Add those contacts to the workflow with a bulk action (filter them by the tag of the import).',
    outcome: 'check-it',
  },
};
