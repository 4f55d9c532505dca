// Delete links lead to a confirmation page, for visitors without scripts. With them, the same question is
// asked in a dialog and the answer sent to DELETE /api/generations/{id}; the page then decides what a
// deletion looks like (a card leaves the gallery, the detail page goes back to the gallery).

import { send, leaveIfRefused } from './api.js';
import { isModifiedClick } from './page.js';

export function enableDelete(onDeleted) {
  const dialog = document.querySelector('[data-delete-dialog]');
  if (!dialog || typeof dialog.showModal !== 'function') {
    return;
  }

  const form = dialog.querySelector('form');
  const confirm = dialog.querySelector('[data-confirm]');
  const error = dialog.querySelector('[data-delete-error]');
  let target = null;
  let busy = false;

  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-delete]');
    if (!link || isModifiedClick(event)) {
      return;
    }

    event.preventDefault();
    target = link;
    error.hidden = true;
    dialog.showModal();
  });

  form.addEventListener('submit', async (event) => {
    if (!event.submitter || event.submitter.value !== 'delete') {
      return;
    }

    // Stay open until the server has answered, so a failure can be told where the question was asked.
    event.preventDefault();
    if (busy || !target) {
      return;
    }

    busy = true;
    confirm.setAttribute('aria-disabled', 'true');
    confirm.textContent = 'Deleting…';
    const id = new URL(target.href).pathname.split('/')[2];
    try {
      const { status, data } = await send('DELETE', `/api/generations/${encodeURIComponent(id)}`);
      if (leaveIfRefused(status, data)) {
        return;
      }

      // 404: deleted meanwhile, in another tab; what the person wanted has happened.
      if (status === 204 || status === 404) {
        const deleted = target;
        target = null;
        dialog.close('deleted');
        onDeleted(deleted);
        return;
      }

      showError((data && data.detail) || 'It could not be deleted. Try again.');
    } catch {
      showError('Crëo could not be reached. Check your connection and try again.');
    } finally {
      busy = false;
      confirm.removeAttribute('aria-disabled');
      confirm.textContent = 'Delete';
    }
  });

  function showError(message) {
    error.textContent = message;
    error.hidden = false;
  }
}
