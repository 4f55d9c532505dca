// While a copy of the person's data is being prepared, asks GET /api/privacy/exports/{id} now and then and reloads the
// page once it is ready (or failed), so the download button appears without a manual reload. Without JavaScript the
// page still works: a reload shows the same.

import { send } from './api.js';
import { sleep } from './page.js';

const pending = document.querySelector('[data-export-id]');

async function follow(id) {
  let delay = 1000;
  for (let asked = 0; asked < 120; asked++) {
    await sleep(delay);
    try {
      const { status, data } = await send('GET', `/api/privacy/exports/${encodeURIComponent(id)}`);
      if (status === 200 && data && data.id === id && data.status !== 'queued' && data.status !== 'building') {
        // A fresh GET, never reload(): on the answer to a posted form (a refused request, ?handler=…) a reload would
        // send that form again.
        window.location.assign(window.location.pathname);
        return;
      }
    } catch {
      // A failed request is simply asked again.
    }

    delay = Math.min(delay * 1.5, 5000);
  }
}

// An empty id would ask for the whole list, whose answer has no status: never follow one.
if (pending && pending.dataset.exportId) {
  follow(pending.dataset.exportId);
}
