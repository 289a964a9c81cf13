import type { ComponentChildren } from 'preact';

/**
 * The reports page moves between its list, a report and a comparison without reloading: each is
 * its own address in the browser's history, so Back and Forward work and any view can be linked.
 */
export function navigate(href: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  // The page follows `popstate` alone, so Back and our own links take the same path.
  dispatchEvent(new PopStateEvent('popstate'));
  if (!replace) scrollTo(0, 0);
}

/** A plain link (middle click and "open in new tab" still work) that a left click follows in place. */
export function ReportLink({
  href,
  class: className,
  children,
}: {
  href: string;
  class?: string;
  children: ComponentChildren;
}) {
  return (
    <a
      href={href}
      class={className}
      onClick={(event) => {
        if (
          event.button !== 0 ||
          event.metaKey ||
          event.ctrlKey ||
          event.shiftKey ||
          event.altKey
        ) {
          return;
        }
        event.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </a>
  );
}
