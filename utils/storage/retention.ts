import { browser } from 'wxt/browser';
import * as v from 'valibot';
import { RetentionSchema, type Retention } from '../../lib/settings-file';

/** How long the reports history keeps reports (the schema lives with the settings file). */
export type { Retention };

const KEY = 'retention';

/** Whatever storage holds, a valid policy comes out: the defaults stand in for a broken one. */
export function parseRetention(value: unknown): Retention {
  const parsed = v.safeParse(RetentionSchema, value ?? {});
  return parsed.success ? parsed.output : v.parse(RetentionSchema, {});
}

export async function getRetention(): Promise<Retention> {
  return parseRetention((await browser.storage.local.get(KEY))[KEY]);
}

export function setRetention(retention: Retention): Promise<void> {
  return browser.storage.local.set({ [KEY]: retention });
}
