import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, parseSettings } from '../../../lib/settings';
import { rememberedMappingsItem, withRemembered } from '../../../utils/storage/mappings';

vi.mock('wxt/browser', async () => ({
  browser: (await import('wxt/testing/fake-browser')).fakeBrowser,
}));

beforeEach(() => fakeBrowser.reset());

describe('mappings remembered from the panel', () => {
  it('win over the settings for the same header, however it is written', () => {
    const settings = { ...defaultSettings(), mapping: { 'E-mail ': 'email', Notes: null } };
    // Remembered by header key: "E-mail " and "email" are one header.
    const merged = withRemembered(settings, { email: null, contactowner: 'owner' });
    expect(merged.mapping).toEqual({ Notes: null, email: null, contactowner: 'owner' });
    expect(parseSettings(merged).ok).toBe(true);
  });

  it('leave out a custom field deleted since, so the settings still validate', () => {
    const merged = withRemembered(defaultSettings(), { membership: 'custom:Membership' });
    expect(merged.mapping).toEqual({});
    const withField = {
      ...defaultSettings(),
      customFields: [{ name: 'Membership', type: 'text' as const, options: [] }],
    };
    expect(withRemembered(withField, { membership: 'custom:Membership' }).mapping).toEqual({
      membership: 'custom:Membership',
    });
  });

  it('read anything else in storage as nothing remembered', async () => {
    await fakeBrowser.storage.local.set({ mappings: 'junk' });
    expect(await rememberedMappingsItem.get()).toEqual({});
    await fakeBrowser.storage.local.set({ mappings: { email: 'email', bad: 3, none: null } });
    expect(await rememberedMappingsItem.get()).toEqual({ email: 'email', none: null });
  });
});
