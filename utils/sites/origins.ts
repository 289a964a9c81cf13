import { isHighLevelHost } from '../../lib/highlevel/hosts';
import { PATTERN_PATH } from '../../lib/regexes';

/**
 * White-label domains: a HighLevel agency can serve the app from its own domain. The user enables
 * Preflight there from the popup; the background registers the content script for that origin.
 */

/** The origin Preflight could be enabled on for a tab's URL: https sites other than HighLevel's own. */
export function siteOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, origin, hostname } = new URL(url);
    return protocol === 'https:' && !isHighLevelHost(hostname) ? origin : null;
  } catch {
    return null;
  }
}

export const originPattern = (origin: string) => `${origin}/*`;
export const originOfPattern = (pattern: string) => pattern.replace(PATTERN_PATH, '');
const SCRIPT_ID_PREFIX = 'site:';
export const scriptId = (origin: string) => `${SCRIPT_ID_PREFIX}${origin}`;
/** The origin a registered content script was enabled for, or null for any other script. */
export const originOfScriptId = (id: string) =>
  id.startsWith(SCRIPT_ID_PREFIX) ? id.slice(SCRIPT_ID_PREFIX.length) : null;
