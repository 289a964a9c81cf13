// The demo import page's own uploader: it takes a CSV from the hidden file input (behind the
// "Upload CSV" button) or from the drop zone, and lists what it received. With Preflight loaded,
// the extension holds the file first and hands this code the cleaned file or the original.
// Everything the file contains is rendered with textContent, never as HTML.

const input = document.getElementById('upload');
const pick = document.getElementById('pick');
const zone = document.getElementById('zone');
const list = document.getElementById('received');
const empty = document.getElementById('received-empty');

function formatSize(bytes) {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function cell(tag, className, text) {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

async function receive(file, how) {
  if (!file) return;
  const head = await file.slice(0, 4096).text();
  const firstLine = head.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const item = document.createElement('li');
  item.setAttribute('data-file-name', file.name);
  item.append(
    cell('span', 'name', file.name),
    cell('span', 'meta', formatSize(file.size)),
    cell('span', 'how', how),
    cell('code', 'first-line', firstLine || '(empty first line)'),
  );
  list.append(item);
  empty.hidden = true;
}

pick.addEventListener('click', () => input.click());

input.addEventListener('change', async () => {
  await receive(input.files?.[0], 'picked');
  // Cleared only after the await, so that picking the same file again fires `change` again.
  // Clearing it at once would empty the input before Preflight sees that the page took the file.
  input.value = '';
});

zone.addEventListener('dragover', (event) => {
  event.preventDefault();
  zone.classList.add('over');
});
zone.addEventListener('dragleave', () => zone.classList.remove('over'));
zone.addEventListener('drop', (event) => {
  event.preventDefault();
  zone.classList.remove('over');
  void receive(event.dataTransfer?.files[0], 'dropped');
});
