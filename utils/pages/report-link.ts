import { browser } from 'wxt/browser';
/**
 * Addresses of the reports page: the list, one report, two attempts side by side, or explaining
 * an import's error log.
 */
export function reportsPageUrl(
  target: { report?: number; compare?: [number, number]; explain?: true } = {},
): string {
  const query = target.report
    ? `?report=${target.report}`
    : target.compare
      ? `?compare=${target.compare.join(',')}`
      : target.explain
        ? '?explain'
        : '';
  return browser.runtime.getURL(`/reports.html${query}`);
}
