import { useState } from 'preact/hooks';
import { buildReference } from '../../lib/highlevel/contacts-export';
import { createPhoneJudge } from '../../lib/values/phone';
import { gzip, toBase64 } from '../../utils/db/archive';
import { REFERENCE_ID } from '../../utils/db/db';
import type { Request } from '../../utils/messaging/protocol';
import { send } from '../../utils/messaging/send';
import { reportsDb } from '../../utils/db/reports-db';
import { useLiveQuery } from '../../hooks/use-live-query';
import type { Track } from './editor';
import { phoneMetadata } from './phone-metadata';
import { FieldError } from './Section';

/** Read whole into memory: a bigger file is not a contacts export worth the tab's memory. */
const MAX_BYTES = 200 * 1024 * 1024;
/** Chromium refuses extension messages over 64 MiB. */
const MAX_MESSAGE = 60 * 1024 * 1024;

/** Throws the reply's message, so every failure ends up in one place. */
async function write(request: Request<'set-reference'> | Request<'clear-reference'>) {
  const reply = await send(request);
  if (!reply.ok) throw new Error(reply.message);
}

/** Read and checked here first, so a wrong file is refused at once with the reason. */
async function load(file: File, country: string, track: Track): Promise<void> {
  if (file.size > MAX_BYTES) throw new Error(`${file.name} is over 200 MB`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const built = buildReference(bytes, createPhoneJudge(country, phoneMetadata));
  if (!built.ok) throw new Error(built.message);
  const data = toBase64(await gzip(new Blob([bytes])));
  if (data.length > MAX_MESSAGE)
    throw new Error(`${file.name} is too big to keep, even compressed`);
  const saved = write({
    type: 'set-reference',
    fileName: file.name,
    rows: built.reference.rows,
    data,
  });
  track(saved);
  await saved;
}

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString()} ${n === 1 ? one : many}`;

/**
 * The contacts export from HighLevel the checks compare against (1006, 1010, 1022), kept in the
 * database by the background; shown from the database, so it follows changes made elsewhere.
 */
export function Reference({ country, track }: { country: string; track: Track }) {
  const stored = useLiveQuery(async () => (await reportsDb.references.get(REFERENCE_ID)) ?? null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = (what: string, work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    work()
      .catch((failure: Error) => setError(`${what}: ${failure.message}.`))
      .finally(() => setBusy(false));
  };

  return (
    <div class="reference">
      {stored === undefined ? (
        <p class="muted">Reading…</p>
      ) : stored === null ? (
        <p data-reference="none">
          No contacts export loaded: rows are not compared with the contacts already in HighLevel.
        </p>
      ) : (
        <p data-reference={stored.fileName}>
          <strong>{stored.fileName}</strong>:{' '}
          <span data-reference-rows={stored.rows}>
            {plural(stored.rows, 'contact', 'contacts')}
          </span>
          , loaded {new Date(stored.loadedAt).toLocaleString()}.
        </p>
      )}
      <div class="row-actions">
        <label class="file-button">
          {stored ? 'Load a newer export' : 'Load a contacts export (CSV)'}
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            data-action="load-reference"
            disabled={busy}
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (file) run('Not loaded', () => load(file, country, track));
            }}
          />
        </label>
        {stored && (
          <button
            type="button"
            data-action="remove-reference"
            disabled={busy}
            onClick={() =>
              run('Not removed', () => {
                const cleared = write({ type: 'clear-reference' });
                track(cleared);
                return cleared;
              })
            }
          >
            Remove
          </button>
        )}
      </div>
      {busy && <p class="muted">Reading the export…</p>}
      <FieldError message={error} />
    </div>
  );
}
