import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { Settings } from '../../lib/settings';
import type { FileFacts, Summary } from '../../lib/types';
import type { Verdict } from '../../lib/verdict';

/**
 * The extension's one database. Only the background writes it (utils/background/history.ts);
 * extension pages read it with liveQuery. The panel, an iframe on a web page, sees a partitioned
 * copy of IndexedDB and must ask the background instead.
 */

/** What a report list shows: small, so the popup and the reports page read it fast. */
export interface ReportEntry {
  id: number;
  fileName: string;
  /** The file name lower-cased: search and "the same file" ignore case. */
  fileKey: string;
  /** The original file's size in bytes and its SHA-256 (hex): tells two attempts apart. */
  size: number;
  hash: string;
  /** When the check finished (epoch ms). */
  checkedAt: number;
  /** The origin of the page the check was made on; null for the extension's own checker page. */
  site: string | null;
  settings: Settings;
  summary: Summary;
  /** What the cleaned file leaves for the user; absent from reports kept before it was counted. */
  verdict?: Verdict;
  fileKind: FileFacts['kind'];
}

/** A contacts export from HighLevel, for the duplicate and Contact ID checks (one at a time). */
export interface StoredReference {
  id: typeof REFERENCE_ID;
  fileName: string;
  /** Contacts in the export, and when it was loaded (epoch ms): the options page shows both. */
  rows: number;
  loadedAt: number;
  /** gzip of the file's bytes as loaded: decoding happens where it is read, as for any CSV. */
  data: Uint8Array<ArrayBuffer>;
}

export const REFERENCE_ID = 'contacts';

/** The rest of a report, compressed: issues, fixes, the cleaned and rejected CSV, the rows. */
export interface ReportBody {
  id: number;
  /** gzip of the JSON of a StoredOutcome (utils/db/archive.ts). */
  data: Uint8Array<ArrayBuffer>;
}

export const DATABASE_NAME = 'preflight';

/** Each version's stores, oldest first. Add a version (never edit one) when the schema changes. */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: { reports: '++id, checkedAt, fileName, site', bodies: 'id' },
  },
  {
    // The contacts-export reference moves into the database (too big for extension storage);
    // reports get a case-insensitive file key, filled in for those kept by version 1.
    version: 2,
    stores: { reports: '++id, checkedAt, fileKey, site', references: 'id' },
    upgrade: (tx: Transaction) =>
      tx
        .table<ReportEntry>('reports')
        .toCollection()
        .modify((entry) => {
          entry.fileKey = fileKeyOf(entry.fileName);
        }),
  },
] as const;

export const fileKeyOf = (fileName: string) => fileName.toLowerCase();

export class PreflightDb extends Dexie {
  reports!: EntityTable<ReportEntry, 'id'>;
  bodies!: EntityTable<ReportBody, 'id'>;
  references!: EntityTable<StoredReference, 'id'>;

  /** `options` lets tests pass fake-indexeddb's IDBFactory; the extension uses the browser's. */
  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const schema of SCHEMA_VERSIONS) {
      const version = this.version(schema.version).stores(schema.stores);
      if ('upgrade' in schema) version.upgrade(schema.upgrade);
    }
  }
}
