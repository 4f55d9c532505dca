// Small helpers the page scripts share.

/** Hides what only visitors without scripts need (a "check again" link, a "update the price" button). */
export function hideFallbacks(root = document) {
  root.querySelectorAll('[data-no-js]').forEach((element) => {
    element.hidden = true;
  });
}

/** Fetches one of our own pages and parses it, to take fresh server-rendered parts from it. */
export async function fetchDocument(url, signal) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' }, signal });
  if (response.redirected && new URL(response.url).pathname === '/signin') {
    window.location.assign('/signin');
    throw new Error('Signed out');
  }

  if (!response.ok) {
    throw new Error(`The page answered ${response.status}`);
  }

  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

/** Says something to screen readers through a polite live region that is already on the page. */
export function announce(region, message) {
  if (!region) {
    return;
  }

  // Clearing first makes a repeated message ("Deleted.") count as a change.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}

/** Moves focus somewhere that cannot normally take it (a heading, a row) without adding it to the tab order. */
export function focusQuietly(element) {
  if (!element) {
    return;
  }

  if (!element.matches('a[href], button, input, select, textarea, [tabindex]')) {
    element.setAttribute('tabindex', '-1');
  }

  element.focus();
}

/** Whether a click asked for something other than a plain follow (new tab, new window, download). */
export function isModifiedClick(event) {
  return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
}

export function sleep(milliseconds, signal) {
  return new Promise((resolve, reject) => {
    const timer = window.setTimeout(resolve, milliseconds);
    if (signal) {
      signal.addEventListener('abort', () => {
        window.clearTimeout(timer);
        reject(signal.reason);
      }, { once: true });
    }
  });
}
