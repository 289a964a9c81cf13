import { defineCheck, type Row } from '../check';
import { CUSTOM_FIELD_TYPES } from '../highlevel/custom-field-types';
import { LIST_JOINER, LIST_SEPARATORS, SEPARATOR_INSIDE_VALUES } from '../highlevel/list-format';
import type { Column } from '../mapping';
import { rewriteSlashes, splitList } from '../values/lists';
import { judgeNumber } from '../values/number';
import { matchOption } from '../values/options';

const GOOGLE_SEPARATOR = ' ::: ';
/** What a list cell needs to hold to concern PF17: a slash, a period, Google's separator. */
const LIST_TROUBLE = /[/.:]/;

/** The separators people mean as such: a period also sits inside values ("v1.2", "Dr. Who"). */
const BETWEEN_VALUES = LIST_SEPARATORS.filter((separator) => separator !== SEPARATOR_INSIDE_VALUES);

/** Tags, and checkbox or multi-select custom fields: the cells HighLevel splits into values. */
function isListColumn(column: Column): boolean {
  if (column.kind === 'tags') return true;
  const field = column.customField;
  return (
    column.kind === 'enum' && field !== null && CUSTOM_FIELD_TYPES[field.type].options === 'several'
  );
}

const isNumberColumn = (column: Column) => column.kind === 'number' || column.kind === 'money';

/** PF17: list cells written with `/` or holding periods, and numbers HighLevel does not accept. */
export default defineCheck('PF17', (run) => {
  function checkList(row: Row, column: Column, value: string) {
    // Nearly every cell holds none of what this looks for: one scan, and nothing allocated.
    if (!LIST_TROUBLE.test(value)) return;
    // A tag can be anything; an option must be one of the field's.
    const options = column.kind === 'enum' ? (column.customField?.options ?? []) : null;
    const isOption = (piece: string) =>
      options !== null && matchOption(piece, options).status !== 'none';
    const items = options === null ? 'tags' : 'options';
    const details = { row: row.number, column: column.header };
    // Google Contacts' export joins a contact's labels (its Group Membership) with " ::: ".
    const joined = value.split(GOOGLE_SEPARATOR).join(LIST_JOINER);
    if (joined !== value) {
      run.set(row, column, 'PF17', joined);
      run.report('PF17', 'google-separator', { ...details, value, fix: joined, params: { items } });
    }
    const rewritten = rewriteSlashes(joined, LIST_SEPARATORS, LIST_JOINER, isOption);
    if (rewritten !== joined) {
      run.set(row, column, 'PF17', rewritten);
      run.report('PF17', 'slash', {
        ...details,
        value: joined,
        fix: rewritten,
        params: { items, effect: items },
      });
    }
    for (const piece of splitList(rewritten, BETWEEN_VALUES)) {
      const pieces = splitList(piece, [SEPARATOR_INSIDE_VALUES]);
      // "Yes. No" in a field with both options uses the period as HighLevel's example does.
      if (pieces.length < 2 || (options !== null && pieces.every(isOption))) continue;
      const hint = options === null ? 'tag' : isOption(piece) ? 'option' : 'value';
      run.report('PF17', 'period', { ...details, value: piece, params: { items, pieces, hint } });
    }
  }

  function checkNumber(row: Row, column: Column, value: string) {
    const field = column.kind === 'money' ? 'money' : 'number';
    const verdict = judgeNumber(value, field);
    if (verdict.status === 'accepted') return;
    const details = { row: row.number, column: column.header, value };
    const params = { field, accepted: field };
    if (verdict.status === 'rewritten') {
      run.set(row, column, 'PF17', verdict.fixed);
      run.report('PF17', 'number-rewritten', { ...details, fix: verdict.fixed, params });
      return;
    }
    // What HighLevel would drop leaves the cleaned file too, named here.
    run.set(row, column, 'PF17', '');
    if (verdict.status === 'ambiguous') {
      run.report('PF17', 'number-ambiguous', {
        ...details,
        fix: '',
        params: { ...params, candidates: verdict.candidates },
      });
    } else run.report('PF17', 'number-invalid', { ...details, fix: '', params });
  }

  return {
    cell: {
      applies: (column) => isListColumn(column) || isNumberColumn(column),
      check(row, column, value) {
        if (isNumberColumn(column)) checkNumber(row, column, value);
        else checkList(row, column, value);
      },
    },
  };
});
