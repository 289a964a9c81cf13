import { defineCheck } from '../check';
import { DELIMITER_NAMES } from './shared/labels';

/** PF03: the delimiter is not a comma, or the line endings are mixed. */
export default defineCheck('PF03', (run) => ({
  file({ delimiter, lineEnding }) {
    if (delimiter && delimiter !== ',') {
      run.report('PF03', 'delimiter', {
        fix: 'commas',
        params: { delimiter: DELIMITER_NAMES[delimiter] ?? JSON.stringify(delimiter) },
      });
    }
    if (lineEnding === 'mixed') run.report('PF03', 'line-endings', { fix: '\\r\\n' });
  },
}));
