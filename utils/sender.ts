/**
 * Whether a runtime message comes from one of the extension's own pages (popup, options,
 * reports, checker, or the panel's frame). A content script shares the extension's id but its
 * `sender.url` is the web page's; another extension has another id. Only our pages may change
 * what the background keeps.
 */
export function isFromOurPage(
  sender: { id?: string; url?: string },
  extension: { id: string; baseUrl: string },
): boolean {
  return sender.id === extension.id && (sender.url?.startsWith(extension.baseUrl) ?? false);
}
