import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { profilesItem, rememberInProfile } from '../../../utils/storage/profiles';

vi.mock('wxt/browser', async () => ({
  browser: (await import('wxt/testing/fake-browser')).fakeBrowser,
}));

beforeEach(() => fakeBrowser.reset());

describe('settings per sub-account in storage', () => {
  it('reads each profile with its settings validated, named by its id when it has no name', async () => {
    await fakeBrowser.storage.local.set({
      profiles: {
        ukAgency0001: { name: 'London office', settings: { country: 'GB' } },
        usAgency0002: { settings: {} },
      },
    });
    const profiles = await profilesItem.get();
    expect(profiles.ukAgency0001?.name).toBe('London office');
    expect(profiles.ukAgency0001?.settings.country).toBe('GB');
    expect(profiles.usAgency0002?.name).toBe('usAgency0002');
    expect(profiles.usAgency0002?.settings.country).toBe('US');
  });

  it('leaves out a profile whose settings do not validate, and reads junk as none', async () => {
    await fakeBrowser.storage.local.set({
      profiles: { broken0001: { name: 'Broken', settings: { dateFormat: 'someday' } }, x: 3 },
    });
    expect(await profilesItem.get()).toEqual({});
    await fakeBrowser.storage.local.set({ profiles: 'junk' });
    expect(await profilesItem.get()).toEqual({});
  });

  it("keeps a mapping chosen on a sub-account's page in that profile alone", async () => {
    await fakeBrowser.storage.local.set({
      profiles: { ukAgency0001: { name: 'London', settings: { country: 'GB' } } },
    });
    await rememberInProfile('ukAgency0001', { owner: null });
    await rememberInProfile('unknown0001', { owner: null });
    const profiles = await profilesItem.get();
    expect(profiles.ukAgency0001?.settings.mapping).toEqual({ owner: null });
    expect(profiles.ukAgency0001?.settings.country).toBe('GB');
    expect(Object.keys(profiles)).toEqual(['ukAgency0001']);
  });
});
