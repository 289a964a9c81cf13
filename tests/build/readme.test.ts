import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checksTableRows, README, readmeTableRows } from '../../scripts/readme-checks';

describe("the README's table of checks", () => {
  it('says word for word what the codes table says (npm run readme rewrites it)', () => {
    expect(readmeTableRows(readFileSync(README, 'utf8'))).toEqual(checksTableRows());
  });

  it('is read cell by cell, so a drifted word fails', () => {
    const readme = readFileSync(README, 'utf8').replace(
      'Invalid required property: ',
      'Invalid required property (drifted): ',
    );
    expect(readmeTableRows(readme)).not.toEqual(checksTableRows());
  });
});
