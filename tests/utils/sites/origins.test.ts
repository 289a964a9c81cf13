import { describe, expect, it } from 'vitest';
import {
  originOfPattern,
  originOfScriptId,
  originPattern,
  scriptId,
  siteOrigin,
} from '../../../utils/sites/origins';

describe('siteOrigin', () => {
  it.each([
    [
      'https://crm.example-agency.com/v2/location/abc/contacts/import',
      'https://crm.example-agency.com',
    ],
    ['https://app.myagency.io:8443/import', 'https://app.myagency.io:8443'],
  ])('offers a white-label domain: %s', (url, origin) => {
    expect(siteOrigin(url)).toBe(origin);
  });

  it.each([
    ['HighLevel itself, already covered', 'https://app.gohighlevel.com/contacts'],
    ["an agency's default HighLevel host", 'https://myagency.gohighlevel.com/v2/location/x'],
    ["LeadConnector's app", 'https://app.leadconnectorhq.com/v2/location/x/contacts'],
    ['a plain http page', 'http://example.com/'],
    ['a browser page', 'chrome://extensions/'],
    ['an extension page', 'chrome-extension://abc/popup.html'],
    ['no address', undefined],
    ['not an address', 'not a url'],
  ])('offers nothing for %s', (_, url) => {
    expect(siteOrigin(url)).toBeNull();
  });
});

describe('match patterns and script ids', () => {
  it('round-trips an origin through its pattern', () => {
    expect(originPattern('https://crm.example.com')).toBe('https://crm.example.com/*');
    expect(originOfPattern('https://crm.example.com/*')).toBe('https://crm.example.com');
    expect(scriptId('https://crm.example.com')).toBe('site:https://crm.example.com');
  });

  it('reads the origin back from a script id, and nothing from another script', () => {
    expect(originOfScriptId(scriptId('https://crm.example.com'))).toBe('https://crm.example.com');
    expect(originOfScriptId('content')).toBeNull();
  });
});
