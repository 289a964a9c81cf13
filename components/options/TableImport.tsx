import { useState } from 'preact/hooks';
import { mergeRows, tableText, type TableResult } from '../../lib/settings-tables';
import { ProblemList } from './Section';

/** Far above any account's users or fields: a bigger file is the wrong file. */
const MAX_BYTES = 5 * 1024 * 1024;

interface Outcome {
  saved: boolean;
  message: string;
  problems: string[];
}

/**
 * "Paste from a spreadsheet" and "Import a CSV" for a list: the rows read are added (a row with
 * the key of one already listed replaces it), each unreadable line is named, and nothing is saved
 * when no row could be read.
 */
export function TableImport<T>({
  name,
  nouns: [one, many],
  example,
  rows,
  parse,
  keyOf,
  write,
}: {
  /** `users` → the `paste-users` and `import-users` hooks. */
  name: string;
  nouns: [string, string];
  example: string;
  rows: readonly T[];
  parse: (text: string) => TableResult<T>;
  keyOf: (row: T) => string;
  /** Saves the whole list; returns the problems (none: saved). */
  write: (rows: T[]) => string[];
}) {
  const [pasted, setPasted] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const count = (n: number) => `${n} ${n === 1 ? one : many}`;
  const refused = (message: string, problems: string[] = []) => ({
    saved: false,
    message,
    problems,
  });

  const add = (text: string): Outcome => {
    const read = parse(text);
    if (read.rows.length === 0) return refused(`No ${many} added.`, read.problems);
    const merged = mergeRows(rows, read.rows, keyOf);
    const errors = write(merged.rows);
    if (errors.length > 0) return refused(`No ${many} added: the list could not be saved.`, errors);
    const done = [
      merged.added > 0 && `${count(merged.added)} added`,
      merged.updated > 0 && `${count(merged.updated)} updated`,
    ].filter(Boolean);
    const leftOut = read.problems.length > 0 ? ' Left out:' : '';
    return { saved: true, message: `${done.join(', ')}.${leftOut}`, problems: read.problems };
  };

  const importFile = async (file: File): Promise<Outcome> => {
    if (file.size > MAX_BYTES) {
      return refused(`Not imported: ${file.name} is over 5 MB, too big for a list of ${many}.`);
    }
    try {
      const read = tableText(new Uint8Array(await file.arrayBuffer()));
      return read.ok ? add(read.text) : refused(`Not imported: ${read.problem}`);
    } catch (error) {
      return refused(`Not imported: ${file.name} could not be read (${(error as Error).message}).`);
    }
  };

  return (
    <div class="table-import">
      <label class="paste">
        Paste from a spreadsheet (a header row is optional)
        <textarea
          name={`paste-${name}`}
          rows={3}
          placeholder={example}
          value={pasted}
          onInput={(event) => setPasted(event.currentTarget.value)}
        />
      </label>
      <div class="table-import-actions">
        <button
          type="button"
          data-action={`paste-${name}`}
          disabled={pasted.trim() === ''}
          onClick={() => {
            const result = add(pasted);
            setOutcome(result);
            if (result.saved) setPasted('');
          }}
        >
          Add the pasted {many}
        </button>
        <label class="file-button">
          Import a CSV
          <input
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/plain"
            data-action={`import-${name}`}
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              // Cleared, so that choosing the same file again (once fixed) reads it again.
              input.value = '';
              if (file) void importFile(file).then(setOutcome);
            }}
          />
        </label>
      </div>
      {outcome && (
        <div class="import-result" data-import-result={name}>
          <p>{outcome.message}</p>
          <ProblemList problems={outcome.problems} />
        </div>
      )}
    </div>
  );
}
