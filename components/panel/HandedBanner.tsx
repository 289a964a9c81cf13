import type { CheckOutcome } from '../../utils/worker/check-protocol';

/** What the panel last handed the page, and from which result. */
export type Handed =
  { what: 'original' | 'refused' } | { what: 'cleaned'; from: CheckOutcome; parts: number };

/**
 * What the uploader holds, said so that it always agrees with the page: after a setting changes
 * and the file is checked again, the cleaned file handed over before is no longer this result's.
 */
export function HandedBanner({
  handed,
  shown,
}: {
  handed: Handed | null;
  shown: CheckOutcome | null;
}) {
  if (!handed) return null;
  switch (handed.what) {
    case 'refused':
      return (
        <p class="banner banner-blocked" role="alert">
          The page did not take the cleaned file. Download it below and pick it in the uploader.
        </p>
      );
    case 'original':
      return (
        <p class="banner" data-handed="original">
          The original file is in the uploader, untouched.
        </p>
      );
    case 'cleaned':
      if (handed.from !== shown) {
        return (
          <p class="banner" data-handed="earlier">
            The uploader holds the cleaned file made before your last change. Use the cleaned file
            again to hand it this one.
          </p>
        );
      }
      return handed.parts > 1 ? (
        <p class="banner banner-clean" data-handed="cleaned" data-handed-part="1">
          Part 1 of {handed.parts} of the cleaned file is in the uploader: continue the import, then
          import the other parts, downloaded below, the same way.
        </p>
      ) : (
        <p class="banner banner-clean" data-handed="cleaned">
          The cleaned file is in the uploader: continue the import.
        </p>
      );
  }
}
