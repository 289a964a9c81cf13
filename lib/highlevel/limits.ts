/**
 * HighLevel's import limits. Source: SOURCES.csvFormat ("under 30 MB"; the note limit is the
 * seed FAQ's, SOURCES.faq).
 */

/** The largest file the importer accepts; the settings' default size limit (PF01). */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;

/** The longest note HighLevel keeps (PF11). */
export const MAX_NOTE_CHARACTERS = 5000;
