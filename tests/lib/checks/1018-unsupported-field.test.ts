import { describe, expect, it } from 'vitest';
import { check, csv, issuesOf } from '../../helpers';

describe('1018 custom field not supported', () => {
  it('leaves a file-upload or signature column out of the cleaned file', () => {
    const customFields = [
      { name: 'Contract', type: 'file' as const },
      { name: 'Signed', type: 'signature' as const },
    ];
    const result = check(csv('Email,Contract,Signed', 'a@example.com,contract.pdf,yes'), {
      customFields,
    });
    expect(issuesOf(result, '1018')).toMatchObject([
      { row: null, reason: 'unsupported', column: 'Contract', class: 'field-dropped' },
      { row: null, reason: 'unsupported', column: 'Signed', class: 'field-dropped' },
    ]);
    expect(result.cleaned).toBe('Email\r\na@example.com');
  });
});
