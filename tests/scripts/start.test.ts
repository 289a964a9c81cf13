import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const demo = (name: string) => readFileSync(join(root, 'assets/demo', name), 'utf8');

describe('npm start', () => {
  it('builds, serves the demo page and its samples, and says ok with --check-only', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/start.ts', '--check-only'],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '' },
        timeout: 120_000,
      },
    );
    expect(run.stderr).not.toMatch(/npm start/);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Building the extension');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('ok');
  }, 150_000);

  it('rejects an unknown flag with the usage', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--nope'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: npm start');
  });
});

describe('the demo page', () => {
  const html = demo('index.html');

  it('works under a strict CSP: no inline handlers, scripts or styles', () => {
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/\sstyle\s*=/i);
    expect(html).not.toMatch(/<style/i);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![1]).toContain('src="/demo.js"');
    expect(scripts[0]![2]!.trim()).toBe('');
    expect(demo('demo.js')).toContain("getElementById('upload')");
  });

  it('has the hidden input behind an Upload CSV button, a drop zone and the received list', () => {
    expect(html).toMatch(/<input type="file" id="upload"[^>]*\shidden/);
    expect(html).toMatch(/<button type="button"[^>]*id="pick"[^>]*>Upload CSV<\/button>/);
    expect(html).toContain('id="zone"');
    expect(html).toContain('id="received"');
  });

  it('renders what it received as text, never as HTML', () => {
    expect(demo('demo.js')).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('links every sample in assets/samples/', () => {
    const samples = readdirSync(join(root, 'assets/samples')).filter((f) => f.endsWith('.csv'));
    expect(samples.length).toBeGreaterThan(0);
    for (const sample of samples) expect(html).toContain(`href="/samples/${sample}" download`);
  });
});
