import { describe, expect, it } from 'vitest';
import { isFromOurPage } from '../../utils/sender';

const US = {
  id: 'abcdefghijklmnopabcdefghijklmnop',
  baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/',
};

describe('isFromOurPage', () => {
  it('accepts our own pages, the panel frame on a web page included', () => {
    for (const page of ['popup.html', 'options.html', 'reports.html?report=3', 'panel.html']) {
      expect(isFromOurPage({ id: US.id, url: US.baseUrl + page }, US)).toBe(true);
    }
  });

  it("refuses a content script: our id, but the web page's address", () => {
    expect(
      isFromOurPage({ id: US.id, url: 'https://app.gohighlevel.com/contacts/import' }, US),
    ).toBe(false);
  });

  it('refuses another extension, even one that names our pages', () => {
    expect(
      isFromOurPage({ id: 'ponmlkjihgfedcbaponmlkjihgfedcba', url: US.baseUrl + 'popup.html' }, US),
    ).toBe(false);
    expect(
      isFromOurPage(
        { id: US.id, url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnopx/popup.html' },
        US,
      ),
    ).toBe(false);
  });

  it('refuses a sender without an address', () => {
    expect(isFromOurPage({ id: US.id }, US)).toBe(false);
  });
});
