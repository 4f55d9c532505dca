// "Load more" links point at the next keyset page of the same list, so they work without scripts. With them,
// the next page is fetched and its items appended here; focus moves to the first new item, where reading
// continues, and a live region says how many arrived.

import { fetchDocument, announce, focusQuietly, isModifiedClick } from './page.js';

export function enableLoadMore({ noun, announcer }) {
  document.addEventListener('click', async (event) => {
    const link = event.target.closest('a[data-load-more]');
    if (!link || isModifiedClick(event)) {
      return;
    }

    event.preventDefault();
    if (link.getAttribute('aria-disabled') === 'true') {
      return;
    }

    const label = link.textContent;
    link.setAttribute('aria-disabled', 'true');
    link.textContent = 'Loading…';
    try {
      const next = await fetchDocument(link.href);
      const list = document.querySelector('[data-items]');
      const items = Array.from(next.querySelectorAll('[data-items] > [data-item]'), (item) => document.adoptNode(item));
      list.append(...items);

      const row = link.closest('[data-load-more-row]');
      const nextRow = next.querySelector('[data-load-more-row]');
      if (nextRow) {
        row.replaceWith(document.adoptNode(nextRow));
      } else {
        row.remove();
      }

      announce(announcer, items.length === 0 ? `No more ${noun}.` : `${items.length} more ${noun} loaded.`);
      if (items.length > 0) {
        focusQuietly(items[0].querySelector('a[href]:not([tabindex="-1"])') || items[0]);
      }
    } catch {
      link.removeAttribute('aria-disabled');
      link.textContent = label;
      announce(announcer, `More ${noun} could not be loaded. Try again.`);
    }
  });
}
