// Minimal background service worker, added so the end-to-end tests can find the extension's id
// from its service worker URL. Per the architecture, this worker will own every database write
// (reports history), register content scripts for user-enabled domains and check the `sender`
// of every message.
export default defineBackground(() => {});
