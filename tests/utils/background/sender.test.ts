import { describe, expect, it } from 'vitest';
import { senderKind } from '../../../utils/background/sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const US = { id: ID, baseUrl: `chrome-extension://${ID}/` };
const TAB = { id: 7 };

describe('senderKind', () => {
  it('knows our own pages, which no web page can embed', () => {
    for (const page of ['popup.html', 'options.html', 'reports.html?report=3', 'checker.html']) {
      expect(senderKind({ id: ID, url: US.baseUrl + page, tab: TAB }, US)).toBe('page');
    }
    expect(senderKind({ id: ID, url: US.baseUrl + 'popup.html' }, US)).toBe('page');
  });

  it('tells the panel apart: web-accessible, so it is not trusted as a page', () => {
    expect(senderKind({ id: ID, url: US.baseUrl + 'panel.html', tab: TAB }, US)).toBe('panel');
  });

  it("knows our content script: our id, a tab, and the web page's address", () => {
    const url = 'https://app.gohighlevel.com/contacts/import';
    expect(senderKind({ id: ID, url, tab: TAB }, US)).toBe('content-script');
    expect(senderKind({ id: ID, url }, US)).toBe('other');
  });

  it('answers nobody else: another extension, even one naming our pages, or no address', () => {
    const other = 'ponmlkjihgfedcbaponmlkjihgfedcba';
    expect(senderKind({ id: other, url: US.baseUrl + 'popup.html', tab: TAB }, US)).toBe('other');
    const lookalike = `chrome-extension://${ID}x/popup.html`;
    expect(senderKind({ id: ID, url: lookalike, tab: TAB }, US)).toBe('other');
    expect(senderKind({ id: ID, tab: TAB }, US)).toBe('other');
    expect(senderKind({ id: ID, url: 'file:///tmp/x.html', tab: TAB }, US)).toBe('other');
  });
});
