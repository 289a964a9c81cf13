/** The help pages HighLevel's knowledge in this folder comes from; every table cites one. */
export const SOURCES = {
  /** "Troubleshooting Contact Import Errors": the error codes 1001–1024 and their FAQ. */
  errorCodes:
    'https://help.gohighlevel.com/support/solutions/articles/48001223155-troubleshooting-contact-import-errors',
  /** "CSV File Format for Importing Contacts and Opportunities": field formats and limits. */
  csvFormat:
    'https://gohighlevelassist.freshdesk.com/support/solutions/articles/155000005143-csv-file-format-for-importing-contacts-and-opportunities',
  faq: 'https://help.gohighlevel.com/support/solutions/articles/48001223155-troubleshooting-contact-import-errors (FAQ)',
  /** Not HighLevel's: why a cell starting with = must not reach a spreadsheet. */
  owasp: 'https://owasp.org/www-community/attacks/CSV_Injection',
} as const;
