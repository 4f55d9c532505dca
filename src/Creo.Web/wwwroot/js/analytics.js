// Anonymous page-view counts (policy section 09). A view is sent only while the analytics cookie is there, which
// the server sets only after the person allowed analytics; the cookie says nothing about who they are. The server
// checks the recorded consent again, and Global Privacy Control, and drops the event without them.

import { csrfToken } from './api.js';

export const analyticsCookie = 'creo_analytics';

export function analyticsAllowed() {
  if (navigator.globalPrivacyControl === true) {
    return false;
  }

  return document.cookie.split(';').some((part) => part.trim().startsWith(`${analyticsCookie}=`));
}

/** Counts one view of a page (a route such as "/studio", never the address with its query). */
export async function countPageView(page) {
  if (!page || !analyticsAllowed()) {
    return false;
  }

  try {
    const response = await fetch('/api/analytics/events', {
      method: 'POST',
      credentials: 'same-origin',
      // A view counted while the person is already leaving the page still arrives.
      keepalive: true,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-CSRF-TOKEN': await csrfToken() },
      body: JSON.stringify({ name: 'page_view', page }),
    });
    return response.ok;
  } catch {
    // Counting is never worth bothering the person about.
    return false;
  }
}
