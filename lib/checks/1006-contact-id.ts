import { defineCheck } from '../check';
import { isContactId } from '../highlevel/contact-id';

/** 1006: updating by Contact ID, and the ID is empty, malformed or not an existing contact. */
export default defineCheck('1006', (run) => ({
  row(row) {
    if (!run.settings.updateByContactId) return;
    const column = run.columnOf('contactId');
    const value = column ? (row.values[column.index] ?? '').trim() : '';
    const details = { row: row.number, column: column?.header ?? null, value };
    if (value === '') run.report('1006', 'empty', details);
    else if (!isContactId(value)) run.report('1006', 'malformed', details);
    else if (run.reference && !run.reference.contactIds.has(value)) {
      run.report('1006', 'unknown', details);
    }
  },
}));
