import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi, type MockInstance } from 'vitest';
import { panelMayRunUnder, topOrigin } from '../../../utils/pages/panel-gate';

vi.mock('wxt/browser', async () => ({
  browser: (await import('wxt/testing/fake-browser')).fakeBrowser,
}));

describe('the site the panel is shown under', () => {
  it('is the last of the ancestors: the top of the frame tree', () => {
    expect(
      topOrigin(['https://ads.example', 'https://app.gohighlevel.com'], 'https://x.example/'),
    ).toBe('https://app.gohighlevel.com');
  });

  it("is the referrer's origin where the browser names no ancestors, else unknown", () => {
    expect(topOrigin(undefined, 'https://crm.agency.example/v2/location/1/contacts')).toBe(
      'https://crm.agency.example',
    );
    expect(topOrigin([], '')).toBeNull();
    expect(topOrigin(undefined, 'not a url')).toBeNull();
  });
});

describe('whether the panel may run', () => {
  it("runs under HighLevel's own hosts, over https only", async () => {
    expect(await panelMayRunUnder('https://app.gohighlevel.com')).toBe(true);
    expect(await panelMayRunUnder('https://agency.leadconnectorhq.com')).toBe(true);
    expect(await panelMayRunUnder(null)).toBe(false);
  });

  it('runs elsewhere only where the user granted the site', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains') as unknown as MockInstance<
      (permissions: object) => Promise<boolean>
    >;
    contains.mockResolvedValueOnce(false);
    expect(await panelMayRunUnder('https://evil.example')).toBe(false);
    expect(contains).toHaveBeenLastCalledWith({ origins: ['https://evil.example/*'] });
    contains.mockResolvedValueOnce(true);
    expect(await panelMayRunUnder('https://crm.agency.example')).toBe(true);
    contains.mockRejectedValueOnce(new Error('no permissions API'));
    expect(await panelMayRunUnder('http://app.gohighlevel.com')).toBe(false);
  });
});
