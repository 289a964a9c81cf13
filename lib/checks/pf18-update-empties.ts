import { defineCheck, type Row } from '../check';
import type { Column } from '../mapping';
import { contactIdOf } from './shared/duplicates';
import { existingContacts } from './shared/matching';

/** Row numbers kept per column to name: memory grows with columns, not with rows × columns. */
const EXAMPLE_ROWS = 5;

/**
 * Columns whose blanks an update writes: mapped ones in the cleaned file, but the Contact ID,
 * which finds the contact rather than filling it.
 */
function fillsContact(column: Column): boolean {
  return (
    column.field !== null &&
    !column.extra &&
    column.kind !== 'unsupported' &&
    column.kind !== 'contactId'
  );
}

/**
 * PF18: rows that update contacts already in HighLevel, with blank mapped cells. Unless "Don't
 * update empty values" is ticked in the mapping step, the blanks overwrite what HighLevel holds.
 */
export default defineCheck('PF18', (run) => {
  let columns: Column[] = [];
  let blanks = new Uint32Array(0);
  let examples: number[][] = [];
  // Updating by Contact ID, a row without a valid ID is skipped (1006): the rest update by it.
  const how = run.settings.updateByContactId ? 'contact-id' : 'reference';

  /** Whether the row updates a contact rather than creating one, as far as the file tells. */
  function updates(row: Row): boolean {
    if (run.settings.updateByContactId) return contactIdOf(run, row) !== '';
    return existingContacts(run, row) > 0;
  }

  return {
    header() {
      columns = run.columns.filter(fillsContact);
      blanks = new Uint32Array(columns.length);
      examples = columns.map(() => []);
    },
    row(row) {
      if (run.isRejected(row.number) || run.isOmitted(row.number)) return;
      if (!updates(row)) return;
      columns.forEach((column, i) => {
        if ((row.values[column.index] ?? '').trim() !== '') return;
        blanks[i] = (blanks[i] ?? 0) + 1;
        const rows = examples[i];
        if (rows && rows.length < EXAMPLE_ROWS) rows.push(row.number);
      });
    },
    finish() {
      columns.forEach((column, i) => {
        const count = blanks[i] ?? 0;
        const rows = (examples[i] ?? []).map(String);
        if (count === 0) return;
        const params = { count, how };
        if (count === rows.length) {
          run.report('PF18', 'blank', { column: column.header, params: { ...params, rows } });
        } else {
          const others = count - rows.length;
          run.report('PF18', 'blank-many', {
            column: column.header,
            params: { ...params, firstRows: rows, others },
          });
        }
      });
    },
  };
});
