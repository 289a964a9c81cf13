import { describe, expect, it } from 'vitest';
import { packFileFacts, unpackFileFacts } from '../../../utils/report-index/file-facts';
import { check, csv } from '../../helpers';

describe('a file’s facts packed for the page', () => {
  it('come back as they were: columns, and each mapping with its field, extra and source', () => {
    const { report } = check(
      csv(
        'Email,E-mail 2,Phone,Membership,Mobile,Notes,,Email',
        'a@example.com,b@example.com,212 555 0147,Gold,212 555 0148,hi,x,c@example.com',
      ),
      {
        customFields: [{ name: 'Membership', type: 'text' }],
        mapping: { Mobile: 'phone' },
      },
    );
    const { mapping } = report.file;
    // The file covers every kind of mapping the packing keeps apart.
    expect(new Set(mapping.map((column) => column.source))).toEqual(
      new Set(['alias', 'custom-field', 'settings', 'none']),
    );
    expect(mapping.some((column) => column.extra)).toBe(true);
    expect(unpackFileFacts(structuredClone(packFileFacts(report.file)))).toEqual(report.file);
  });

  it('come back for a file with no columns', () => {
    const { report } = check('');
    expect(unpackFileFacts(packFileFacts(report.file))).toEqual(report.file);
  });
});
