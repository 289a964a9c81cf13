import * as v from 'valibot';

/** How long the reports history keeps reports: both limits apply; the options page edits them. */
export const RetentionSchema = v.object({
  maxDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650)), 30),
  maxReports: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10000)), 100),
});
export type Retention = v.InferOutput<typeof RetentionSchema>;

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
