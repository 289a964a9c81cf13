import type { Report } from '../../lib/types';
import { beforesOf, type Befores } from './befores';
import { problemColumnsFirst } from './column-order';

/**
 * What the row grid needs of a report beyond its issues, made in the worker and transferred as
 * typed arrays (see ReportPart): the page makes neither from 100,000 changes or columns.
 */
export interface GridFacts {
  befores: Befores;
  /** The file's column indexes, the columns with problems first (column-order.ts). */
  columnOrder: Int32Array;
}

export function gridFactsOf(report: Pick<Report, 'changes' | 'issues' | 'file'>): GridFacts {
  return {
    befores: beforesOf(report.changes),
    columnOrder: Int32Array.from(problemColumnsFirst(report.file.columns, report.issues)),
  };
}

/** Its buffers, to transfer them. */
export function gridFactsBuffers({ befores, columnOrder }: GridFacts): ArrayBuffer[] {
  return [befores.rows, befores.columnAt, befores.values.ends, columnOrder].map(
    (array) => array.buffer as ArrayBuffer,
  );
}
