// The result beside the form: a submission (or a page opened on a run still going) is followed by polling
// until it finishes, and each change of status redraws the steps, the status line, the picture and its links.

import { follow, statusWords, statusExplanations, isPending, downloadName, describe } from '../follow.js';

export function enableResult(price) {
  const result = document.querySelector('[data-result]');
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

  /** Shows a run just submitted and follows it; the balance is asked for again when it ends. */
  function start(generation) {
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
        price.refreshBalance();
      }
    }).catch(() => {});
  }

  /** Picks up the run the page was drawn with, if it is still queued or running. */
  function resume() {
    if (!result.dataset.generationId || !isPending(result.dataset.status)) {
      return;
    }

    const id = result.dataset.generationId;
    following = new AbortController();
    const controller = following;
    follow(id, (latest) => {
      if (latest && !controller.signal.aborted) {
        render(latest);
      }
    }, controller.signal).then(() => price.refreshBalance()).catch(() => {});
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

      renderMedia(view, generation);
      renderActions(view, generation);
    }
  }

  return { start, resume };
}

function renderMedia(view, generation) {
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

function renderActions(view, generation) {
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
