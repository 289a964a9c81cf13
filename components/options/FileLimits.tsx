import type { Settings } from '../../lib/settings';
import { problemText, type SettingsEditor } from './editor';
import { TextField } from './TextField';

const MEGABYTE = 1024 * 1024;
const DECIMAL = /^\d+(?:[.,]\d+)?$/;
const WHOLE = /^\d+$/;
/** "10,000" and "10 000" are how people write row counts. */
const DIGIT_GROUPING = /[\s,._']/g;

const megabytes = (bytes: number) => String(Math.round((bytes / MEGABYTE) * 100) / 100);

/** HighLevel's file limits (PF01): the size it takes, and an optional row limit for splitting. */
export function FileLimits({ settings, save }: SettingsEditor) {
  const setLimits = (limits: Partial<Settings['limits']>) =>
    problemText(save({ ...settings, limits: { ...settings.limits, ...limits } }));
  return (
    <div class="fields">
      <TextField
        name="maxMegabytes"
        label="Largest file HighLevel takes"
        suffix="MB"
        value={megabytes(settings.limits.maxBytes)}
        commit={(text) => {
          const bytes = DECIMAL.test(text)
            ? Math.round(Number(text.replace(',', '.')) * MEGABYTE)
            : 0;
          if (bytes < 1) return 'Enter a size in MB, such as 30.';
          return setLimits({ maxBytes: bytes });
        }}
      />
      <TextField
        name="maxRows"
        label="Row limit"
        suffix="rows per file"
        placeholder="none"
        value={settings.limits.maxRows?.toString() ?? ''}
        commit={(text) => {
          const digits = text.replace(DIGIT_GROUPING, '');
          if (digits === '') return setLimits({ maxRows: null });
          if (!WHOLE.test(digits) || Number(digits) < 1) {
            return 'Enter a whole number of rows, such as 5000, or leave it empty for no limit.';
          }
          return setLimits({ maxRows: Number(digits) });
        }}
      />
    </div>
  );
}
