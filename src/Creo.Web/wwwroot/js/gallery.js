// The gallery: "Load more" in place, the "More" menus, and delete after asking, with the card leaving the grid.

import { enableLoadMore } from './load-more.js';
import { enableDelete } from './delete.js';
import { announce, focusQuietly } from './page.js';

const announcer = document.querySelector('[data-announcer]');

enableLoadMore({ noun: 'generations', announcer });

// One menu open at a time; Escape or a click elsewhere closes it, and Escape gives focus back to its button.
function closeMenus(except) {
  for (const menu of document.querySelectorAll('[data-tile-menu][open]')) {
    if (menu !== except) {
      menu.open = false;
    }
  }
}

document.addEventListener('click', (event) => {
  closeMenus(event.target.closest('[data-tile-menu]'));
  if (event.target.closest('a[data-delete]')) {
    closeMenus(null);
  }
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') {
    return;
  }

  const open = event.target.closest && event.target.closest('[data-tile-menu][open]');
  closeMenus(null);
  if (open) {
    open.querySelector('summary').focus();
  }
});

enableDelete((link) => {
  const card = link.closest('[data-item]');
  const neighbour = card.nextElementSibling || card.previousElementSibling;
  card.remove();
  announce(announcer, 'The generation is deleted.');

  // Focus goes to the card that took this one's place, so the keyboard user is not thrown back to the top.
  if (neighbour) {
    focusQuietly(neighbour.querySelector('.tile-title a'));
  } else {
    focusQuietly(document.getElementById('gallery-title'));
  }

  const list = document.querySelector('[data-items]');
  if (list && list.children.length === 0 && !document.querySelector('[data-load-more]')) {
    const empty = document.createElement('p');
    empty.textContent = 'Nothing here any more. ';
    const link = document.createElement('a');
    link.href = '/studio';
    link.textContent = 'Make something new in the studio';
    empty.append(link, '.');
    list.replaceWith(empty);
  }
});
