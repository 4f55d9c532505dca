// The lightbox: a click (or Enter) on a picture marked data-lightbox-open shows it at full size in a modal dialog,
// as large as the window allows and never beyond its own pixels. Esc, Close or a click beside the picture shut
// it, and focus goes back to the picture that opened it. Without scripts the link opens the file itself.

import { isModifiedClick } from '../page.js';

export function enableLightbox() {
  const dialog = document.querySelector('[data-lightbox]');
  if (!dialog || typeof dialog.showModal !== 'function') {
    return;
  }

  const image = dialog.querySelector('[data-lightbox-image]');
  let opener = null;

  // Delegated, so a picture drawn later (a run that finishes, a redrawn page) opens too.
  document.addEventListener('click', (event) => {
    const link = event.target.closest('[data-lightbox-open]');
    if (!link || isModifiedClick(event)) {
      return;
    }

    const picture = link.querySelector('img');
    if (!picture) {
      return;
    }

    event.preventDefault();
    image.src = picture.currentSrc || picture.src;
    image.alt = picture.alt;
    opener = link;
    dialog.showModal();
  });

  dialog.addEventListener('click', (event) => {
    if (event.target === dialog || event.target.classList.contains('lightbox-frame')) {
      dialog.close();
    }
  });

  dialog.addEventListener('close', () => {
    if (opener && opener.isConnected) {
      opener.focus();
    }

    opener = null;
  });
}
