import { render } from 'preact';
import { Panel } from '../../components/panel/Panel';
import { HELLO, type Hello } from '../../utils/messaging/panel-channel';

// The content script's one HELLO carries the port; anything else posted to this frame is ignored.
function onHello(event: MessageEvent<Hello | undefined>) {
  const [port] = event.ports;
  if (event.source !== window.parent || event.data?.type !== HELLO || !port) return;
  window.removeEventListener('message', onHello);
  const pass = typeof event.data.pass === 'string' ? event.data.pass : null;
  const root = document.getElementById('app');
  if (root) render(<Panel port={port} pass={pass} />, root);
}
window.addEventListener('message', onHello);
