// Submitting: the form is checked here first (whole numbers, nothing required left empty), then sent to
// POST /api/generations with an idempotency key, and the answer is shown: the run followed, the fields refused,
// or the balance short.

import { send, problemType, leaveIfRefused } from '../api.js';
import { sleep } from '../page.js';
import { chosenModel } from './model.js';

export function enableSubmit(studio, { errors, price, upload, result }) {
  const { form } = studio;
  const button = form.querySelector('[data-submit]');

  // One key per intended submission. A retry of the same request (a double click, a timeout, a lost answer)
  // reuses it, so the server makes one generation; a changed request or a new click after an answer gets a new one.
  let unanswered = null;
  let submitting = false;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    // Ctrl+Enter submits without the button: while the price is above the balance it must not.
    if (submitting || button.disabled) {
      return;
    }

    errors.clear();
    // A model whose host is not answering is not sent: the server would refuse it (503) and charge nothing anyway.
    const model = chosenModel(studio);
    if (model.available === false) {
      errors.showSummary([], model.unavailableReason || 'This model is not available right now; choose another.');
      return;
    }

    if (studio.uploading) {
      errors.showSummary([], 'Wait for the image to finish uploading.');
      return;
    }

    const { body, problems } = readForm(studio, upload);
    if (problems.length) {
      problems.forEach(({ field, message }) => errors.setField(field, message));
      errors.showSummary(problems, null);
      return;
    }

    const request = JSON.stringify(body);
    const key = unanswered && unanswered.request === request ? unanswered.key : newKey();
    unanswered = { request, key };
    submitting = true;
    button.setAttribute('aria-disabled', 'true');
    button.classList.add('is-busy');
    button.textContent = 'Sending…';
    try {
      await submit(body, key);
    } finally {
      submitting = false;
      button.removeAttribute('aria-disabled');
      button.classList.remove('is-busy');
      button.textContent = 'Generate';
    }
  });

  async function submit(body, key) {
    for (let attempt = 0; attempt < 5; attempt++) {
      let answer;
      try {
        answer = await send('POST', '/api/generations', { json: body, headers: { 'Idempotency-Key': key } });
      } catch {
        errors.showSummary([], 'Crëo could not be reached. Check your connection and try again: you will not be charged twice.');
        return;
      }

      const { status, data } = answer;
      if (leaveIfRefused(status, data)) {
        return;
      }

      if (status === 409 && problemType(data) === 'idempotency-key-in-use') {
        // The first click is still being handled; its answer is this one's answer.
        await sleep(700);
        continue;
      }

      if (status !== 500 && status !== 502 && status !== 503 && status !== 504) {
        unanswered = null;
      }

      if (status === 202 && data) {
        result.start({ id: data.id, status: data.status, prompt: body.prompt, kind: chosenModel(studio).kind });
        price.refreshBalance();
      } else if (status === 402) {
        errors.showPayment((data && data.detail) || 'Your balance is too small for this.');
        price.refreshBalance();
      } else if (status === 400 && data && data.errors) {
        errors.showFields(data.errors);
      } else if (status === 409 && problemType(data) === 'idempotency-key-reused') {
        errors.showSummary([], 'The settings changed while this was being sent. Check them and press Generate again.');
      } else {
        errors.showSummary([], (data && data.detail) || 'Something went wrong on our side. Try again: you will not be charged twice.');
      }

      return;
    }

    errors.showSummary([], 'Your request is still being handled. Check your gallery in a moment before trying again.');
  }
}

/** The API's request body from the form, and what is wrong with it before it is worth sending. */
function readForm(studio, upload) {
  const { fields } = studio;
  const problems = [];
  const whole = (input, field, optional) => {
    if (input.value.trim() === '') {
      if (!optional) {
        problems.push({ field, message: `Enter the ${field === 'duration' ? 'duration in seconds' : `${field} in pixels`}.` });
      }

      return undefined;
    }

    const value = Number(input.value);
    if (!Number.isInteger(value)) {
      problems.push({ field, message: `The ${field} must be a whole number.` });
      return undefined;
    }

    return value;
  };

  const model = chosenModel(studio);
  const parameters = { width: whole(fields.width, 'width'), height: whole(fields.height, 'height') };
  if (!fields.duration.disabled) {
    parameters.durationSeconds = whole(fields.duration, 'duration');
  }

  const seed = whole(fields.seed, 'seed', true);
  if (seed !== undefined) {
    parameters.seed = seed;
  }

  const body = { modelId: model.id, prompt: fields.prompt.value, parameters };
  if (!fields.source.disabled && upload.sourceImageId()) {
    body.sourceImageId = upload.sourceImageId();
  }

  return { body, problems };
}

function newKey() {
  if (window.crypto && typeof window.crypto.randomUUID === 'function') {
    return window.crypto.randomUUID();
  }

  const bytes = window.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
