import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { originPattern, siteOrigin } from '../../utils/sites/origins';
import { send } from '../../utils/messaging/send';

interface Site {
  origin: string;
  enabled: boolean;
  tabId: number | undefined;
}

/**
 * "Enable Preflight on this site", for HighLevel's white-label domains: asks for this one origin,
 * then has the background register the content script there (and runs it in this tab at once).
 */
export function SiteSwitch({ url, tabId }: { url: string | undefined; tabId: number | undefined }) {
  const [site, setSite] = useState<Site | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    const origin = siteOrigin(url);
    if (!origin) return;
    void browser.permissions
      .contains({ origins: [originPattern(origin)] })
      .then((enabled) => setSite({ origin, enabled, tabId }));
  }, [url, tabId]);

  if (!site) return null;
  const host = new URL(site.origin).host;

  const enable = async () => {
    // Asked from the click itself: the browser shows its permission prompt for this origin only.
    if (!(await browser.permissions.request({ origins: [originPattern(site.origin)] }))) {
      setMessage('Not enabled: the permission was not given.');
      return;
    }
    const reply = await send({ type: 'enable-site', origin: site.origin });
    if (!reply.ok) {
      setMessage(`Not enabled: ${reply.message}.`);
      return;
    }
    if (site.tabId !== undefined) {
      await browser.scripting.executeScript({
        target: { tabId: site.tabId },
        files: ['/content-scripts/content.js'],
      });
    }
    setSite({ ...site, enabled: true });
    setMessage(`Preflight now checks CSV files you pick on ${host}.`);
  };

  const disable = async () => {
    await send({ type: 'disable-site', origin: site.origin });
    await browser.permissions.remove({ origins: [originPattern(site.origin)] });
    setSite({ ...site, enabled: false });
    setMessage(`Preflight is off on ${host}.`);
  };

  return (
    <section class="site">
      {site.enabled ? (
        <button type="button" data-action="disable-site" onClick={() => void disable()}>
          Turn Preflight off on {host}
        </button>
      ) : (
        <button type="button" data-action="enable-site" onClick={() => void enable()}>
          Enable Preflight on {host}
        </button>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
