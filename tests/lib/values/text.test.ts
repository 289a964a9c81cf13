import { describe, expect, it } from 'vitest';
import { foldForMatch, repairMojibake, tidyText } from '../../../lib/values/text';

/** Windows-1252 bytes 0x80-0x9F as characters (Wikipedia "Windows-1252" table; 5 unassigned map to C1). */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** What a UTF-8 text looks like when its bytes are read as Windows-1252 (test-side). */
function garble(text: string): string {
  const bytes = [...new TextEncoder().encode(text)];
  return bytes
    .map((b) => (b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] : String.fromCharCode(b)))
    .join('');
}

describe('tidyText (PF08)', () => {
  it.each(['Jane', 'Jane Doe', 'José García', 'O’Brien', '', 'Muñoz', 'ÑANDÚ', 'a  b'])(
    '%j needs nothing',
    (value) => {
      expect(tidyText(value, false)).toBeNull();
      expect(tidyText(value, true)).toBeNull();
    },
  );

  it.each([
    [' Jane ', 'Jane', ['edge-spaces']],
    ['Jane\u00a0Doe', 'Jane Doe', ['no-break-spaces']],
    ['\u00a0Jane', 'Jane', ['no-break-spaces', 'edge-spaces']],
    ['Ja\u200bne', 'Jane', ['zero-width']],
    ['\ufeffJane', 'Jane', ['zero-width']],
    ['Jane\u00adDoe', 'JaneDoe', ['zero-width']],
    ['Jane\u2060', 'Jane', ['zero-width']],
    ['123 Main St\nApt 4', '123 Main St Apt 4', ['line-breaks']],
    ['123 Main St \r\n Apt 4', '123 Main St Apt 4', ['line-breaks']],
    ['Jane\r\n', 'Jane', ['edge-spaces']],
    ['VIP\tLead', 'VIP Lead', ['tabs']],
    [
      ' \u00a0Jane\u200b\nDoe ',
      'Jane Doe',
      ['no-break-spaces', 'zero-width', 'edge-spaces', 'line-breaks'],
    ],
  ])('%j → %j (single line)', (value, fixed, found) => {
    expect(tidyText(value, false)).toEqual({ value: fixed, found });
  });

  it('keeps line breaks and tabs in multiline fields, but still trims and cleans', () => {
    expect(tidyText('Called twice.\nWants a demo.', true)).toBeNull();
    expect(tidyText('Line 1\n\tindented', true)).toBeNull();
    expect(tidyText(' Called twice.\r\nWants a demo.\n', true)).toEqual({
      value: 'Called twice.\r\nWants a demo.',
      found: ['edge-spaces'],
    });
    expect(tidyText('Suite\u00a0200\n2nd floor', true)).toEqual({
      value: 'Suite 200\n2nd floor',
      found: ['no-break-spaces'],
    });
  });

  it('gives a value that needs no further tidying', () => {
    for (const value of [' a\u00a0\u200bb\n\tc ', '\n\n', '\u00a0', '\u200b', 'x\r\ny']) {
      const once = tidyText(value, false);
      expect(once).not.toBeNull();
      expect(tidyText(once?.value ?? '', false)).toBeNull();
    }
  });

  it('empties a cell of only invisible characters', () => {
    expect(tidyText('\u00a0\u200b ', false)).toEqual({
      value: '',
      found: ['no-break-spaces', 'zero-width', 'edge-spaces'],
    });
  });
});

describe('repairMojibake (PF02)', () => {
  it.each([
    ['JosÃ© GarcÃ­a', 'José García'],
    ['itâ€™s', 'it’s'],
    ['â€œQuotedâ€\u009d', '“Quoted”'],
    ['MÃ¼ller', 'Müller'],
    ['Ã…sa', 'Åsa'],
    ['FranÃ§ois', 'François'],
    ['Ã‰lodie', 'Élodie'],
    ['caf\u00c3\u00a9', 'café'],
  ])('%j → %j', (value, fixed) => {
    expect(repairMojibake(value)).toBe(fixed);
  });

  it('has a 32-character table for the test', () => {
    expect([...HIGH]).toHaveLength(32);
  });

  it('round-trips real names garbled by a Windows-1252 reader', () => {
    const names = [
      'José',
      'Zoë Šťastná',
      'Łukasz Żółć',
      'Ærøskøbing',
      'naïve café',
      'Straße',
      '€100 – “deal”',
      'Ñandú',
    ];
    for (const name of names) {
      const garbled = garble(name);
      expect(garbled).not.toBe(name);
      expect(repairMojibake(garbled), garbled).toBe(name);
    }
  });

  it.each([
    'José García',
    'Plain ASCII',
    'ÑANDÚ',
    'Ã alone',
    'Â½ price and José',
    'JosÃ© and José',
    'emoji 😀 JosÃ©',
    '',
  ])('leaves %j alone', (value) => {
    expect(repairMojibake(value)).toBeNull();
  });
});

describe('foldForMatch', () => {
  it.each([
    ['  Gold  Member ', 'gold member'],
    ['GOLD member', 'gold member'],
    ['Ça Va', 'ca va'],
    ['José\u00a0García', 'jose garcia'],
    ['Zoë', 'zoe'],
    ['İstanbul', 'istanbul'],
    ['VIP\u200b', 'vip'],
    ['Line\nbreak', 'line break'],
    ['Straße', 'straße'],
    ['', ''],
  ])('%j → %j', (value, folded) => {
    expect(foldForMatch(value)).toBe(folded);
  });

  it('makes case, accent and spacing variants equal, and keeps different words apart', () => {
    expect(foldForMatch('Résumé Sent')).toBe(foldForMatch('resume  sent'));
    expect(foldForMatch('Lead')).not.toBe(foldForMatch('Leads'));
  });
});
