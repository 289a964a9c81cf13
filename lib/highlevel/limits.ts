/**
 * HighLevel's import limits. Its pages disagree, so every figure is kept with its page, and the
 * product says so rather than picking one silently:
 * - 30 MB: SOURCES.csvFormat ("if it's larger, split it into smaller files"), and the prerequisites
 *   of its contact-import and companies-import articles;
 * - 50 MB: its "Getting Started" import article (155000005056, November 2025);
 * - 20 MB or 10,000 rows, whichever comes first: the seed's FAQ (SOURCES.faq) only.
 */

/** The largest file the importer accepts; the settings' default size limit (PF01: blocked). */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;

/** The newer page's figure, named in PF01's messages. */
export const NEWER_MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The seed FAQ's figure: over it, PF01 notes it and offers parts of this many rows. */
export const FAQ_LIMIT = { bytes: 20 * 1024 * 1024, rows: 10_000 } as const;

/** The longest note HighLevel keeps (PF11; the seed FAQ). */
export const MAX_NOTE_CHARACTERS = 5000;
