// One generation's page: while it is queued or running, follow it and redraw the page from the server when
// its status changes; a click on the picture opens it full size; delete after asking, then back to the gallery.

import { follow, statusWords, statusExplanations, isPending } from './follow.js';
import { enableDelete } from './delete.js';
import { fetchDocument, announce, hideFallbacks, focusQuietly } from './page.js';
import { enableLightbox } from './studio/lightbox.js';

const announcer = document.querySelector('[data-announcer]');
let region = document.querySelector('[data-generation]');

hideFallbacks();
enableLightbox();

enableDelete((link) => {
  window.location.assign(link.dataset.afterDelete || '/gallery');
});

if (region && isPending(region.dataset.status)) {
  let shown = region.dataset.status;
  follow(region.dataset.generationId, async (latest) => {
    if (!latest) {
      window.location.reload();
      return;
    }

    if (latest.status === shown) {
      return;
    }

    shown = latest.status;
    announce(announcer, `${statusWords[latest.status]}. ${statusExplanations[latest.status]}`);
    await redraw();
  }).catch(() => {});
}

/** Swaps in the server's rendering of the generation: media, facts and receipt as a reload would show them. */
async function redraw() {
  try {
    const page = await fetchDocument(window.location.pathname);
    const fresh = page.querySelector('[data-generation]');
    if (!fresh) {
      return;
    }

    const hadFocus = region.contains(document.activeElement);
    const adopted = document.adoptNode(fresh);
    region.replaceWith(adopted);
    region = adopted;
    hideFallbacks(region);
    if (hadFocus) {
      focusQuietly(document.querySelector('h1'));
    }
  } catch {
    // The announcement has been made; a reload shows the rest.
  }
}
