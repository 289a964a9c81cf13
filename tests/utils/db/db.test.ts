import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { toBase64 } from '../../../utils/db/archive';
import { PreflightDb, SCHEMA_VERSIONS } from '../../../utils/db/db';
import {
  clearReference,
  getReference,
  setReference,
} from '../../../utils/background/reference-store';

const NOW = Date.UTC(2026, 10, 25, 12);

describe('schema migration', () => {
  it('opens a version 1 database, keeps its reports and gives each a file key', async () => {
    const indexedDB = new IDBFactory();
    const v1 = new Dexie('preflight', { indexedDB, IDBKeyRange });
    v1.version(1).stores(SCHEMA_VERSIONS[0].stores);
    await v1.table('reports').add({ fileName: 'Keap Export.CSV', checkedAt: NOW, site: null });
    await v1.table('bodies').put({ id: 1, data: new Uint8Array([1, 2, 3]) });
    v1.close();

    const db = new PreflightDb('preflight', { indexedDB, IDBKeyRange });
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    const [entry] = await db.reports.toArray();
    expect(entry).toMatchObject({ id: 1, fileName: 'Keap Export.CSV', fileKey: 'keap export.csv' });
    expect(await db.reports.where('fileKey').equals('keap export.csv').count()).toBe(1);
    expect((await db.bodies.get(1))?.data).toEqual(new Uint8Array([1, 2, 3]));
    expect(await db.references.count()).toBe(0);
    db.close();
  });

  it('declares each version once, in order', () => {
    const versions = SCHEMA_VERSIONS.map((schema) => schema.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});

describe('the contacts-export reference', () => {
  it('keeps one export, with its row count and load date, and gives its bytes back', async () => {
    const db = new PreflightDb('preflight', { indexedDB: new IDBFactory(), IDBKeyRange });
    expect(await getReference(db)).toBeNull();
    const data = toBase64(new Uint8Array([31, 139, 8, 0]));
    expect(await setReference(db, { fileName: 'export.csv', rows: 1200, data }, NOW)).toEqual({
      ok: true,
    });
    await setReference(db, { fileName: 'newer.csv', rows: 3, data }, NOW + 1);
    expect(await getReference(db)).toEqual({
      fileName: 'newer.csv',
      rows: 3,
      loadedAt: NOW + 1,
      data,
    });
    await clearReference(db);
    expect(await getReference(db)).toBeNull();
    db.close();
  });
});
