import { readFileSync } from 'node:fs';
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
}

/** The manifest users install (npm run build), not the e2e build's, which adds test pages. */
const manifest = JSON.parse(
  readFileSync(path.join(ROOT, '.output/chrome-mv3/manifest.json'), 'utf8'),
) as Manifest;

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
});
