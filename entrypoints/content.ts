/**
 * Runs on every HighLevel page, so it stays tiny: no Preact, no engine. It sees a contact file
 * first, from document_start, holds it, shows the panel beside the page, and hands the page the
 * cleaned file or the original when the user chooses (utils/content/). If the panel cannot check
 * the file in time, the original goes through at once: Preflight must never break the import page.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { HIGHLEVEL_MATCHES } from '../lib/highlevel/hosts';
import { holdContactFiles } from '../utils/content/file-hold';
import { checkModeItem, type CheckMode } from '../utils/storage/check-mode';

export default defineContentScript({
  matches: HIGHLEVEL_MATCHES,
  runAt: 'document_start',
  main() {
    // Read ahead: whether to hold a file must be known synchronously, inside the event.
    let mode: CheckMode = 'hold';
    void checkModeItem.get().then((value) => (mode = value));
    checkModeItem.watch((value) => (mode = value));
    holdContactFiles(() => mode);
  },
});
