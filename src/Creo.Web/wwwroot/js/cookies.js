// On every signed-in page: counts the page view when analytics is allowed, and lets the cookie banner answer in
// place. Without scripts the banner is a plain form that posts and comes back to the page.

import { countPageView } from './analytics.js';
import { focusQuietly } from './page.js';

const marker = document.querySelector('[data-analytics-page]');
const page = marker ? marker.dataset.analyticsPage : null;

countPageView(page);

const banner = document.querySelector('[data-cookie-banner]');
if (banner) {
  enableBanner(banner);
}

function enableBanner(region) {
  const form = region.querySelector('form');
  const error = region.querySelector('[data-cookie-error]');
  let busy = false;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy || !event.submitter) {
      return;
    }

    busy = true;
    const body = new URLSearchParams(new FormData(form));
    body.set(event.submitter.name, event.submitter.value);
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
        body,
      });
      if (!response.ok) {
        throw new Error(`The choice was not saved (${response.status})`);
      }

      const { analytics } = await response.json();

      // The question is answered: it leaves, and the keyboard goes on from the page's content, not from nowhere.
      region.remove();
      focusQuietly(document.getElementById('main'));
      if (analytics) {
        countPageView(page);
      }
    } catch {
      error.textContent = 'Your choice could not be saved. Check your connection and try again.';
    } finally {
      busy = false;
    }
  });
}
