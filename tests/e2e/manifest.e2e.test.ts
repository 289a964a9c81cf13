import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HIGHLEVEL_MATCHES } from '../../lib/highlevel/hosts';
import { ROOT } from './browser';

/** The parts of the manifest this test reads. */
interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
  web_accessible_resources?: { resources: string[]; matches: string[] }[];
  manifest_version?: number;
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
  browser_specific_settings?: { gecko?: { id?: string } };
}

const read = (build: string) =>
  JSON.parse(readFileSync(path.join(ROOT, `.output/${build}/manifest.json`), 'utf8')) as Manifest;

/** The manifest users install (npm run build), not the e2e build's, which adds test pages. */
const manifest = read('chrome-mv3');

describe('the production manifest', () => {
  it('runs the content script on every HighLevel host, and on nothing else', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.content_scripts?.[0]?.matches).toEqual(HIGHLEVEL_MATCHES);
    expect(HIGHLEVEL_MATCHES).toEqual([
      'https://*.gohighlevel.com/*',
      'https://*.leadconnectorhq.com/*',
    ]);
  });

  it('asks for the fewest permissions: no host permission until the user enables a domain', () => {
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'activeTab']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
  });

  it('exposes only the panel to pages, and no test page', () => {
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['panel.html'], matches: ['https://*/*'] },
    ]);
    expect(JSON.stringify(manifest)).not.toMatch(/127\.0\.0|localhost/);
  });

  it('has the icons the toolbar and the stores ask for, each file in the build', () => {
    for (const [build, icons] of [
      ['chrome-mv3', manifest.icons],
      ['chrome-mv3', manifest.action?.default_icon],
    ] as const) {
      for (const file of Object.values(icons ?? {})) {
        expect(existsSync(path.join(ROOT, '.output', build, file))).toBe(true);
      }
    }
    expect(Object.keys(manifest.icons ?? {})).toEqual(['16', '32', '48', '128']);
    expect(Object.keys(manifest.action?.default_icon ?? {})).toEqual(['16', '32', '48']);
  });
});

describe('the Firefox manifest (npm run build:firefox)', () => {
  const firefox = read('firefox-mv3');

  it('keeps the optional permission a white-label domain is enabled with', () => {
    expect(firefox.manifest_version).toBe(3);
    expect(firefox.optional_host_permissions).toEqual(['https://*/*']);
    expect(firefox.permissions).toEqual(['storage', 'scripting', 'activeTab']);
    expect(firefox.browser_specific_settings?.gecko?.id).toMatch(/^preflight@/);
    expect(firefox.content_scripts?.[0]?.matches).toEqual(HIGHLEVEL_MATCHES);
  });
});
