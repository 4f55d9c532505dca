// The ledger: "Load more" in place.

import { enableLoadMore } from './load-more.js';

enableLoadMore({ noun: 'entries', announcer: document.querySelector('[data-announcer]') });
