import { fromBase64, toBase64 } from '../db/archive';
import { REFERENCE_ID, type PreflightDb } from '../db/db';
import { failure } from './history';
import type { WriteReply, ReferenceReply } from '../messaging/protocol';

/** The contacts export the checks compare against: one at a time, replaced when another is loaded. */
export async function setReference(
  db: PreflightDb,
  reference: { fileName: string; rows: number; data: string },
  now = Date.now(),
): Promise<WriteReply> {
  try {
    await db.references.put({
      id: REFERENCE_ID,
      fileName: reference.fileName,
      rows: reference.rows,
      loadedAt: now,
      data: fromBase64(reference.data),
    });
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

export async function clearReference(db: PreflightDb): Promise<WriteReply> {
  try {
    await db.references.delete(REFERENCE_ID);
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

export async function getReference(db: PreflightDb): Promise<ReferenceReply> {
  const stored = await db.references.get(REFERENCE_ID);
  if (!stored) return null;
  const { fileName, rows, loadedAt, data } = stored;
  return { fileName, rows, loadedAt, data: toBase64(data) };
}
