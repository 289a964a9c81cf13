import type { Summary } from '../../lib/types';
import type { Verdict } from '../../lib/verdict';
import { storageItem } from './item';

/** What the popup shows of the last check on a site: kept for the browser session only. */
export interface LastCheck {
  file: string;
  at: number;
  rows: Summary['rows'];
  /** After the fixes: what the popup leads with. */
  verdict: Verdict;
  fileBlocked: boolean;
}

export const lastCheckItem = (origin: string) =>
  storageItem(
    'session',
    `lastCheck:${origin}`,
    (value) => (value as LastCheck | undefined) ?? null,
  );
