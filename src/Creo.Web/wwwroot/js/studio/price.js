// The price: each change of size asks the server for a quote (GET /api/models/{id}/quote) and shows it beside
// the balance, with a warning when it costs more than the balance. The balance is asked for again after a
// submission and when a run ends.

import { send } from '../api.js';
import { chosenModel } from './model.js';

const unchecked = 'The price could not be checked. It is checked again when you generate.';

export function enablePrice(studio) {
  const { form, fields } = studio;
  const view = {
    list: form.querySelector('[data-price]'),
    cost: form.querySelector('[data-cost]'),
    balance: form.querySelector('[data-balance]'),
    note: form.querySelector('[data-price-note]'),
    generate: form.querySelector('[data-submit]'),
  };
  let balance = Number(view.balance.dataset.balance);
  let cost = null;
  let problem = null;
  let timer;
  let controller;

  // Each change of size asks for a new quote; an answer to an older question must not overwrite the price or
  // clear the busy state while a newer one is still to come.
  let ticket = 0;

  [fields.width, fields.height, fields.duration].forEach((input) => {
    input.addEventListener('input', () => schedule(300));
  });

  function schedule(wait) {
    ticket += 1;
    window.clearTimeout(timer);
    view.list.setAttribute('aria-busy', 'true');
    view.cost.classList.add('is-updating');
    timer = window.setTimeout(quote, wait);
  }

  async function quote() {
    if (controller) {
      controller.abort();
    }

    controller = new AbortController();
    const asked = ticket;
    const model = chosenModel(studio);
    const query = new URLSearchParams({ width: fields.width.value, height: fields.height.value });
    if (!fields.duration.disabled) {
      query.set('durationSeconds', fields.duration.value);
    }

    let answer;
    try {
      answer = await send('GET', `/api/models/${encodeURIComponent(model.id)}/quote?${query}`, { signal: controller.signal });
    } catch (error) {
      if ((error && error.name === 'AbortError') || asked !== ticket) {
        return;
      }

      show(null, unchecked);
      return;
    }

    if (asked !== ticket) {
      return;
    }

    if (answer.status === 200 && answer.data) {
      show(answer.data.creditCost, null);
    } else if (answer.status === 400 && answer.data && answer.data.errors) {
      show(null, Object.values(answer.data.errors).flat().join(' '));
    } else {
      show(null, unchecked);
    }
  }

  function show(newCost, newProblem) {
    cost = newCost;
    problem = newProblem;
    view.cost.textContent = newCost === null ? '—' : credits(newCost);
    view.cost.classList.remove('is-updating');
    view.list.removeAttribute('aria-busy');
    view.note.textContent = '';
    const short = newCost !== null && newCost > balance;
    view.note.classList.toggle('price-note-warning', Boolean(newProblem) || short);

    // Over the balance, Generate waits (the server would refuse it anyway) and the note says why and where to go.
    view.generate.disabled = short;
    if (newProblem) {
      view.note.textContent = newProblem;
    } else if (short) {
      view.note.append(`Generate is off: this costs ${credits(newCost)} and your balance is ${credits(balance)}. `);
      const link = document.createElement('a');
      link.href = '/billing';
      link.textContent = 'Buy credits';
      view.note.append(link, ' or choose a smaller size.');
    }
  }

  async function refreshBalance() {
    try {
      const { status, data } = await send('GET', '/api/me');
      if (status === 200 && data && typeof data.creditBalance === 'number') {
        balance = data.creditBalance;
        view.balance.dataset.balance = String(balance);
        view.balance.textContent = credits(balance);
        show(cost, problem);
      }
    } catch {
      // The balance shown stays the last one known; the next submission is checked by the server anyway.
    }
  }

  return { schedule, refreshBalance };
}

function credits(count) {
  return count === 1 ? '1 credit' : `${count.toLocaleString('en')} credits`;
}
