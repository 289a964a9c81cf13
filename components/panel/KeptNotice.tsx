import type { WriteReply } from '../../utils/messaging/protocol';
import { reportsPageUrl } from '../../utils/pages/report-link';

/** Whether the finished check was kept in the reports history; a failure is told, never hidden. */
export function KeptNotice({ reply }: { reply: WriteReply | null }) {
  if (!reply) return null;
  if (!reply.ok) {
    return (
      <p class="banner banner-warning" role="alert" data-kept="failed">
        {reply.reason === 'quota'
          ? reply.message
          : `This report was not kept in your history: ${reply.message}`}{' '}
        The result below is complete.
      </p>
    );
  }
  return (
    <p class="kept" data-kept={reply.id}>
      Kept in your{' '}
      <a href={reportsPageUrl({ report: reply.id })} target="_blank" rel="noreferrer">
        reports
      </a>{' '}
      on this device.
    </p>
  );
}
