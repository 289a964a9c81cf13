import { browser } from 'wxt/browser';
/** Addresses of the reports page: the list, one report, or two attempts side by side. */
export function reportsPageUrl(
  target: { report?: number; compare?: [number, number] } = {},
): string {
  const query = target.report
    ? `?report=${target.report}`
    : target.compare
      ? `?compare=${target.compare.join(',')}`
      : '';
  return browser.runtime.getURL(`/reports.html${query}`);
}
