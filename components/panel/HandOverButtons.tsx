import type { CheckStatus } from '../../hooks/use-check';

/**
 * The panel's main buttons. "Use original file" is there at every moment, while checking too:
 * the user can always take their file as it is. "Use cleaned file" waits for the check; after a
 * failure, "Check again" takes its place.
 */
export function HandOverButtons({
  status,
  cleanedLabel,
  canUseCleaned,
  onCleaned,
  onOriginal,
  onRecheck,
}: {
  status: CheckStatus;
  cleanedLabel: string;
  canUseCleaned: boolean;
  onCleaned: () => void;
  onOriginal: () => void;
  onRecheck: () => void;
}) {
  if (status.state === 'idle') return null;
  return (
    <>
      {status.state === 'error' && status.about === 'file' ? (
        <button type="button" class="primary" data-action="recheck" onClick={onRecheck}>
          Check again
        </button>
      ) : (
        <button
          type="button"
          class="primary"
          data-action="use-cleaned"
          disabled={!canUseCleaned}
          onClick={onCleaned}
        >
          {status.state === 'checking'
            ? 'Checking…'
            : status.state === 'done' && status.preparing
              ? 'Writing the cleaned file…'
              : cleanedLabel}
        </button>
      )}
      <button type="button" data-action="use-original" onClick={onOriginal}>
        Use original file
      </button>
    </>
  );
}
