import type { ColumnMapping, FileFacts } from '../../lib/types';
import { joinStrings, splitStrings, type JoinedStrings } from './joined-strings';

const SOURCES: readonly ColumnMapping['source'][] = [
  'alias',
  'custom-field',
  'settings',
  'none',
  'added',
];

/**
 * A file's facts for the trip from a worker to the page: its columns and their mapping as a few
 * texts and typed arrays, not one object a column. A 100,000-column file's mapping took the
 * panel 200 ms to receive as objects and 110 ms to parse as JSON; made again from these, a few.
 */
export interface PackedFileFacts {
  facts: Omit<FileFacts, 'columns' | 'mapping'>;
  columns: JoinedStrings;
  headers: JoinedStrings;
  index: Int32Array;
  /** Each column's field, as an index into `fields`; -1 for none. */
  fieldAt: Int32Array;
  fields: string[];
  extra: Uint8Array;
  /** Each column's mapping source, as an index into SOURCES. */
  sourceAt: Uint8Array;
}

export function packFileFacts(file: FileFacts): PackedFileFacts {
  const { columns, mapping, ...facts } = file;
  const fields: string[] = [];
  const fieldIndex = new Map<string, number>();
  const fieldAt = Int32Array.from(mapping, ({ field }) => {
    if (field === null) return -1;
    let at = fieldIndex.get(field);
    if (at === undefined) fieldIndex.set(field, (at = fields.push(field) - 1));
    return at;
  });
  return {
    facts,
    columns: joinStrings(columns),
    headers: joinStrings(mapping.map((column) => column.header)),
    index: Int32Array.from(mapping, (column) => column.index),
    fieldAt,
    fields,
    extra: Uint8Array.from(mapping, (column) => (column.extra ? 1 : 0)),
    sourceAt: Uint8Array.from(mapping, (column) => SOURCES.indexOf(column.source)),
  };
}

export function unpackFileFacts(packed: PackedFileFacts): FileFacts {
  const headers = splitStrings(packed.headers);
  const mapping = headers.map((header, k): ColumnMapping => ({
    index: packed.index[k] as number,
    header,
    field: packed.fields[packed.fieldAt[k] as number] ?? null,
    extra: packed.extra[k] === 1,
    source: SOURCES[packed.sourceAt[k] as number] as ColumnMapping['source'],
  }));
  return { ...packed.facts, columns: splitStrings(packed.columns), mapping };
}

/** Its buffers, to transfer them. */
export function fileFactsBuffers(packed: PackedFileFacts): ArrayBuffer[] {
  const { columns, headers, index, fieldAt, extra, sourceAt } = packed;
  return [columns.ends, headers.ends, index, fieldAt, extra, sourceAt].map(
    (array) => array.buffer as ArrayBuffer,
  );
}
