import * as v from 'valibot';
import { RetentionSchema, type Retention } from '../../lib/settings-file';
import { storageItem } from './item';

/** How long the reports history keeps reports (the schema lives with the settings file). */
export type { Retention };

/** Whatever storage holds, a valid policy comes out: the defaults stand in for a broken one. */
export const retentionItem = storageItem<Retention>('local', 'retention', (value) => {
  const parsed = v.safeParse(RetentionSchema, value ?? {});
  return parsed.success ? parsed.output : v.parse(RetentionSchema, {});
});
