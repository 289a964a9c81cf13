import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { originOfScriptId, originPattern } from '../../utils/sites/origins';
import { send } from '../../utils/messaging/send';
import type { Track } from './editor';
import { FieldError } from './Section';

/** An id the background wrote holds an origin; anything else is shown as it is. */
function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}

/** The domains Preflight was enabled on: those with a content script registered for them. */
async function enabledSites(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return scripts
    .map((script) => originOfScriptId(script.id))
    .filter((origin) => origin !== null)
    .sort();
}

/**
 * Unregisters the content script, then gives the permission back. The browser refuses to take
 * back a permission granted at install (as the test build's stand-in domain is): the script is
 * gone all the same, so that refusal only changes what is said.
 */
async function removeSite(origin: string): Promise<string> {
  const reply = await send({ type: 'disable-site', origin });
  if (!reply.ok) throw new Error(reply.message);
  const host = hostOf(origin);
  const removed = await browser.permissions
    .remove({ origins: [originPattern(origin)] })
    .catch(() => false);
  return removed
    ? `Preflight is off on ${host}.`
    : `Preflight is off on ${host}; the browser keeps its permission for it, granted at install.`;
}

/** White-label domains enabled from the popup, each with a Remove button. */
export function Sites({ track }: { track: Track }) {
  const [sites, setSites] = useState<string[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const refresh = () => void enabledSites().then(setSites);
    refresh();
    // Enabled in the popup meanwhile, or taken back in the browser's settings.
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, []);
  if (!sites) return null;

  const remove = (origin: string) => {
    setError(null);
    setMessage(null);
    const work = removeSite(origin).then(setMessage);
    track(work);
    work
      .catch((failure: Error) => setError(`Not removed: ${failure.message}.`))
      .finally(() => void enabledSites().then(setSites));
  };

  return (
    <>
      {sites.length === 0 ? (
        <p data-sites="none">
          No other domains. On your agency's own HighLevel domain, open Preflight's toolbar popup
          and choose <strong>Enable Preflight</strong> to add it here.
        </p>
      ) : (
        <ul class="sites">
          {sites.map((origin) => (
            <li key={origin}>
              <span>{hostOf(origin)}</span>
              <button
                type="button"
                data-action="remove-site"
                data-site={origin}
                onClick={() => remove(origin)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {message && <p class="muted">{message}</p>}
      <FieldError message={error} />
    </>
  );
}
