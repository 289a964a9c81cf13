import { defineCheck, type Row } from '../check';
import { UPDATE_MATCHING_ORDER } from '../highlevel/matching';
import { matchingPhrase } from './shared/matching';

/**
 * 1009: the matching column (and the secondary, when set) is empty on this row. A row updating by
 * its Contact ID is matched by the ID first (UPDATE_MATCHING_ORDER): it needs no email or phone.
 */
export default defineCheck('1009', (run) => {
  let hasColumn = true;
  const updatesById = (row: Row) => {
    const id = run.settings.updateByContactId ? run.columnOf(UPDATE_MATCHING_ORDER[0]) : undefined;
    return id !== undefined && (row.values[id.index] ?? '').trim() !== '';
  };
  return {
    header() {
      const { primary, secondary, updateByContactId } = run.settings;
      const byId = updateByContactId ? UPDATE_MATCHING_ORDER[0] : null;
      hasColumn = [primary, secondary, byId].some((m) => m && run.columnOf(m));
      if (!hasColumn)
        run.report('1009', 'no-column', { params: { matching: matchingPhrase(run) } });
    },
    row(row) {
      if (!hasColumn || run.matchingColumn(row) || updatesById(row)) return;
      run.report('1009', 'empty', { row: row.number, params: { matching: matchingPhrase(run) } });
    },
  };
});
