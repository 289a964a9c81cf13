import type { OutcomeClass } from './outcomes';
import { FILE_KIND_HINTS, FILE_KIND_LABELS } from './file-kinds';
import { MATCHING_PHRASES } from './matching';
import { SOURCES } from './sources';
import { ACCEPTED_FORMS } from '../values/number';

/**
 * Every code Preflight reports, with all of its plain-words text: the one table that the CLI, the
 * panel, the history and the README read, and the only place a sentence about a finding is
 * written. Checks report a code, a reason and data; messages are templates filled when an issue is
 * shown (`describeIssue` in issue.ts): `{name}` is the value, fix, column or parameter of
 * that name, or the phrase its key names in the code's `phrases`.
 */

/** Why a phone number is not valid, in the words of 1004 and 1013 (`{why}`). */
const PHONE_PROBLEMS = {
  letters: 'It contains letters; write the number in digits.',
  'too-short': 'It has too few digits.',
  'too-long': 'It has too many digits.',
  extension: "HighLevel's phone field has no room for an extension; move it to a note.",
  'not-a-number': 'It is not a phone number.',
  scientific:
    'A spreadsheet turned it into scientific notation and its last digits are lost; re-export the phones as text.',
  'other-country':
    'It is a valid number from {region}: add its country code, {code} ({suggestion}).',
  'missing-plus':
    'With a "+" in front it is a valid number from {region}, {suggestion}: add the "+".',
};

export interface Reason {
  /** Overrides the code's class for this reason (e.g. PF05 is a notice unless nothing maps). */
  class?: OutcomeClass;
  message: string;
  /**
   * A finding made only when the user turned a kind of fix off, whose message says so itself
   * (others get the shared sentence for a fix turned off, `DECLINED_MESSAGES`).
   */
  saysDeclined?: true;
}

export type ListStyle = 'and' | 'or' | 'other-rows';

export interface CodeEntry {
  /** HighLevel's name for its own codes; ours for PF codes. */
  name: string;
  /** What it catches, after the name in the README's table. */
  about: string;
  class: OutcomeClass | null;
  /** True for HighLevel's numeric codes. */
  highLevel: boolean;
  /** Whether Preflight can decide it from the file and the settings. */
  predicted: boolean;
  /** What the automatic fix in the cleaned CSV does ("none" when there is none). */
  fix: string;
  /**
   * The parameter naming a value the cell could hold instead, which Preflight does not apply on
   * its own (the closest option, the closest user): the grid offers it for a whole column.
   */
  suggestion?: string;
  source: string;
  reasons: Record<string, Reason>;
  /**
   * Words a reason's `{param}` names by key: the check passes the key (`why: 'too-short'`), the
   * table holds the phrase, which may itself name the values (`{suggestion}`).
   */
  phrases?: Record<string, Record<string, string>>;
  /**
   * How a list parameter is written: "4, 9 and 12", "03/04 or 04/03", or `other-rows`: the rows
   * of a group but the issue's own, so every issue of a group shares one list.
   */
  lists?: Record<string, ListStyle>;
}

export const CODES = {
  '1001': {
    name: 'Unknown error',
    about: 'the file is not text, or has no header row',
    class: 'file-blocked',
    highLevel: true,
    predicted: true,
    fix: 'none; explains what is wrong with the file',
    source: SOURCES.errorCodes,
    reasons: {
      binary: {
        message:
          'The file is not text ({share}% of its first {sampled} {unit} are {what}). HighLevel would fail with "unknown error" and import nothing. Open the original in a spreadsheet and save it as CSV (UTF-8).',
      },
      'no-header': {
        message:
          'The file has no header row: HighLevel needs column names in row 1 and would import nothing. Add a header row such as "First Name,Last Name,Email,Phone".',
      },
    },
    phrases: {
      unit: { byte: 'bytes', utf16: 'characters' },
      what: { zeros: 'zero bytes or control characters', controls: 'control characters' },
    },
  },
  '1002': {
    name: 'Multiple owners found',
    about: 'the Owner name matches several users',
    class: 'field-dropped',
    highLevel: true,
    predicted: true,
    fix: "replaced with the user's email only when you pick which user",
    source: SOURCES.errorCodes,
    reasons: {
      ambiguous: {
        message:
          'Owner "{value}" matches {count} users ({candidates}). HighLevel would import the row with no owner. Use the email of the right user instead of the name.',
      },
    },
  },
  '1003': {
    name: 'Invalid sheet count',
    about: 'a workbook with several sheets',
    class: 'file-blocked',
    highLevel: true,
    predicted: true,
    fix: 'none; lists the sheets found',
    source: SOURCES.errorCodes,
    reasons: {
      sheets: {
        message:
          'This is {kind} with {count} sheets ({sheets}), not a CSV file. HighLevel would import nothing. Open it, keep one sheet, and save that sheet as CSV (UTF-8).',
      },
    },
    phrases: { kind: FILE_KIND_LABELS },
  },
  '1004': {
    name: 'Invalid required property',
    about: 'the matching value (e.g. a phone) is present but invalid',
    class: 'row-skipped',
    highLevel: true,
    predicted: true,
    fix: "the matching column's own fix, where there is one",
    source: SOURCES.errorCodes,
    reasons: {
      phone: {
        message:
          '"{value}" in the matching column ({column}) is not a valid phone number for {country}. HighLevel would skip this row. {why}',
      },
      'contact-id': {
        message:
          '"{value}" in the matching column ({column}) is not a HighLevel Contact ID. HighLevel would skip this row. Copy the ID from a contacts export.',
      },
    },
    phrases: { why: PHONE_PROBLEMS },
  },
  '1005': {
    name: 'Invalid enumeration option',
    about: 'a dropdown, radio, checkbox or multi-select value that is not one of the options',
    class: 'field-dropped',
    highLevel: true,
    predicted: true,
    fix: 'case, spacing and accent differences are fixed to the exact option; otherwise the closest option is suggested',
    suggestion: 'closest',
    source: SOURCES.errorCodes,
    reasons: {
      'near-match': {
        message:
          '"{value}" is not exactly an option of {column}; the cleaned file uses the option "{fix}". HighLevel would otherwise leave {column} empty.',
      },
      'no-match': {
        message:
          '"{value}" is not an option of {column} ({optionList}). HighLevel would import the row with {column} empty. {hint}',
      },
    },
    phrases: {
      optionList: { some: '{options}', none: 'no options configured' },
      hint: {
        closest: 'Did you mean "{closest}"?',
        none: 'Use one of the options, or add this one to the field in HighLevel.',
      },
    },
  },
  '1006': {
    name: 'Invalid contact ID',
    about: 'updating by Contact ID, the ID is empty, malformed, or not in the contacts export',
    class: 'row-skipped',
    highLevel: true,
    predicted: true,
    fix: 'none',
    source: SOURCES.errorCodes,
    reasons: {
      empty: {
        message:
          'Updating by Contact ID is on, but this row has no Contact ID. HighLevel would skip it. Fill in the ID from a contacts export, or turn the option off.',
      },
      malformed: {
        message:
          '"{value}" does not look like a HighLevel Contact ID (20 letters and digits). HighLevel would skip this row. Copy the ID from a contacts export.',
      },
      unknown: {
        message:
          'Contact ID "{value}" is not in the contacts export you loaded. HighLevel would skip this row. Check the ID, or import the row without it.',
      },
    },
  },
  '1007': {
    name: 'File not found',
    about: 'empty, or not a CSV (workbook, PDF, image, zip)',
    class: 'file-blocked',
    highLevel: true,
    predicted: true,
    fix: 'none; says what the file really is',
    source: SOURCES.errorCodes,
    reasons: {
      empty: {
        message:
          'The file is empty ({detail}). HighLevel would import nothing. Export the contacts again, or pick the right file.',
      },
      'not-csv': {
        message:
          'This is {kind}, not a CSV file. HighLevel only imports .csv files and would import nothing. {hint}',
      },
    },
    phrases: {
      detail: {
        'no-bytes': '0 bytes',
        bom: 'only a byte-order mark, no text',
        'bom-and-blank': 'only a byte-order mark and blank space',
        'all-zero': '{bytes} bytes, all of them zero',
        blank: 'only spaces and blank lines',
        'blank-and-zero': 'only blank space and zero bytes',
      },
      kind: FILE_KIND_LABELS,
      hint: FILE_KIND_HINTS,
    },
  },
  '1008': {
    name: 'Failed validation of Email',
    about: 'an email address HighLevel rejects, which skips the row',
    class: 'row-skipped',
    highLevel: true,
    predicted: true,
    fix: 'trims, lowercases the domain, strips mailto:, "Name <a@b.c>" wrappers, trailing punctuation and inner spaces; likely domain typos are suggested, and applied only if you opt in',
    source: SOURCES.errorCodes,
    reasons: {
      repaired: {
        message:
          'Email "{value}" is not a valid address as written; HighLevel would skip the row. The cleaned file has "{fix}".',
      },
      typo: {
        message:
          'Email "{value}" looks like a typo of {suggestion}. HighLevel would import it as written. {hint}',
        class: 'notice',
      },
      invalid: {
        message:
          'Email "{value}" is not a valid address (name@domain.com). HighLevel would skip this row. Correct the address or delete it.',
      },
    },
    phrases: {
      hint: {
        applied: 'The cleaned file has the corrected address.',
        suggested: 'Correct it if it is a typo (or turn on automatic typo fixes).',
      },
    },
  },
  '1009': {
    name: 'Empty unique property value',
    about: 'the matching column is empty on the row',
    class: 'row-skipped',
    highLevel: true,
    predicted: true,
    fix: 'none',
    source: SOURCES.errorCodes,
    reasons: {
      empty: {
        message:
          'This row has no {matching}, the column HighLevel matches contacts on. HighLevel would skip it. Fill it in, or choose a secondary matching column.',
      },
      'no-column': {
        message:
          'The file has no {matching} column, the column HighLevel matches contacts on, so every row would be skipped. Map a column to it, or choose another matching column.',
        class: 'file-blocked',
      },
    },
    phrases: { matching: MATCHING_PHRASES },
  },
  '1010': {
    name: 'Duplicate unique property value in HighLevel',
    about:
      'the matching value belongs to contacts already in HighLevel (needs the contacts export)',
    class: 'duplicate-risk',
    highLevel: true,
    predicted: true,
    fix: 'none',
    source: SOURCES.errorCodes,
    reasons: {
      reference: {
        message:
          '{matching} "{value}" belongs to {count} contacts already in HighLevel. The row would update all of them. Choose a different matching column or clean up those contacts first.',
      },
    },
  },
  '1011': {
    name: 'Duplicate unique property value in the file',
    about: 'two rows share the matching value (email case, phone E.164)',
    class: 'duplicate-risk',
    highLevel: true,
    predicted: true,
    fix: 'optionally merges the rows into one (later non-empty values win); off by default',
    source: SOURCES.errorCodes,
    reasons: {
      duplicate: {
        message:
          '{matching} "{value}" is also on row {others}. HighLevel would import both and may create duplicates. Keep one row per contact.',
      },
      merged: {
        message:
          '{matching} "{value}" is also on row {others}; the cleaned file merges these rows into row {first}.',
      },
    },
    lists: { others: 'other-rows' },
  },
  '1012': {
    name: 'Duplicate Contact ID in the file',
    about: 'two rows share a Contact ID',
    class: 'row-skipped',
    highLevel: true,
    predicted: true,
    fix: 'optionally merges the rows into one, as for 1011',
    source: SOURCES.errorCodes,
    reasons: {
      duplicate: {
        message:
          'Contact ID "{value}" is also on row {others}. HighLevel would update neither row. Keep only the most up-to-date row for this ID.',
      },
      merged: {
        message:
          'Contact ID "{value}" is also on row {others}; the cleaned file merges these rows into row {first}.',
      },
    },
    lists: { others: 'other-rows' },
  },
  '1013': {
    name: 'Could not parse the phone number',
    about: "a phone invalid for the sub-account's country",
    class: 'field-dropped',
    highLevel: true,
    predicted: true,
    fix: 'rewrites valid numbers as E.164 (+18102929388); a number from another country needs its country code added by you',
    source: SOURCES.csvFormat,
    reasons: {
      'other-country': {
        message:
          'Phone "{value}" is not a valid {country} number, but it is a valid number from {region}: HighLevel would import the row with no phone. Add the country code, {code}: {suggestion}.',
      },
      'missing-plus': {
        message:
          'Phone "{value}" is not a valid {country} number; with a "+" in front it is a valid number from {region}, {suggestion}. HighLevel would import the row with no phone. Add the "+" if that is the right number.',
      },
      'file-country': {
        message:
          'Most phones without a country code in {column} ({count} of {total}) are numbers from {region}, not {home}: HighLevel would drop them. Choose "numbers without a country code are from {region}" for this file, and the cleaned file writes them with their country code.',
        class: 'notice',
      },
      invalid: {
        message:
          'Phone "{value}" is not a valid phone number for {country}. HighLevel would import the row with no phone. {why}',
      },
    },
    phrases: { why: PHONE_PROBLEMS },
  },
  '1014': {
    name: 'Could not parse the date',
    about: 'a date not in the chosen format',
    class: 'field-dropped',
    highLevel: true,
    predicted: true,
    fix: 'rewrites dates into the chosen format when they are unambiguous in another format (ISO, month names); ambiguous ones are flagged',
    source: SOURCES.csvFormat,
    reasons: {
      rewritten: {
        message:
          'Date "{value}" is not in the chosen format ({format}); the cleaned file has {fix}. HighLevel would otherwise leave {column} empty.',
      },
      ambiguous: {
        message:
          'Date "{value}" is not in the chosen format ({format}) and could be {candidates}. HighLevel would leave {column} empty. Write it as {format}.',
      },
      invalid: {
        message:
          '"{value}" is not a date in the chosen format ({format}). HighLevel would import the row with {column} empty.',
      },
    },
    lists: { candidates: 'or' },
  },
  '1015': {
    name: 'Could not find the owner',
    about: 'the Owner matches no user of the account',
    class: 'field-dropped',
    highLevel: true,
    predicted: true,
    fix: 'none; suggests the closest user',
    suggestion: 'closestEmail',
    source: SOURCES.errorCodes,
    reasons: {
      unknown: {
        message:
          'Owner "{value}" matches no user of the account. HighLevel would import the row with no owner. {hint}',
      },
      unverified: {
        message:
          'The file assigns owners ({column}), but no users are configured, so Preflight cannot check them. HighLevel accepts a user\'s email, or "First Last" / "Last First". Add the account\'s users in the settings.',
        class: 'notice',
      },
    },
    phrases: {
      hint: {
        closest: 'Did you mean {closest}?',
        none: "Use a user's email, or their name as First Last.",
      },
    },
  },
  '1016': {
    name: 'Ambiguous enumeration option',
    about: 'a value that matches several options of the field',
    class: 'field-dropped',
    highLevel: true,
    predicted: true,
    fix: 'none; lists the candidates',
    source: SOURCES.errorCodes,
    reasons: {
      ambiguous: {
        message:
          '"{value}" matches several options of {column} ({candidates}). HighLevel would leave {column} empty. Rename the options in HighLevel so only one matches.',
      },
    },
  },
  '1017': {
    name: 'Location does not allow duplicate contacts',
    about: 'the location refuses duplicates',
    class: null,
    highLevel: true,
    predicted: false,
    fix: 'covered by 1010 and 1011',
    source: SOURCES.errorCodes,
    reasons: {},
  },
  '1018': {
    name: 'Custom field not supported',
    about: 'a column mapped to a file upload or signature field',
    class: 'field-dropped',
    highLevel: true,
    predicted: true,
    fix: 'the column is left out of the cleaned CSV',
    source: SOURCES.errorCodes,
    reasons: {
      unsupported: {
        message:
          'Column {column} maps to a {type} custom field, which import cannot fill; HighLevel imports the rest of the file without it. The cleaned file leaves this column out.',
      },
    },
  },
  '1019': {
    name: 'Invalid custom field value',
    about: 'a custom field value HighLevel refuses',
    class: null,
    highLevel: true,
    predicted: false,
    fix: 'covered by 1005',
    source: SOURCES.errorCodes,
    reasons: {},
  },
  '1020': {
    name: 'Failed to create a contact',
    about: 'HighLevel failed to create the contact',
    class: null,
    highLevel: true,
    predicted: false,
    fix: 'a failure inside HighLevel: it cannot be predicted from the file; import the row again later',
    source: SOURCES.errorCodes,
    reasons: {},
  },
  '1021': {
    name: 'No email, phone, first name and last name',
    about: 'a row with nothing to know the contact by',
    class: 'row-skipped',
    highLevel: true,
    predicted: true,
    fix: 'none',
    source: SOURCES.csvFormat,
    reasons: {
      'no-identity': {
        message:
          'This row has no email, phone, first name or last name. HighLevel would skip it. Fill in at least one of them.',
      },
    },
  },
  '1022': {
    name: 'Contact was not found',
    about: 'the contact to update was not found',
    class: null,
    highLevel: true,
    predicted: false,
    fix: 'a failure inside HighLevel: it cannot be predicted from the file',
    source: SOURCES.errorCodes,
    reasons: {},
  },
  '1023': {
    name: 'Failed to update a contact',
    about: 'HighLevel failed to update the contact',
    class: null,
    highLevel: true,
    predicted: false,
    fix: 'a failure inside HighLevel: it cannot be predicted from the file',
    source: SOURCES.errorCodes,
    reasons: {},
  },
  '1024': {
    name: 'Failed to add campaign/workflow',
    about: 'the contact could not be added to a campaign or workflow',
    class: null,
    highLevel: true,
    predicted: false,
    fix: 'a failure inside HighLevel: it cannot be predicted from the file',
    source: SOURCES.errorCodes,
    reasons: {},
  },
  PF01: {
    name: 'File too large',
    about:
      "over HighLevel's size limit (30 MB), or over the 10,000 rows or 20 MB its troubleshooting FAQ gives",
    class: 'file-blocked',
    highLevel: false,
    predicted: true,
    fix: 'the cleaned rows are split into parts that each fit, with the same header in each; over the size limit only the parts are handed to HighLevel',
    source: `${SOURCES.csvFormat}; ${SOURCES.faq}`,
    reasons: {
      bytes: {
        message:
          'The cleaned file is {size}, over the {limit} HighLevel accepts; as one file it would import nothing. It is split into {parts} files that each fit: import them one after another. (A newer HighLevel page gives {newer}: if your account takes that, raise the size limit in the settings.)',
      },
      'bytes-cleaned-fits': {
        message:
          'The file is {size}, over the {limit} HighLevel accepts, so it would import nothing; the cleaned file is {cleaned} and fits.',
        class: 'notice',
      },
      rows: {
        message:
          "The cleaned file has {count} rows. HighLevel's troubleshooting FAQ gives {faqRows} rows or {faqBytes} as the most one import takes, though its other pages give {limit} and no row limit. The whole file is ready; the same rows are also split into {parts} files of at most {rows} rows, in case HighLevel refuses it.",
        class: 'notice',
      },
      'faq-bytes': {
        message:
          "The cleaned file is {size}: HighLevel's troubleshooting FAQ gives {faqBytes} as the most one import takes, though its other pages give {limit}. If HighLevel refuses it, set the size limit in the settings to 20 MB to get parts.",
        class: 'notice',
      },
    },
  },
  PF02: {
    name: 'Encoding',
    about: 'not UTF-8, a byte-order mark, or mojibake (`Ã©`)',
    class: 'notice',
    highLevel: false,
    predicted: true,
    fix: 'the cleaned CSV is UTF-8 without a byte-order mark, decoded correctly',
    source: SOURCES.csvFormat,
    reasons: {
      encoding: {
        message:
          'The file is encoded as {encoding}, not UTF-8; read as UTF-8, accented letters would arrive garbled. The cleaned file is UTF-8.',
      },
      bom: {
        message:
          'The file starts with a byte-order mark, which can end up inside the first column name. The cleaned file has none.',
      },
      mojibake: {
        message:
          '"{value}" has garbled characters from an earlier wrong conversion; the cleaned file has "{fix}".',
      },
      'mojibake-unfixable': {
        message:
          '"{value}" looks garbled by an earlier wrong conversion and cannot be repaired automatically. Check it by hand.',
      },
    },
    phrases: {
      encoding: {
        'utf-16le': 'UTF-16 (little-endian)',
        'utf-16be': 'UTF-16 (big-endian)',
        'windows-1252': 'Windows-1252 / Latin-1',
      },
    },
  },
  PF03: {
    name: 'Dialect',
    about: 'a `;`, tab or `|` delimiter, or mixed line endings',
    class: 'notice',
    highLevel: false,
    predicted: true,
    fix: 'the cleaned CSV is comma-separated with one kind of line ending',
    source: SOURCES.csvFormat,
    reasons: {
      delimiter: {
        message:
          'Columns are separated by {delimiter}, not commas; HighLevel may read each row as one column. The cleaned file uses commas.',
      },
      'line-endings': {
        message: 'The file mixes line endings (Windows and Unix). The cleaned file uses one kind.',
      },
    },
    phrases: {
      delimiter: { ';': 'semicolons', '\t': 'tabs', '|': 'vertical bars (|)' },
    },
  },
  PF04: {
    name: 'Malformed row',
    about: 'too many or too few fields, or an unclosed quote',
    class: 'row-skipped',
    highLevel: false,
    predicted: true,
    fix: 'none; the raw line is shown',
    source: SOURCES.csvFormat,
    reasons: {
      'too-many': {
        message:
          'This row has {count} fields but the header has {expected}; values have probably shifted into the wrong columns (an unquoted comma?). HighLevel would skip or garble it. Raw line: {raw}',
      },
      'too-few': {
        message:
          'This row has {count} fields but the header has {expected}; values may sit in the wrong columns. HighLevel would skip or garble it. Raw line: {raw}',
      },
      'unclosed-quote': {
        message:
          'A quote opened on this row is never closed, so the rest of the file ({count} lines) reads as one value. HighLevel would skip or garble these rows. Raw line: {raw}',
      },
    },
  },
  PF05: {
    name: 'Header problems',
    about:
      'title or preamble rows above the header, blank first rows, empty or duplicate names, data as the header, or nothing maps',
    class: 'notice',
    highLevel: false,
    predicted: true,
    fix: 'the header is the row among the first ten that best maps to HighLevel fields, and the rows above it are left out and named; duplicate names are renamed "Email (2)"; a column is dropped only when no row holds a value in it',
    source: SOURCES.csvFormat,
    reasons: {
      'empty-name': {
        message: 'Column {index} has no name, so HighLevel cannot map it. {hint}',
      },
      duplicate: {
        message:
          'Two columns are named "{value}"; HighLevel maps only one of them. The cleaned file renames this one "{fix}".',
      },
      'blank-first-row': {
        message:
          'The file starts with {count} blank line(s); HighLevel reads row 1 as the header and would find no columns. The cleaned file starts at the header.',
        class: 'file-blocked',
      },
      'rows-above-header': {
        message:
          'Row {line} ("{value}") is above the header, which is row {header}: HighLevel reads row 1 as the header and would map nothing. The cleaned file leaves this row out and starts at the header.',
        class: 'file-blocked',
      },
      'looks-like-data': {
        message:
          'Row 1 looks like contact data ({detail}), not column names. HighLevel would use it as the header and import nothing useful. Add a header row.',
        class: 'file-blocked',
      },
      'nothing-maps': {
        message:
          'No column name corresponds to a HighLevel contact field ({columns}). HighLevel would refuse the file. Rename the columns (e.g. "First Name", "Email", "Phone") or map them in the settings.',
        class: 'file-blocked',
      },
    },
    phrases: {
      hint: {
        renamed: 'The cleaned file names it "{column}".',
        dropped: 'It holds no values; the cleaned file leaves it out.',
      },
    },
  },
  PF06: {
    name: 'Unmapped column',
    about: 'a column import would ignore',
    class: 'notice',
    highLevel: false,
    predicted: true,
    fix: 'none; the mapping can be changed in the settings',
    source: SOURCES.csvFormat,
    reasons: {
      unmapped: {
        message:
          'Column {column} matches no HighLevel field, so import would ignore it unless you map it to a custom field.',
      },
      'second-column': {
        message:
          'Column {column} is a second {field} column; {first} already fills {field}, so import would ignore this one unless you map it elsewhere.',
      },
    },
  },
  PF07: {
    name: 'Several values in one cell',
    about:
      "several emails or phones in one cell, a second phone or email column, or HighLevel's Additional Emails / Additional Phones columns",
    class: 'field-dropped',
    highLevel: false,
    predicted: true,
    fix: "by default, the extra valid values go into HighLevel's Additional Emails / Additional Phones column of the same row (added when the file has none); with the `extra-rows` setting, into extra rows as the seed FAQ shows, made only for a value HighLevel can match the row on; an empty main field takes the first extra value; invalid values are named, not moved",
    source: `${SOURCES.csvFormat}; ${SOURCES.faq}`,
    reasons: {
      'email-cell': {
        message:
          'The email cell holds {count} addresses; HighLevel would reject the row. The cleaned file keeps {fix} here and {placed}.',
        class: 'row-skipped',
      },
      'phone-cell': {
        message:
          'The phone cell holds {count} numbers; HighLevel would drop the phone. The cleaned file keeps {fix} here and {placed}.',
      },
      'extra-column': {
        message:
          'Column {column} is a second {field} column; HighLevel imports one {field} per contact and would drop it. The cleaned file moves {fix} to an extra row with the same name.',
      },
      'second-column': {
        message:
          "Column {column} is a second {field} column; HighLevel imports one {field} per contact from its own columns and would drop it. The cleaned file moves its values to HighLevel's {fix} column, in the same row.",
        class: 'notice',
      },
      'second-column-kept': {
        message:
          'Column {column} is a second {field} column; HighLevel imports one {field} per contact and would drop it. Moving several values is turned off in the fixes, so the cleaned file keeps the column as it is.',
        saysDeclined: true,
      },
      'extra-invalid': {
        message:
          'Column {column} is a second {field} column, which HighLevel would drop, and "{value}" is not a valid {field} either, so the cleaned file leaves it out.',
      },
      'piece-invalid': {
        message:
          '"{value}" in {column} is not a valid {field}, so HighLevel would drop it and the cleaned file leaves it out. Correct it and add it to the contact by hand.',
      },
      'extra-not-matching': {
        message:
          '{column} holds another {field}, "{value}". With extra rows chosen for several values, a row with only a name and this {field} would be skipped, since {field} is not a matching field in the settings; the cleaned file leaves it out. Choose HighLevel\'s Additional columns for several values (the default), or make {field} a matching field.',
      },
      'extra-fills-main': {
        message:
          '{column} holds a {field}, "{value}", while the row has none in the main {field} column; the cleaned file moves {fix} there.',
        class: 'notice',
      },
      'too-many': {
        message:
          'HighLevel keeps {max} values in {list} beside the main {field}; the contact has more, so "{value}" from {column} is left out of the cleaned file. Keep it in a note or a custom field.',
      },
    },
    phrases: {
      placed: {
        'email-additional-columns':
          'moves every other valid address to the Additional Emails column of the same row',
        'phone-additional-columns':
          'moves every other valid number to the Additional Phones column of the same row',
        'email-extra-rows': 'adds a row with the same name for each other valid address',
        'phone-extra-rows': 'adds a row with the same name for each other valid number',
      },
    },
  },
  PF08: {
    name: 'Invisible characters',
    about: 'edge spaces, non-breaking and zero-width spaces, stray line breaks',
    class: 'notice',
    highLevel: false,
    predicted: true,
    fix: 'removed',
    source: SOURCES.csvFormat,
    reasons: {
      invisible: {
        message: '{column} has {found}; the cleaned file removes them.',
      },
    },
    phrases: {
      found: {
        'no-break-spaces': 'non-breaking spaces',
        'zero-width': 'zero-width characters',
        'edge-spaces': 'leading/trailing spaces',
        'line-breaks': 'line breaks',
        tabs: 'tabs',
      },
    },
  },
  PF09: {
    name: 'Spreadsheet formula',
    about:
      'a value or column name starting with `=`, `+`, `-`, `@`, a tab or a carriage return, other than a number or phone number',
    class: 'notice',
    highLevel: false,
    predicted: true,
    fix: "prefixed with ' so spreadsheets do not run it, in every cell of every file Preflight writes: the cleaned file, its parts, the rejected rows and the report",
    source: SOURCES.owasp,
    reasons: {
      formula: {
        message:
          '"{value}" starts with "{first}", so a spreadsheet opening an export would run it as a formula. The files Preflight writes prefix it with an apostrophe.',
      },
      'formula-header': {
        message:
          'The column name "{value}" starts with "{first}", so a spreadsheet opening an export would run it as a formula. The files Preflight writes prefix it with an apostrophe.',
      },
    },
  },
  PF10: {
    name: 'Excel damage',
    about: 'phones in scientific notation, ZIP codes without their leading zero',
    class: 'field-dropped',
    highLevel: false,
    predicted: true,
    fix: 'US ZIP codes padded back to 5 digits; phones in scientific notation cannot be recovered',
    source: SOURCES.csvFormat,
    reasons: {
      'scientific-phone': {
        message:
          'Phone "{value}" was turned into scientific notation by a spreadsheet; its last digits are lost, and HighLevel would report 1013 and drop it. Re-export the phones as text from the original source.',
      },
      'zip-zero': {
        message:
          'ZIP code "{value}" lost its leading zero in a spreadsheet; the cleaned file has {fix}.',
        class: 'notice',
      },
    },
  },
  PF11: {
    name: 'Note too long',
    about: 'a note over 5,000 characters',
    class: 'field-dropped',
    highLevel: false,
    predicted: true,
    fix: 'none; use a large-text custom field',
    source: SOURCES.faq,
    reasons: {
      long: {
        message:
          'This note has {count} characters; HighLevel keeps notes up to 5,000. Move long notes to a large-text custom field.',
      },
    },
  },
  PF12: {
    name: 'DND column',
    about: 'a DND column sets Do Not Disturb on all channels',
    class: 'notice',
    highLevel: false,
    predicted: true,
    fix: 'none',
    source: SOURCES.faq,
    reasons: {
      dnd: {
        message:
          'Column {column} sets Do Not Disturb on ALL channels for {count} contacts. For one channel only, tag those contacts (e.g. "DND SMS") and let a workflow set DND for that channel.',
      },
    },
  },
  PF13: {
    name: 'Blank rows',
    about: 'rows with no values',
    class: 'notice',
    highLevel: false,
    predicted: true,
    fix: 'removed',
    source: SOURCES.csvFormat,
    reasons: {
      blank: {
        message: 'This row is empty; the cleaned file leaves it out.',
      },
    },
  },
  PF14: {
    name: 'Date format',
    about: 'dates written in another format than the one chosen',
    class: 'notice',
    highLevel: false,
    predicted: true,
    fix: 'dates that the chosen format would read with day and month swapped are rewritten from the format the column is written in',
    source: SOURCES.csvFormat,
    reasons: {
      'other-format': {
        message:
          'The dates in {column} are written as {suggestion}: {count} of them do not read as the chosen {format}, and {swapped} more would be read with day and month swapped. The cleaned file writes them all as {format}; or choose {suggestion} in the import screen and import the original.',
      },
    },
  },
  PF15: {
    name: 'Country value',
    about: "a Country that is not exactly one of HighLevel's supported names or two-letter codes",
    class: 'row-skipped',
    highLevel: false,
    predicted: true,
    fix: 'other names, case and ISO codes rewritten to the listed name; territories and unknown values emptied, so the row imports without a country',
    source: SOURCES.csvFormat,
    reasons: {
      renamed: {
        message:
          'Country "{value}" is not written as HighLevel lists it, and HighLevel would skip the row; the cleaned file has "{fix}".',
      },
      ambiguous: {
        message:
          'Country "{value}" could mean {candidates}, and HighLevel would skip the row. The cleaned file empties it, so the row imports without a country; write the country as HighLevel lists it.',
      },
      'not-listed': {
        message:
          'Country "{value}" ({place}) is not on HighLevel\'s list of supported countries, which has no territories, and HighLevel would skip the row. No listed name replaces it: the cleaned file empties it, so the row imports without a country.',
      },
      unknown: {
        message:
          'Country "{value}" is none of HighLevel\'s supported country names or two-letter codes, and HighLevel would skip the row. The cleaned file empties it, so the row imports without a country; write it as listed, e.g. "United States" or "US".',
      },
    },
    lists: { candidates: 'or' },
  },
  PF16: {
    name: 'Time zone value',
    about: "a Time Zone that is not exactly one of HighLevel's supported zones",
    class: 'field-dropped',
    highLevel: false,
    predicted: true,
    fix: 'case, spaces and other names of the same zone rewritten to the listed zone; abbreviations (EST) and unknown values emptied',
    source: SOURCES.csvFormat,
    reasons: {
      renamed: {
        message:
          'Time zone "{value}" is not written as HighLevel lists it, and HighLevel would drop it; the cleaned file has "{fix}".',
      },
      abbreviation: {
        message:
          'Time zone "{value}" is an abbreviation, not a zone HighLevel accepts, and it could mean {candidates}. HighLevel would drop it; the cleaned file empties it: write the zone, e.g. "America/New_York".',
      },
      unknown: {
        message:
          'Time zone "{value}" is not one of HighLevel\'s supported zones, and HighLevel would drop it; the cleaned file empties it. Write a listed zone, e.g. "America/New_York" or "Europe/London".',
      },
    },
    lists: { candidates: 'or' },
  },
  PF17: {
    name: 'List and number formats',
    about:
      'a `/` between tags or options, a period inside a tag or option, a number or amount HighLevel does not accept',
    class: 'field-dropped',
    highLevel: false,
    predicted: true,
    fix: '`/` between tags or options becomes `, `; numbers and amounts that read one way only (`$1,200.50`, `1.200,50`, `12 %`) are written `1200.50`; ambiguous or non-numeric ones are emptied and named; a period inside a tag or option is named, not changed',
    source: SOURCES.csvFormat,
    reasons: {
      slash: {
        message:
          '{column} holds "{value}": HighLevel does not read "/" between {items}, so {effect}. The cleaned file has "{fix}".',
        class: 'notice',
      },
      'google-separator': {
        message:
          '{column} holds "{value}", {items} joined by Google Contacts\' " ::: ", which HighLevel reads as one. The cleaned file has "{fix}".',
        class: 'notice',
      },
      period: {
        message:
          '"{value}" in {column} holds a period, and HighLevel splits {items} at periods: it would import {pieces} as separate {items}. {hint}',
        class: 'notice',
      },
      'number-rewritten': {
        message:
          '{column} is a {field} field, which HighLevel fills only from forms like {accepted}: as written, "{value}" would leave it empty. The cleaned file has {fix}.',
        class: 'notice',
      },
      'number-ambiguous': {
        message:
          '"{value}" in {column} could be {candidates}, and HighLevel fills a {field} field only from forms like {accepted}: it would leave {column} empty, and so does the cleaned file. Write the number you mean without the comma.',
      },
      'number-invalid': {
        message:
          '"{value}" in {column} is not a number (HighLevel fills a {field} field only from forms like {accepted}). HighLevel would import the row with {column} empty; the cleaned file leaves it empty. Write a number, or leave the cell blank.',
      },
    },
    phrases: {
      items: { tags: 'tags', options: 'options' },
      effect: {
        tags: 'it would import one tag with the slash in it',
        options: 'the value would match no option and {column} would stay empty',
      },
      hint: {
        tag: 'Nothing is changed automatically: if it is one tag, write it without the period.',
        value: 'Nothing is changed automatically: if it is one value, write it without the period.',
        option:
          'Nothing is changed automatically: "{value}" is an option of the field, which no cell can name; rename the option in HighLevel without the period.',
      },
      field: { number: 'Number', money: 'Monetary' },
      accepted: {
        number: ACCEPTED_FORMS.number.examples.join(', '),
        money: ACCEPTED_FORMS.money.examples.join(', '),
      },
    },
    lists: { pieces: 'and', candidates: 'or' },
  },
  PF18: {
    name: 'Update empties values',
    about: 'blank cells in rows that update contacts already in HighLevel',
    class: 'notice',
    highLevel: false,
    predicted: true,
    fix: 'none; names each column with blanks, how many rows, and the box to tick ("Don\'t update empty values")',
    source: SOURCES.csvFormat,
    reasons: {
      blank: {
        message:
          '{column} is blank on {count} of the rows that update contacts already in HighLevel ({how}): row {rows}. Unless you tick "Don\'t update empty values" in HighLevel\'s mapping step, the import overwrites what those contacts hold in {column} with blanks.',
      },
      'blank-many': {
        message:
          '{column} is blank on {count} of the rows that update contacts already in HighLevel ({how}): row {firstRows} and {others} more. Unless you tick "Don\'t update empty values" in HighLevel\'s mapping step, the import overwrites what those contacts hold in {column} with blanks.',
      },
    },
    phrases: {
      how: {
        'contact-id': 'by their Contact ID',
        reference: 'their matching value is in the contacts export you loaded',
      },
    },
    lists: { rows: 'and' },
  },
} as const satisfies Record<string, CodeEntry>;

export type Code = keyof typeof CODES;
export type ReasonOf<C extends Code> = keyof (typeof CODES)[C]['reasons'] & string;

export function codeEntry(code: string): CodeEntry | undefined {
  return (CODES as Record<string, CodeEntry>)[code];
}
