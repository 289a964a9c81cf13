import { Dexie, type EntityTable } from 'dexie';
import type { Settings } from '../lib/settings';
import type { FileFacts, Summary } from '../lib/types';

/**
 * The extension's one database. Only the background writes it (see utils/history.ts); extension
 * pages read it with liveQuery. The panel, an iframe on a web page, sees a partitioned copy of
 * IndexedDB and must ask the background instead.
 */

/** What a report list shows: small, so the popup and the reports page read it fast. */
export interface ReportEntry {
  id: number;
  fileName: string;
  /** The original file's size in bytes and its SHA-256 (hex): tells two attempts apart. */
  size: number;
  hash: string;
  /** When the check finished (epoch ms). */
  checkedAt: number;
  /** The origin of the page the check was made on; null for the extension's own checker page. */
  site: string | null;
  settings: Settings;
  summary: Summary;
  fileKind: FileFacts['kind'];
}

/** The rest of a report, compressed: issues, fixes, the cleaned and rejected CSV, the rows. */
export interface ReportBody {
  id: number;
  /** gzip of the JSON of a StoredOutcome (utils/archive.ts). */
  data: Uint8Array;
}

export const DATABASE_NAME = 'preflight';

/** Each version's stores, oldest first. Add a version (never edit one) when the schema changes. */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: { reports: '++id, checkedAt, fileName, site', bodies: 'id' },
  },
] as const;

export class PreflightDb extends Dexie {
  reports!: EntityTable<ReportEntry, 'id'>;
  bodies!: EntityTable<ReportBody, 'id'>;

  /** `options` lets tests pass fake-indexeddb's IDBFactory; the extension uses the browser's. */
  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    for (const { version, stores } of SCHEMA_VERSIONS) this.version(version).stores(stores);
  }
}
