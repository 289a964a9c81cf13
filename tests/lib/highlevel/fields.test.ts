import { describe, expect, it } from 'vitest';
import { headerKey, STANDARD_FIELDS } from '../../../lib/highlevel/fields';

describe("HighLevel's standard fields", () => {
  it('list each header alias once: a second listing would be dead, or map one header twice', () => {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const field of STANDARD_FIELDS) {
      for (const alias of field.aliases) {
        const key = headerKey(alias);
        const first = seen.get(key);
        if (first) repeated.push(`${alias} (${first} and ${field.key})`);
        else seen.set(key, field.key);
      }
    }
    expect(repeated).toEqual([]);
  });

  it('write each alias as the header key it is compared by', () => {
    const unkeyed = STANDARD_FIELDS.flatMap((f) => f.aliases).filter((a) => headerKey(a) !== a);
    expect(unkeyed).toEqual([]);
  });

  it('have unique keys', () => {
    const keys = STANDARD_FIELDS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
