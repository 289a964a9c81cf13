import { defineCheck } from '../check';

/** PF03: the delimiter is not a comma, or the line endings are mixed. */
export default defineCheck('PF03', (run) => ({
  file({ delimiter, lineEnding }) {
    if (delimiter && delimiter !== ',') {
      run.report('PF03', 'delimiter', {
        fix: 'commas',
        params: { delimiter },
      });
    }
    if (lineEnding === 'mixed') run.report('PF03', 'line-endings', { fix: '\\r\\n' });
  },
}));
