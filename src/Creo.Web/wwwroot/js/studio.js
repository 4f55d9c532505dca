// The studio, enhanced: the model's limits follow the chosen model, the price follows the parameters
// (GET /api/models/{id}/quote), the source image uploads with a progress bar (POST /api/uploads), and a
// submission (POST /api/generations) is followed live until the result shows. Without this script the same
// form posts to the page and everything still works, one reload at a time.

import { send, csrfToken, problemType, leaveIfRefused } from './api.js';
import { hideFallbacks, sleep } from './page.js';
import { follow, statusWords, statusExplanations, isPending, downloadName, describe } from './follow.js';

const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const PROMPT_LIMIT = 2000;

const form = document.querySelector('[data-studio]');
if (form) {
  start(form);
}

function start(form) {
  const models = JSON.parse(document.getElementById('studio-models').textContent);
  const $ = (selector) => form.querySelector(selector);
  const fields = {
    prompt: $('#prompt'),
    width: $('#width'),
    height: $('#height'),
    duration: $('#duration'),
    seed: $('#seed'),
    source: $('#source-image'),
  };
  const price = {
    list: $('[data-price]'),
    cost: $('[data-cost]'),
    balance: $('[data-balance]'),
    note: $('[data-price-note]'),
  };
  const submitButton = $('[data-submit]');
  const summary = $('#studio-errors');
  const payment = $('#studio-payment');
  const result = document.querySelector('[data-result]');

  // The script checks and explains everything itself, next to the fields, as the server does.
  form.noValidate = true;
  hideFallbacks();

  let balance = Number(price.balance.dataset.balance);
  let cost = null;
  let priceProblem = null;
  let uploading = false;

  /* ---------- Model and its limits ---------- */

  const chosenModel = () => {
    const checked = form.querySelector('input[name="ModelId"]:checked');
    return models.find((model) => checked && model.id === checked.value) || models[0];
  };

  form.querySelectorAll('input[name="ModelId"]').forEach((radio) => {
    radio.addEventListener('change', () => applyModel());
  });

  function applyModel() {
    const model = chosenModel();
    const parameters = model.parameters;
    setRange(fields.width, 'width', parameters.width);
    setRange(fields.height, 'height', parameters.height);

    const video = model.kind === 'video' && parameters.durationSeconds;
    showField('duration', Boolean(video));
    if (video) {
      setRange(fields.duration, 'duration', parameters.durationSeconds);
    }

    showField('source-image', parameters.sourceImage);
    if (!parameters.sourceImage) {
      removeUpload();
    }

    clearErrors();
    scheduleQuote(0);
  }

  /** Gives an input the model's limits, and moves a value the new model cannot take to the nearest it can. */
  function setRange(input, name, range) {
    input.min = range.min;
    input.max = range.max;
    input.step = range.step;
    const hint = form.querySelector(`[data-range="${name}"]`);
    if (hint) {
      hint.textContent = `${range.min} to ${range.max}${range.step === 1 ? '' : `, in steps of ${range.step}`}`;
    }

    const value = Number(input.value);
    if (input.value === '' || !Number.isFinite(value)) {
      input.value = range.default ?? range.min;
      return;
    }

    const clamped = Math.min(range.max, Math.max(range.min, value));
    input.value = range.min + Math.round((clamped - range.min) / range.step) * range.step;
  }

  function showField(name, shown) {
    const wrapper = form.querySelector(`[data-field="${name}"]`);
    wrapper.hidden = !shown;
    wrapper.querySelectorAll('input').forEach((input) => {
      input.disabled = !shown;
    });
  }

  /* ---------- Price ---------- */

  let quoteTimer;
  let quoteController;

  // Each change of size asks for a new quote; an answer to an older question must not overwrite the price or
  // clear the busy state while a newer one is still to come.
  let quoteTicket = 0;

  [fields.width, fields.height, fields.duration].forEach((input) => {
    input.addEventListener('input', () => scheduleQuote(300));
  });

  function scheduleQuote(wait) {
    quoteTicket += 1;
    window.clearTimeout(quoteTimer);
    price.list.setAttribute('aria-busy', 'true');
    price.cost.classList.add('is-updating');
    quoteTimer = window.setTimeout(quote, wait);
  }

  async function quote() {
    if (quoteController) {
      quoteController.abort();
    }

    quoteController = new AbortController();
    const ticket = quoteTicket;
    const model = chosenModel();
    const query = new URLSearchParams({ width: fields.width.value, height: fields.height.value });
    if (!fields.duration.disabled) {
      query.set('durationSeconds', fields.duration.value);
    }

    let answer;
    try {
      answer = await send('GET', `/api/models/${encodeURIComponent(model.id)}/quote?${query}`, { signal: quoteController.signal });
    } catch (error) {
      if ((error && error.name === 'AbortError') || ticket !== quoteTicket) {
        return;
      }

      showPrice(null, 'The price could not be checked. It is checked again when you generate.');
      return;
    }

    if (ticket !== quoteTicket) {
      return;
    }

    if (answer.status === 200 && answer.data) {
      showPrice(answer.data.creditCost, null);
    } else if (answer.status === 400 && answer.data && answer.data.errors) {
      showPrice(null, Object.values(answer.data.errors).flat().join(' '));
    } else {
      showPrice(null, 'The price could not be checked. It is checked again when you generate.');
    }
  }

  function showPrice(newCost, problem) {
    cost = newCost;
    priceProblem = problem;
    price.cost.textContent = newCost === null ? '—' : credits(newCost);
    price.cost.classList.remove('is-updating');
    price.list.removeAttribute('aria-busy');
    price.note.textContent = '';
    price.note.classList.toggle('price-note-warning', Boolean(problem) || (newCost !== null && newCost > balance));
    if (problem) {
      price.note.textContent = problem;
    } else if (newCost !== null && newCost > balance) {
      price.note.append('This costs more than your balance. ');
      const link = document.createElement('a');
      link.href = '/credits';
      link.textContent = 'See your credits';
      price.note.append(link);
    }
  }

  async function refreshBalance() {
    try {
      const { status, data } = await send('GET', '/api/me');
      if (status === 200 && data && typeof data.creditBalance === 'number') {
        balance = data.creditBalance;
        price.balance.dataset.balance = String(balance);
        price.balance.textContent = credits(balance);
        showPrice(cost, priceProblem);
      }
    } catch {
      // The balance shown stays the last one known; the next submission is checked by the server anyway.
    }
  }

  /* ---------- Prompt counter ---------- */

  const count = form.querySelector('[data-count]');
  const countAnnouncer = form.querySelector('[data-count-announcer]');
  let countTimer;
  fields.prompt.addEventListener('input', () => {
    const length = fields.prompt.value.length;
    count.textContent = length.toLocaleString('en');
    // Spoken only near the limit, and only once typing pauses, so it never talks over the typing.
    window.clearTimeout(countTimer);
    countTimer = window.setTimeout(() => {
      const left = PROMPT_LIMIT - length;
      countAnnouncer.textContent = left <= 200 ? `${left} characters left` : '';
    }, 800);
  });

  /* ---------- Source image ---------- */

  const upload = {
    box: form.querySelector('[data-upload]'),
    progress: form.querySelector('.upload-progress'),
    thumb: form.querySelector('[data-upload-thumb]'),
    status: form.querySelector('[data-upload-status]'),
    remove: form.querySelector('[data-upload-remove]'),
    id: form.querySelector('[data-source-image-id]'),
  };

  fields.source.addEventListener('change', () => {
    const file = fields.source.files && fields.source.files[0];
    if (file) {
      uploadFile(file);
    }
  });

  upload.remove.addEventListener('click', () => {
    removeUpload();
    fields.source.focus();
  });

  function removeUpload() {
    upload.id.value = '';
    fields.source.value = '';
    upload.box.hidden = true;
    upload.thumb.hidden = true;
    upload.thumb.removeAttribute('src');
    upload.status.textContent = '';
    upload.remove.hidden = true;
  }

  async function uploadFile(file) {
    setFieldError('source-image', null);
    upload.id.value = '';
    if (file.size > MAX_UPLOAD_BYTES) {
      fields.source.value = '';
      upload.box.hidden = true;
      setFieldError('source-image', 'The image is larger than 10 MB. Choose a smaller file.');
      return;
    }

    uploading = true;
    upload.box.hidden = false;
    upload.thumb.hidden = true;
    upload.remove.hidden = true;
    upload.progress.hidden = false;
    upload.progress.value = 0;
    upload.status.textContent = `Uploading ${file.name}…`;

    let token;
    try {
      token = await csrfToken();
    } catch {
      uploadFailed('The upload could not start. Reload the page and try again.');
      return;
    }

    // XMLHttpRequest rather than fetch: only it reports how far an upload has got.
    const request = new XMLHttpRequest();
    request.open('POST', '/api/uploads');
    request.setRequestHeader('X-CSRF-TOKEN', token);
    request.setRequestHeader('Accept', 'application/json');
    request.responseType = 'json';
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) {
        upload.progress.value = Math.round((event.loaded / event.total) * 100);
      }
    });
    request.addEventListener('load', () => {
      const answer = request.response;
      if (leaveIfRefused(request.status, answer)) {
        return;
      }

      if (request.status === 201 && answer) {
        uploaded(file, answer);
      } else if (request.status === 413) {
        uploadFailed('The image is larger than 10 MB. Choose a smaller file.');
      } else {
        uploadFailed((answer && answer.detail) || 'The image could not be uploaded. Try another file.');
      }
    });
    request.addEventListener('error', () => uploadFailed('The upload did not go through. Check your connection and try again.'));
    const body = new FormData();
    body.append('file', file);
    request.send(body);
  }

  function uploaded(file, answer) {
    uploading = false;
    upload.id.value = answer.id;
    upload.progress.hidden = true;
    upload.status.textContent = `Uploaded: ${answer.width} × ${answer.height} pixels.`;
    upload.remove.hidden = false;

    // The preview is read from the file on this device (a data: URL, which the content policy allows).
    const reader = new FileReader();
    reader.addEventListener('load', () => {
      upload.thumb.src = reader.result;
      upload.thumb.alt = `Source image, ${answer.width} by ${answer.height} pixels`;
      upload.thumb.hidden = false;
    });
    reader.readAsDataURL(file);
  }

  function uploadFailed(message) {
    uploading = false;
    fields.source.value = '';
    upload.box.hidden = true;
    upload.progress.hidden = true;
    setFieldError('source-image', message);
  }

  /* ---------- Errors ---------- */

  const fieldNames = {
    modelid: 'model',
    prompt: 'prompt',
    width: 'width',
    height: 'height',
    durationseconds: 'duration',
    seed: 'seed',
    sourceimageid: 'source-image',
  };

  /** The same rule as StudioFields on the server: "parameters.width" and "width" both belong to the width input. */
  const fieldFor = (key) => fieldNames[key.split('.').pop().toLowerCase()] || null;

  function targetOf(field) {
    return field === 'model' ? form.querySelector('input[name="ModelId"]:checked') : form.querySelector(`#${field}`);
  }

  function setFieldError(field, message) {
    const error = form.querySelector(`#${field}-error`);
    const target = field === 'model' ? form.querySelector('fieldset.models') : targetOf(field);
    if (!error || !target) {
      return;
    }

    error.querySelector('[data-message]').textContent = message || '';
    error.hidden = !message;
    const described = (target.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && id !== error.id);
    if (message) {
      described.push(error.id);
      if (field !== 'model') {
        target.setAttribute('aria-invalid', 'true');
      }
    } else {
      target.removeAttribute('aria-invalid');
    }

    if (described.length) {
      target.setAttribute('aria-describedby', described.join(' '));
    } else {
      target.removeAttribute('aria-describedby');
    }
  }

  function clearErrors() {
    ['model', 'prompt', 'width', 'height', 'duration', 'seed', 'source-image'].forEach((field) => setFieldError(field, null));
    summary.hidden = true;
    payment.hidden = true;
    document.title = document.title.replace(/^Error: /, '');
  }

  /** Lists the problems at the top of the form, each a link to its field, and takes focus there. */
  function showSummary(problems, general) {
    const list = summary.querySelector('[data-error-list]');
    list.replaceChildren();
    if (general) {
      const paragraph = document.createElement('p');
      paragraph.textContent = general;
      list.append(paragraph);
    }

    problems.forEach(({ field, message }) => {
      const paragraph = document.createElement('p');
      const link = document.createElement('a');
      const target = targetOf(field);
      link.href = `#${target ? target.id : field}`;
      link.textContent = message;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        if (target) {
          target.focus();
        }
      });
      paragraph.append(link);
      list.append(paragraph);
    });

    summary.hidden = false;
    if (!document.title.startsWith('Error: ')) {
      document.title = `Error: ${document.title}`;
    }

    summary.focus();
  }

  function showFieldErrors(errors) {
    const problems = [];
    let general = null;
    Object.entries(errors).forEach(([key, messages]) => {
      const message = [].concat(messages)[0];
      const field = fieldFor(key);
      if (field) {
        setFieldError(field, message);
        problems.push({ field, message });
      } else {
        general = general || message;
      }
    });
    showSummary(problems, general);
  }

  /* ---------- Submitting ---------- */

  // One key per intended submission. A retry of the same request (a double click, a timeout, a lost answer)
  // reuses it, so the server makes one generation; a changed request or a new click after an answer gets a new one.
  let unanswered = null;
  let submitting = false;

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (submitting) {
      return;
    }

    clearErrors();
    if (uploading) {
      showSummary([{ field: 'source-image', message: 'Wait for the image to finish uploading.' }], null);
      return;
    }

    const { body, problems } = readForm();
    if (problems.length) {
      problems.forEach(({ field, message }) => setFieldError(field, message));
      showSummary(problems, null);
      return;
    }

    const request = JSON.stringify(body);
    const key = unanswered && unanswered.request === request ? unanswered.key : newKey();
    unanswered = { request, key };
    submitting = true;
    submitButton.setAttribute('aria-disabled', 'true');
    submitButton.classList.add('is-busy');
    submitButton.textContent = 'Sending…';
    try {
      await submit(body, key);
    } finally {
      submitting = false;
      submitButton.removeAttribute('aria-disabled');
      submitButton.classList.remove('is-busy');
      submitButton.textContent = 'Generate';
    }
  });

  async function submit(body, key) {
    for (let attempt = 0; attempt < 5; attempt++) {
      let answer;
      try {
        answer = await send('POST', '/api/generations', { json: body, headers: { 'Idempotency-Key': key } });
      } catch {
        showSummary([], 'Crëo could not be reached. Check your connection and try again: you will not be charged twice.');
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
        startFollowing({ id: data.id, status: data.status, prompt: body.prompt, kind: chosenModel().kind });
        refreshBalance();
      } else if (status === 402) {
        payment.querySelector('[data-payment-message]').textContent = (data && data.detail) || 'Your balance is too small for this.';
        payment.hidden = false;
        if (!document.title.startsWith('Error: ')) {
          document.title = `Error: ${document.title}`;
        }

        payment.focus();
        refreshBalance();
      } else if (status === 400 && data && data.errors) {
        showFieldErrors(data.errors);
      } else if (status === 409 && problemType(data) === 'idempotency-key-reused') {
        showSummary([], 'The settings changed while this was being sent. Check them and press Generate again.');
      } else {
        showSummary([], (data && data.detail) || 'Something went wrong on our side. Try again: you will not be charged twice.');
      }

      return;
    }

    showSummary([], 'Your request is still being handled. Check your gallery in a moment before trying again.');
  }

  function readForm() {
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

    const model = chosenModel();
    const parameters = { width: whole(fields.width, 'width'), height: whole(fields.height, 'height') };
    if (!fields.duration.disabled) {
      parameters.durationSeconds = whole(fields.duration, 'duration');
    }

    const seed = whole(fields.seed, 'seed', true);
    if (seed !== undefined) {
      parameters.seed = seed;
    }

    const body = { modelId: model.id, prompt: fields.prompt.value, parameters };
    if (!fields.source.disabled && upload.id.value) {
      body.sourceImageId = upload.id.value;
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

  /* ---------- Result ---------- */

  const view = {
    empty: result.querySelector('[data-result-empty]'),
    body: result.querySelector('[data-result-body]'),
    steps: result.querySelectorAll('[data-step]'),
    progress: result.querySelector('[data-result-progress]'),
    status: result.querySelector('[data-result-status]'),
    media: result.querySelector('[data-result-media]'),
    actions: result.querySelector('[data-result-actions]'),
  };
  let following = null;
  let shownStatus = result.dataset.status || null;

  function startFollowing(generation) {
    if (following) {
      following.abort();
    }

    following = new AbortController();
    result.dataset.generationId = generation.id;
    shownStatus = null;
    view.media.replaceChildren();
    render(generation);
    window.history.replaceState(null, '', `/studio?generation=${encodeURIComponent(generation.id)}`);
    if (result.getBoundingClientRect().top > window.innerHeight) {
      result.scrollIntoView({ block: 'start', behavior: 'smooth' });
    }

    const controller = following;
    follow(generation.id, (latest) => {
      if (latest && !controller.signal.aborted) {
        render(latest);
      }
    }, controller.signal).then((last) => {
      if (last && !isPending(last.status)) {
        refreshBalance();
      }
    }).catch(() => {});
  }

  function render(generation) {
    view.empty.hidden = true;
    view.body.hidden = false;
    const stage = generation.status === 'queued' ? 0 : generation.status === 'running' ? 1 : 2;
    view.steps.forEach((step) => {
      const index = Number(step.dataset.step);
      step.classList.toggle('step-done', index < stage || (stage === 2 && index === 2));
      if (index === stage) {
        step.setAttribute('aria-current', 'step');
      } else {
        step.removeAttribute('aria-current');
      }
    });
    view.progress.hidden = !isPending(generation.status);

    // Only a change of status is written, so the live region speaks once per step, not once per poll.
    if (generation.status !== shownStatus) {
      shownStatus = generation.status;
      result.dataset.status = generation.status;
      const word = document.createElement('strong');
      word.textContent = `${statusWords[generation.status] || generation.status}.`;
      view.status.replaceChildren(word, ` ${statusExplanations[generation.status] || ''}`);
      if (generation.error) {
        const error = document.createElement('span');
        error.className = 'result-error';
        error.textContent = generation.error;
        view.status.append(' ', error);
      }

      renderMedia(generation);
      renderActions(generation);
    }
  }

  function renderMedia(generation) {
    const output = generation.status === 'succeeded' && generation.outputs && generation.outputs[0];
    if (!output) {
      view.media.replaceChildren();
      return;
    }

    let media;
    if (output.contentType.startsWith('video/')) {
      media = document.createElement('video');
      media.controls = true;
      media.playsInline = true;
      media.setAttribute('aria-label', describe(generation));
    } else {
      media = document.createElement('img');
      media.alt = describe(generation);
    }

    media.width = generation.width;
    media.height = generation.height;
    media.src = output.url;
    view.media.replaceChildren(media);
  }

  function renderActions(generation) {
    const details = document.createElement('a');
    details.href = `/generations/${generation.id}`;
    details.textContent = 'Details and receipt';
    details.dataset.resultDetails = '';
    const links = [details];
    const output = generation.status === 'succeeded' && generation.outputs && generation.outputs[0];
    if (output) {
      const download = document.createElement('a');
      download.className = 'button button-secondary button-small';
      download.href = output.url;
      download.download = downloadName(generation, output);
      download.textContent = 'Download';
      links.push(download);
    }

    view.actions.replaceChildren(...links);
  }

  // A page opened on a generation still running (a reload, the form posted without scripts) picks it up.
  if (result.dataset.generationId && isPending(result.dataset.status)) {
    const id = result.dataset.generationId;
    following = new AbortController();
    const controller = following;
    follow(id, (latest) => {
      if (latest && !controller.signal.aborted) {
        render(latest);
      }
    }, controller.signal).then(() => refreshBalance()).catch(() => {});
  }

  scheduleQuote(0);
}

function credits(count) {
  return count === 1 ? '1 credit' : `${count.toLocaleString('en')} credits`;
}
