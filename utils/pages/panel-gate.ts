import { browser } from 'wxt/browser';
import { isHighLevelHost } from '../../lib/highlevel/hosts';
import { originPattern } from '../sites/origins';

/**
 * The site at the top of the panel's frame tree: the page the user sees. Firefox has no
 * `ancestorOrigins`; there the referrer names the page that framed the panel, when it is sent.
 */
export function topOrigin(
  ancestors: ArrayLike<string> | undefined,
  referrer: string,
): string | null {
  if (ancestors && ancestors.length > 0) return ancestors[ancestors.length - 1] ?? null;
  try {
    return referrer ? new URL(referrer).origin : null;
  } catch {
    return null;
  }
}

/**
 * Whether the panel may run under this top site: HighLevel's own, or one where our content script
 * runs (a domain the user enabled holds its permission). Any other site could frame panel.html
 * (it is web-accessible, for white-label domains) to clickjack a cleaned file out of it.
 */
export async function panelMayRunUnder(origin: string | null): Promise<boolean> {
  if (!origin) return false;
  const { protocol, hostname } = new URL(origin);
  if (protocol === 'https:' && isHighLevelHost(hostname)) return true;
  return browser.permissions.contains({ origins: [originPattern(origin)] }).catch(() => false);
}
