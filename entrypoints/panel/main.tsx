import { render } from 'preact';
import { Panel } from '../../components/panel/Panel';
import { HELLO, type Hello } from '../../utils/messaging/panel-channel';
import { panelMayRunUnder, topOrigin } from '../../utils/pages/panel-gate';

// Asked at once: the content script's HELLO may arrive before the answer.
const allowed = panelMayRunUnder(topOrigin(location.ancestorOrigins, document.referrer));

// The content script's one HELLO carries the port; anything else posted to this frame is ignored.
function onHello(event: MessageEvent<Hello | undefined>) {
  const [port] = event.ports;
  if (event.source !== window.parent || event.data?.type !== HELLO || !port) return;
  window.removeEventListener('message', onHello);
  const pass = typeof event.data.pass === 'string' ? event.data.pass : null;
  const root = document.getElementById('app');
  void allowed.then((ok) => {
    // Refused, the panel never says it is ready: the content script lets the file go.
    if (root && ok) render(<Panel port={port} pass={pass} />, root);
    else if (root) root.textContent = 'Preflight runs only beside HighLevel’s import screen.';
  });
}
window.addEventListener('message', onHello);
