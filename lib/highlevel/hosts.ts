/**
 * Where HighLevel's app runs: its own app and each agency's default subdomain of gohighlevel.com,
 * and LeadConnector's hosts. The content script runs on all of them from install; an agency's own
 * white-label domain is enabled by the user, one by one. Source: HighLevel's help pages on
 * white-label domains and the LeadConnector app (app.gohighlevel.com, <agency>.gohighlevel.com,
 * app.leadconnectorhq.com).
 */
export const HIGHLEVEL_DOMAINS = ['gohighlevel.com', 'leadconnectorhq.com'] as const;

/** The content script's fixed match patterns. */
export const HIGHLEVEL_MATCHES = HIGHLEVEL_DOMAINS.map((domain) => `https://*.${domain}/*`);

/** Whether a host is one of HighLevel's own, which Preflight covers without being enabled. */
export function isHighLevelHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return HIGHLEVEL_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
