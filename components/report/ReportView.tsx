import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { reportCsv } from '../../lib/report';
import type { StoredOutcome } from '../../utils/db/archive';
import { beforeLookup } from '../../utils/report-index/befores';
import type { GridFacts } from '../../utils/report-index/grid-facts';
import type { RowSource } from '../../utils/rows/text-rows';
import { derivedName, downloadText, type FileContent } from '../../utils/pages/download';
import type { GridEditing } from './grid-editing';
import { Deferred } from './Deferred';
import { RowGrid, type GridReveal } from './RowGrid';
import type { RowFilter } from './shown-rows';
import { Summary } from './Summary';
import { formatCount } from './ReportCounts';

const DELIMITERS: Record<string, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};

interface DownloadProps {
  action: string;
  file: string;
  /** The CSV to save, or what makes it when clicked; the button is disabled when there is none. */
  text: FileContent | null | (() => string);
  primary?: boolean;
  children: ComponentChildren;
}

function DownloadButton({ action, file, text, primary, children }: DownloadProps) {
  return (
    <button
      type="button"
      class={primary ? 'primary' : undefined}
      data-action={action}
      disabled={text === null}
      onClick={() =>
        text !== null && downloadText(file, typeof text === 'function' ? text() : text)
      }
    >
      {children}
    </button>
  );
}

/**
 * The cleaned file's parts, each a download, folded under one button: a file at HighLevel's size
 * limit splits into twenty parts and more by the FAQ's row figure, which would push the summary
 * out of the panel.
 */
function PartDownloads({ parts, fileName }: { parts: readonly FileContent[]; fileName: string }) {
  return (
    <details class="part-downloads" data-parts={parts.length}>
      <summary>Download the cleaned file in {formatCount(parts.length)} parts</summary>
      <div class="actions">
        {parts.map((part, index) => (
          <DownloadButton
            key={index}
            action={`download-part-${index + 1}`}
            file={derivedName(fileName, `cleaned-part${index + 1}`)}
            text={part}
          >
            Part {index + 1} of {parts.length}
          </DownloadButton>
        ))}
      </div>
    </details>
  );
}

/** A finished check: the summary, the three downloads and the row grid with its filters. */
export function ReportView({
  outcome,
  actions,
  editing,
  preparing = false,
}: {
  /**
   * A kept report, or a check just run: its cleaned file as a file, its rows read from their text,
   * with the parts a file over the limit is split into.
   */
  outcome: Omit<StoredOutcome, 'rows' | 'cleaned'> & {
    cleaned: FileContent | null;
    rows: RowSource | null;
    grid: GridFacts;
    parts?: readonly FileContent[];
  };
  actions?: ComponentChildren;
  /** Only for a check that can run again: a kept report is read-only. */
  editing?: GridEditing;
  /** The cleaned file and the rows are still being written: the result is shown before them. */
  preparing?: boolean;
}) {
  const { report, rows, firstRowNumber } = outcome;
  const { file } = report;
  const [filter, setFilter] = useState<RowFilter>('problems');
  // A code the summary asked to show: the grid selects its first cell (counted, so asking again
  // for the same code scrolls to it again).
  const [reveal, setReveal] = useState<GridReveal | null>(null);
  const showRows = (code: string) => {
    setFilter({ code });
    setReveal((last) => ({ code, asked: (last?.asked ?? 0) + 1 }));
  };
  const before = useMemo(() => beforeLookup(outcome.grid.befores), [outcome.grid]);
  const codes = Object.keys(report.summary.byCode).sort();
  const filterValue = typeof filter === 'string' ? filter : `code:${filter.code}`;
  return (
    <div class="report">
      <p class="facts">
        <strong class="file-name" title={file.name}>
          {file.name}
        </strong>
        {file.encoding
          ? ` · ${formatCount(file.rows)} rows · ${formatCount(file.columns.length)} columns · ${file.encoding.toUpperCase()}`
          : ` · ${file.kind}`}
        {file.delimiter && ` · ${DELIMITERS[file.delimiter] ?? file.delimiter}-separated`}
      </p>
      <div class="actions">
        {actions}
        {(outcome.cleaned !== null || preparing) && (
          <>
            <DownloadButton
              action="download-cleaned"
              file={derivedName(file.name, 'cleaned')}
              text={outcome.cleaned}
              primary={!actions}
            >
              Download cleaned CSV
            </DownloadButton>
            <DownloadButton
              action="download-rejected"
              file={derivedName(file.name, 'rejected')}
              text={outcome.rejected}
            >
              Download rejected rows ({formatCount(report.summary.rows.rejectedOut)})
            </DownloadButton>
          </>
        )}
        <DownloadButton
          action="download-report"
          file={derivedName(file.name, 'report')}
          // Made when asked: one line per issue and change is a long task on a large file.
          text={() => reportCsv(report)}
        >
          Download report
        </DownloadButton>
        {outcome.parts && outcome.parts.length > 1 && (
          <PartDownloads parts={outcome.parts} fileName={file.name} />
        )}
      </div>
      <Summary report={report} onShowRows={rows ? showRows : undefined} />
      {preparing && (
        <p class="preparing" role="status" data-preparing>
          Writing the cleaned file and reading the rows…
        </p>
      )}
      {/* The grid comes a task after the summary, so that neither makes one long task. */}
      {rows && (
        <Deferred>
          {() => (
            <>
              <label class="filter">
                Show{' '}
                <select
                  name="filter"
                  value={filterValue}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setFilter(
                      value.startsWith('code:') ? { code: value.slice(5) } : (value as RowFilter),
                    );
                  }}
                >
                  <option value="problems">rows with problems</option>
                  <option value="all">all rows</option>
                  {codes.map((code) => (
                    <option key={code} value={`code:${code}`}>
                      rows with {code}
                    </option>
                  ))}
                </select>
              </label>
              <RowGrid
                columns={file.columns}
                rows={rows}
                firstRowNumber={firstRowNumber}
                issues={report.issues}
                before={before}
                columnOrder={outcome.grid.columnOrder}
                filter={filter}
                reveal={reveal}
                editing={editing}
              />
            </>
          )}
        </Deferred>
      )}
    </div>
  );
}
