import type { ExplainResult } from '../../lib/errorlog';
import type { NeedsYou as NeedsYouRow, RetryFile } from '../../lib/errorlog/retry';
import { toCsv } from '../../lib/write';
import type { LogOutcome } from '../../lib/highlevel/error-log';
import { number, OUTCOME_WORDS, predictionWords, rows } from '../../lib/errorlog/words';
import { derivedName, downloadText } from '../../utils/pages/download';
import type { Explained } from '../../utils/worker/run-explain';

/** An explained log: what became of the rows, each code, the files, and the rows that need you. */
export function ExplainView({
  explained,
  logName,
  originalName,
}: {
  explained: Explained;
  logName: string;
  originalName: string | null;
}) {
  const { result } = explained;
  if (!result.ok) {
    return (
      <p class="explain-error" role="alert" data-explain-error>
        {result.message}
      </p>
    );
  }
  return (
    <section
      class="explain-result"
      aria-live="polite"
      data-explained-rows={result.explanation.rows}
    >
      <Summary result={result} originalName={originalName} />
      {result.explanation.codes.map((code) => (
        <section class="explain-code" key={code.code} data-code={code.code}>
          <h3>
            {code.code} {code.name} · {rows(code.count)}
          </h3>
          <p>{code.meaning}</p>
          <p>
            <strong>What to do:</strong> {code.todo}
          </p>
          <p class="explain-predicted" data-predicted={code.predicted ?? ''}>
            Preflight {predictionWords(code)}
          </p>
        </section>
      ))}
      {result.original && <Files result={result} logName={logName} />}
    </section>
  );
}

function Summary({
  result,
  originalName,
}: {
  result: Extract<ExplainResult, { ok: true }>;
  originalName: string | null;
}) {
  const { explanation, original } = result;
  const outcomes = Object.entries(explanation.byOutcome) as [LogOutcome, number][];
  return (
    <div class="explain-summary">
      <p data-verdict-log>
        <strong>{rows(explanation.rows)} failed</strong>
        {original
          ? ` · ${number(original.matching.matches.length)} found in ${originalName ?? 'the original'}`
          : ' · the file you imported is not known: pick it above to get the files that finish the job'}
      </p>
      <ul>
        {outcomes
          .filter(([, count]) => count > 0)
          .map(([outcome, count]) => (
            <li key={outcome} data-outcome={outcome}>
              {number(count)} {OUTCOME_WORDS[outcome]}
            </li>
          ))}
      </ul>
    </div>
  );
}

function Files({
  result,
  logName,
}: {
  result: Extract<ExplainResult, { ok: true }>;
  logName: string;
}) {
  const files = result.original?.files;
  if (!files) return null;
  return (
    <section class="explain-files">
      <h3>Finish the import</h3>
      <div class="actions">
        <RetryDownload kind="create" file={files.create} logName={logName} primary>
          Rows to create
        </RetryDownload>
        <RetryDownload kind="update" file={files.update} logName={logName}>
          Fields to fill
        </RetryDownload>
      </div>
      {files.update && (
        <p>
          Import the second file with "Don't update empty values" ticked: it holds only{' '}
          {files.update.columns.join(', ')}, so it fills those fields and touches nothing else.
        </p>
      )}
      {files.needsYou.length > 0 && <NeedsYou rows={files.needsYou} logName={logName} />}
    </section>
  );
}

/** One of the files that finish the import, with how many rows it holds; disabled when none. */
function RetryDownload({
  kind,
  file,
  logName,
  primary,
  children,
}: {
  kind: 'create' | 'update';
  file: RetryFile | null;
  logName: string;
  primary?: boolean;
  children: string;
}) {
  return (
    <button
      type="button"
      class={primary ? 'primary' : undefined}
      data-action={`download-${kind}`}
      disabled={!file}
      onClick={() => file && downloadText(derivedName(logName, kind), file.csv)}
    >
      {children} ({number(file?.rows.length ?? 0)})
    </button>
  );
}

/** Rows listed on the page before the rest are left to the download. */
const NEEDS_YOU_SHOWN = 100;

function NeedsYou({ rows: needsYou, logName }: { rows: readonly NeedsYouRow[]; logName: string }) {
  const download = () =>
    downloadText(
      derivedName(logName, 'needs-you'),
      toCsv(
        ['Log row', 'Original row', 'Codes', 'Why'],
        needsYou.map((row) => [
          String(row.line),
          String(row.row ?? ''),
          row.codes.join(' | '),
          row.why,
        ]),
      ),
    );
  const more = needsYou.length - NEEDS_YOU_SHOWN;
  return (
    <>
      <table class="explain-needs-you">
        <caption>Need you ({number(needsYou.length)})</caption>
        <thead>
          <tr>
            <th scope="col">Log row</th>
            <th scope="col">Original row</th>
            <th scope="col">Codes</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {needsYou.slice(0, NEEDS_YOU_SHOWN).map((row) => (
            <tr key={row.line} data-needs-you-line={row.line}>
              <td>{row.line}</td>
              <td>{row.row ?? '—'}</td>
              <td>{row.codes.join(', ')}</td>
              <td>{row.why}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {more > 0 && `And ${number(more)} more. `}
        <button type="button" data-action="download-needs-you" onClick={download}>
          Download the list
        </button>
      </p>
    </>
  );
}
