import { readTable } from '../read/table';
import { emailKey, judgeEmail } from '../values/email';
import type { PhoneJudge } from '../values/phone';
import { fieldByAlias, type FieldKind } from './fields';

/**
 * A contacts export from HighLevel (Contacts → Export: its Contact Id, Email and Phone columns, found
 * by the same header aliases as an import's), indexed for 1006 (does this Contact ID exist?) and
 * 1010 (how many existing contacts share this email or phone?). Source: SOURCES.errorCodes.
 */
export interface Reference {
  rows: number;
  contactIds: ReadonlySet<string>;
  /** Email key / E.164 phone → how many existing contacts have it. */
  emails: ReadonlyMap<string, number>;
  phones: ReadonlyMap<string, number>;
}

export type ReferenceResult = { ok: true; reference: Reference } | { ok: false; message: string };

function count(map: Map<string, number>, key: string) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function buildReference(bytes: Uint8Array, phone: PhoneJudge): ReferenceResult {
  const table = readTable(bytes);
  if (!table) return { ok: false, message: 'the contacts export is not a CSV file' };
  const [header, ...rows] = table;
  const kinds = (header ?? []).map((name) => fieldByAlias(name)?.kind);
  const at = (kind: FieldKind) => {
    const index = kinds.indexOf(kind);
    return index < 0 ? undefined : index;
  };
  const [idAt, emailAt, phoneAt] = [at('contactId'), at('email'), at('phone')];
  if (idAt === undefined && emailAt === undefined && phoneAt === undefined) {
    return {
      ok: false,
      message: 'the contacts export has no Contact Id, Email or Phone column',
    };
  }
  const contactIds = new Set<string>();
  const emails = new Map<string, number>();
  const phones = new Map<string, number>();
  for (const row of rows) {
    const id = idAt === undefined ? '' : (row[idAt] ?? '').trim();
    if (id) contactIds.add(id);
    const email = emailAt === undefined ? '' : (row[emailAt] ?? '').trim();
    if (email && judgeEmail(email).status === 'valid') count(emails, emailKey(email));
    const number = phoneAt === undefined ? null : phone.judge(row[phoneAt] ?? '');
    if (number?.status === 'valid') count(phones, number.e164);
  }
  return { ok: true, reference: { rows: rows.length, contactIds, emails, phones } };
}
