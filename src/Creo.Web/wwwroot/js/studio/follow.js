// The result, first on the page: a submission (or a page opened on a run still going) is followed by polling
// until it finishes. Each change of status redraws the steps, the status line, the picture and its actions;
// while it runs, the elapsed time counts and the provider's queue place shows when it gives one. When it is done
// and out of sight (a phone, where the form pushed it off the screen), it is scrolled into view.

import { follow, statusWords, statusExplanations, isPending } from '../follow.js';
import { renderMedia, renderActions } from './result-parts.js';

export function enableResult(price) {
  const result = document.querySelector('[data-result]');
  const view = {
    empty: result.querySelector('[data-result-empty]'),
    body: result.querySelector('[data-result-body]'),
    steps: result.querySelectorAll('[data-step]'),
    progress: result.querySelector('[data-result-progress]'),
    status: result.querySelector('[data-result-status]'),
    timing: result.querySelector('[data-result-timing]'),
    elapsed: result.querySelector('[data-elapsed]'),
    queue: result.querySelector('[data-queue]'),
    media: result.querySelector('[data-result-media]'),
    actions: result.querySelector('[data-result-actions]'),
  };
  let following = null;
  let shownStatus = result.dataset.status || null;
  const clock = createClock(view);

  /** Shows a run just submitted and follows it; the balance is asked for again when it ends. */
  function start(generation) {
    if (following) {
      following.abort();
    }

    following = new AbortController();
    result.dataset.generationId = generation.id;
    shownStatus = null;
    view.media.replaceChildren();
    clock.start(Date.now());
    render(generation);
    window.history.replaceState(null, '', `/studio?generation=${encodeURIComponent(generation.id)}`);
    bringIntoView(result);
    track(generation.id, following).then((last) => {
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

    // Counted from when it was asked for, but never from the future, should this device's clock be behind.
    const asked = Date.parse(result.dataset.createdAt);
    clock.start(Number.isFinite(asked) ? Math.min(asked, Date.now()) : Date.now());
    following = new AbortController();
    track(result.dataset.generationId, following).then(() => price.refreshBalance()).catch(() => {});
  }

  function track(id, controller) {
    return follow(id, (latest) => {
      if (latest && !controller.signal.aborted) {
        render(latest);
      }
    }, controller.signal);
  }

  function render(generation) {
    view.empty.hidden = true;
    view.body.hidden = false;
    const pending = isPending(generation.status);
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
    view.progress.hidden = !pending;
    view.queue.textContent = pending && typeof generation.queuePosition === 'number'
      ? `Place in the model's queue: ${generation.queuePosition}.`
      : '';
    if (!pending) {
      clock.stop();
    }

    // Only a change of status is written, so the live region speaks once per step, not once per poll.
    if (generation.status !== shownStatus) {
      const wasPending = isPending(shownStatus);
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

      const media = renderMedia(view, generation);
      renderActions(view, generation);
      if (wasPending && !pending) {
        finished(media);
      }
    }
  }

  /** The run ended: once its picture has its size, it is brought into view if it is not already. */
  function finished(media) {
    if (media && media.tagName === 'IMG' && !media.complete) {
      media.addEventListener('load', () => bringIntoView(result), { once: true });
    } else {
      bringIntoView(result);
    }
  }

  return { start, resume };
}

/** The elapsed time, counted each second while the run goes on, and left showing how long it took. */
function createClock(view) {
  let since = null;
  let timer = null;
  const write = () => {
    view.elapsed.textContent = `${timer ? 'Elapsed' : 'Took'} ${duration(Date.now() - since)}.`;
  };

  return {
    start(from) {
      window.clearInterval(timer);
      since = from;
      view.timing.hidden = false;
      timer = window.setInterval(write, 1000);
      write();
    },
    stop() {
      if (timer) {
        window.clearInterval(timer);
        timer = null;
        write();
      }
    },
  };
}

/** "0:07", "1:05": minutes and seconds, as a stopwatch shows them. */
function duration(milliseconds) {
  const seconds = Math.max(0, Math.floor(milliseconds / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function bringIntoView(element) {
  const box = element.getBoundingClientRect();
  if (box.top >= 0 && box.top < window.innerHeight * 0.5) {
    return;
  }

  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
}
