/**
 * Every regular expression the engine uses, in one place, each with where it comes from (but
 * HighLevel's own Contact ID pattern, which lives with its knowledge in highlevel/).
 * Keep them linear in their input: they run on untrusted cells. No two quantifiers that can hand
 * the same characters to each other (`\s*X?\s*`, `(a+)+`), and a run that must reach the end of
 * the text starts only where the run starts (a lookbehind), or every start re-reads the run.
 * tests/lib/growth.test.ts times each one on long adversarial text.
 */

/**
 * A conservative subset of the addresses validator.js `isEmail` accepts (dot-atom local part,
 * LDH domain labels, alphabetic TLD): a cheap acceptance before the full check.
 * https://github.com/validatorjs/validator.js/blob/master/src/lib/isEmail.js
 * tests/lib/values/email.test.ts proves it accepts nothing validator.js rejects.
 */
export const EMAIL_COMMON =
  /^[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$/;

/**
 * An ASCII character that validator.js `isEmail` (default options) accepts nowhere in an address
 * without a double quote: its unquoted local part takes letters, digits and !#$%&'*+-/=?^_`{|}~
 * between dots, its domain fewer. A space or ';' (two addresses, "jane at example.com") is one:
 * a cheap rejection before the full check. tests/lib/values/email.test.ts proves it.
 */
export const EMAIL_NEVER_UNQUOTED = /[^A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.@\u0080-\uffff]/;

/** `mailto:` links pasted from web pages (RFC 6068). */
export const MAILTO = /^mailto:/i;

/**
 * Text between angle brackets, as in the "Jane Doe <jane@example.com>" display-name form (RFC 5322
 * §3.4 name-addr); values/email.ts takes the first that holds an address. Not the former
 * `<([^<>\s]+@[^<>\s]+)>`: its two runs share every character, and trading them is quadratic.
 */
export const EMAIL_ANGLE_BRACKETS = /<([^<>\s]+)>/g;

/** Punctuation that copy-paste leaves after an address: "jane@example.com." or "jane@x.com," */
export const EMAIL_TRAILING_PUNCT = /(?<![.,;:!?'")\]])[.,;:!?'")\]]+$/;
export const EMAIL_LEADING_PUNCT = /^['"(<[]+/;

/** Separators between several addresses in one cell (HighLevel FAQ, PF07). */
export const MULTI_EMAIL_SEPARATOR = /[;,\s/|]+/;
/**
 * A separator between several numbers, without the spaces around it (HighLevel FAQ, PF07; Google's
 * " ::: "): whether a cell holds one, splitPhones's quick test. values/phone/separators.ts splits.
 */
export const PHONE_SEPARATOR = /[;,/|\n]|:::|\s(?:or|and|&)\s/i;

/** Excel's scientific notation for long numbers, e.g. 1.23457E+11 (Microsoft: "Display numbers in scientific notation"). */
export const SCIENTIFIC_NUMBER = /^[+-]?\d(?:[.,]\d+)?E\+?\d+$/i;

/** Characters a phone number may be written with: digits, +, spaces, ()-./ and an extension. */
export const PHONE_CHARACTERS = /^\+?[\d\s().\-/]*(?:(?:ext\.?|x|#)\s*\d+)?$/i;
export const NON_DIGITS = /\D/g;

/** Numeric dates with one separator used twice: 03/14/2025, 2025-03-14, 14.03.25. */
export const NUMERIC_DATE = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})$/;
/** "March 14, 2025", "Mar. 14th 2025". */
export const MONTH_NAME_FIRST = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
/** "14 March 2025", "14-Mar-2025". */
export const DAY_FIRST_MONTH_NAME =
  /^(\d{1,2})(?:st|nd|rd|th)?[\s-]([A-Za-z]{3,9})\.?,?[\s-](\d{4})$/;

/** A cell worth a closer look for PF08 or PF02: edge spaces, invisible characters, mojibake marks. */
export const SUSPECT_TEXT = /^\s|\s$|[\u00A0\u00AD\u200B-\u200D\u2060\uFEFF\r\n\t]|[ÂÃâÅÆÐÑ]/;
/** Zero-width and soft-hyphen characters (Unicode "Default_Ignorable_Code_Point" commonly pasted). */
export const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
export const NO_BREAK_SPACE = /\u00A0/g;
/** A run of whitespace holding a line break, whole. */
export const LINE_BREAKS = /(?<!\s)\s*[\r\n]\s*/g;
/** One whitespace character (ECMAScript WhiteSpace and LineTerminator). */
export const WHITESPACE = /\s/;

/**
 * UTF-8 read as Windows-1252: a lead byte Â Ã Å Æ Ð Ñ â followed by a continuation byte shown as
 * a Latin-1 or Windows-1252 symbol ("Ã©" for "é", "â€™" for "’"). Confirmed by a round trip in
 * values/text.ts before anything is changed. https://en.wikipedia.org/wiki/Mojibake
 */
export const MOJIBAKE =
  /[ÂÃÅÆÐÑ][\u00A0-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]|â€/;

/** A US ZIP code that lost its leading zero in a spreadsheet: 4 digits, optionally ZIP+4. */
export const ZIP_MISSING_ZERO = /^\d{4}(?:-\d{4})?$/;

/** Values a DND column uses to mean "on". */
export const TRUTHY = /^(?:true|yes|y|1|on|dnd|x)$/i;

/** C1 controls U+0080-U+009F, which windows-1252 maps to printable characters (WHATWG Encoding "index-windows-1252"; see nodejs/node#60888). */
export const C1_CONTROLS = /[\u0080-\u009F]/g;

/** A `<sheet name="…">` element of an xlsx `xl/workbook.xml` (ECMA-376 Part 1, §18.2.19 "sheet"). */
export const XLSX_SHEET_NAME =
  /<(?:[A-Za-z_][\w.-]*:)?sheet\s[^<>]*?\bname\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** A `<table:table table:name="…">` element of an ODS `content.xml` (OpenDocument 1.3, §9.1.2). */
export const ODS_TABLE_NAME = /<table:table\s[^<>]*?\btable:name\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** XML's predefined entities and character references (XML 1.0, §4.1 and §4.6). */
export const XML_ENTITY = /&(?:#(\d{1,7})|#x([0-9A-Fa-f]{1,6})|(lt|gt|amp|quot|apos));/g;

/** The first tag of an HTML page saved under a .csv name (WHATWG HTML, §13.1 "Writing HTML documents"). */
export const HTML_START = /^<(?:!doctype\s+html|html|head|body|meta|title|table)[\s/>]/i;

/** The start of a JSON document: an array of objects or arrays, or an object with a key (RFC 8259). */
export const JSON_START = /^(?:\[\s*[[{]|\{\s*"[^"\r\n]*"\s*:)/;

/** A sheet part of an xlsx or xlsb package: `xl/worksheets/sheet1.xml`, `xl/chartsheets/sheet1.xml` (ECMA-376 Part 1, SpreadsheetML parts). */
export const XLSX_SHEET_PART = /^xl\/(?:work|chart|dialog|macro)sheets\/[^/]+\.(?:xml|bin)$/;

/** Dashes other than "-" that pasted numbers carry; libphonenumber's VALID_PUNCTUATION accepts them too. */
export const UNICODE_DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** A trailing phone extension: "x123", "ext. 5", "#12", "extension 7" (libphonenumber's extension prefixes, simplified). */
export const PHONE_EXTENSION = /(?<!\s)\s*(?:#|x|ext\.?|extn\.?|extension)\s*(?::\s*)?\d{1,7}$/i;
/** A letter in any script (Unicode property General_Category=Letter). */
export const LETTER = /\p{L}/u;
/**
 * One token of a libphonenumber-js metadata pattern (digits, `\d`, classes, groups, `|`, `?`, `{n,m}`, `$`),
 * the whole syntax `metadata.max.json` uses (checked in values/phone/metadata-patterns.ts; anything else disables the fast path).
 */
export const METADATA_PATTERN_TOKEN = /\\d|\[[\d-]+\]|\(\?:|\{\d+(?:,\d+)?\}|[\d()|?$]/y;

/** A group reference (`$1`) in a libphonenumber-js national prefix transform rule ("242$1"). */
export const TRANSFORM_GROUP = /\$\d/g;

/** Any run of whitespace (ECMAScript WhiteSpace and LineTerminator). */
export const WHITESPACE_RUNS = /\s+/g;

/** A time after a date, as exports write it: "03/14/2025 10:30 AM", "2025-03-14T09:30:00+01:00" (ISO 8601 / Excel). */
export const TRAILING_TIME =
  /(?<![ T])[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?\s*)?(?:Z|[+-]\d{2}:?\d{2})?$/;
/** A weekday before a date: "Friday, March 14, 2025", "Fri 14 Mar 2025" (RFC 5322 §3.3 day-of-week, long or short). */
export const WEEKDAY_PREFIX = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;

/** Unicode "Combining Diacritical Marks" block: what NFD splits off accented Latin letters. */
export const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Tab characters inside a cell. */
export const TABS = /\t+/g;
/** PHONE_CHARACTERS without the extension: the common case, where no letter check is needed. */
export const PLAIN_PHONE = /^\+?[\d\s().\-/]+$/;

/** The '"' in a quoted CSV field, each written twice (RFC 4180 §2.7). */
export const DOUBLE_QUOTE = /"/g;

/**
 * Printable ASCII with no space at either end: a cell no encoding or invisible-character check
 * can concern (see `skipsPlainText` in check.ts).
 */
export const PLAIN_TEXT = /^[!-~](?:[ -~]*[!-~])?$/;

/** Any one line break (CRLF, LF or a lone CR): splitting a raw record into its lines. */
export const LINE_BREAK = /\r\n|\r|\n/;
/** The line break that ends a raw record. */
export const TRAILING_LINE_BREAK = /\r?\n$|\r$/;
/** What `foldLabel` turns into one space: anything but lowercase letters and digits. */
export const NON_ALPHANUMERIC_RUNS = /[^a-z0-9]+/g;
/** `{name}` placeholders in the message templates of highlevel/codes.ts. */
export const PLACEHOLDER = /\{(\w+)\}/g;

/** A file name's extension: "contacts.csv" → ".csv". */
export const FILE_EXTENSION = /\.[^./\\]+$/;

/** Files the content script holds for a check: CSVs, and workbooks people pick by mistake. */
export const CONTACT_FILE_NAME = /\.(?:csv|tsv|txt|xlsx?|ods)$/i;

/** An ISO 3166-1 alpha-2 country code, as the settings store the sub-account's country. */
export const COUNTRY_CODE = /^[A-Z]{2}$/;

/** The "/*" path of an origin's match pattern (Chrome extension match patterns). */
export const PATTERN_PATH = /\/\*$/;

/** What separates the words of an error log's cell, once lower-cased ("1013 - Could not…"). */
export const LOG_WORD_BREAK = /[^a-z0-9]+/;

/** HighLevel's import error codes, 1001–1024 (SOURCES.errorCodes), as a whole word. */
export const LOG_CODE = /^10(?:0[1-9]|1\d|2[0-4])$/;

/** An error log's header for the imported file's row numbers, trimmed: "Row", "Line No.", "#". */
export const LOG_ROW_HEADER =
  /^(?:#|row|line|row ?(?:number|num|no\.?|#)|line ?(?:number|no\.?))$/i;

/** A row number as a cell holds it. */
export const WHOLE_NUMBER = /^\d{1,9}$/;
