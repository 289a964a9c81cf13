import { defineCheck } from '../check';
import { MOJIBAKE } from '../regexes';
import { repairMojibake } from '../values/text';

/** PF02: the file is not plain UTF-8, or cells carry mojibake from an earlier wrong conversion. */
export default defineCheck('PF02', (run) => ({
  file({ encoding, bom }) {
    if (encoding && encoding !== 'utf-8') {
      run.report('PF02', 'encoding', {
        fix: 'UTF-8',
        params: { encoding },
      });
    } else if (bom) {
      run.report('PF02', 'bom', { fix: 'UTF-8 without BOM' });
    }
  },
  cell: {
    applies: () => true,
    skipsPlainText: true,
    check(row, column, value) {
      if (!MOJIBAKE.test(value)) return;
      const details = { row: row.number, column: column.header, value };
      const fixed = repairMojibake(value);
      if (fixed === null) {
        run.report('PF02', 'mojibake-unfixable', details);
        return;
      }
      run.set(row, column, 'PF02', fixed);
      run.report('PF02', 'mojibake', { ...details, fix: fixed });
    },
  },
}));
