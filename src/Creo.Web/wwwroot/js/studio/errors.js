// Refusals, shown as the server shows them: a message next to each field (tied to it with aria-describedby and
// aria-invalid), shown there only; a summary at the top naming each field as a link to it (never repeating the
// message); and the separate "Not enough credits" alert.

const fieldNames = {
  modelid: 'model',
  prompt: 'prompt',
  width: 'width',
  height: 'height',
  durationseconds: 'duration',
  seed: 'seed',
  sourceimageid: 'source-image',
};

/** The same words as StudioFields.Label on the server. */
const fieldLabels = {
  model: 'Model',
  prompt: 'Prompt',
  width: 'Width',
  height: 'Height',
  duration: 'Duration',
  seed: 'Seed',
  'source-image': 'Source image',
};

/** The same rule as StudioFields on the server: "parameters.width" and "width" both belong to the width input. */
const fieldFor = (key) => fieldNames[key.split('.').pop().toLowerCase()] || null;

export function createErrors(studio) {
  const { form } = studio;
  const summary = form.querySelector('#studio-errors');
  const payment = form.querySelector('#studio-payment');

  const targetOf = (field) =>
    field === 'model' ? form.querySelector('input[name="ModelId"]:checked') : form.querySelector(`#${field}`);

  function setField(field, message) {
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

  function clear() {
    ['model', 'prompt', 'width', 'height', 'duration', 'seed', 'source-image'].forEach((field) => setField(field, null));
    summary.hidden = true;
    payment.hidden = true;
    document.title = document.title.replace(/^Error: /, '');
  }

  /** Names the refused fields at the top of the form, each a link to it, and takes focus there. */
  function showSummary(problems, general) {
    const list = summary.querySelector('[data-error-list]');
    list.replaceChildren();
    if (general) {
      const paragraph = document.createElement('p');
      paragraph.textContent = general;
      list.append(paragraph);
    }

    const fields = [...new Set(problems.map(({ field }) => field))];
    if (fields.length) {
      const paragraph = document.createElement('p');
      paragraph.append(`Check ${fields.length === 1 ? 'this field' : 'these fields'}: `);
      fields.forEach((field) => {
        const link = document.createElement('a');
        const target = targetOf(field);
        link.className = 'error-field-link';
        link.href = `#${target ? target.id : field}`;
        link.textContent = fieldLabels[field] || field;
        link.addEventListener('click', (event) => {
          event.preventDefault();
          if (target) {
            target.focus();
          }
        });
        paragraph.append(link, ' ');
      });
      list.append(paragraph);
    }

    summary.hidden = false;
    markTitle();
    summary.focus();
  }

  /** The API's "errors" object: each message next to its field, named in the summary; the rest as one general line. */
  function showFields(errors) {
    const problems = [];
    let general = null;
    Object.entries(errors).forEach(([key, messages]) => {
      const message = [].concat(messages)[0];
      const field = fieldFor(key);
      if (field) {
        setField(field, message);
        problems.push({ field, message });
      } else {
        general = general || message;
      }
    });
    showSummary(problems, general);
  }

  /** The balance is short: its own alert, with the way to credits the page already holds. */
  function showPayment(message) {
    payment.querySelector('[data-payment-message]').textContent = message;
    payment.hidden = false;
    markTitle();
    payment.focus();
  }

  return { setField, clear, showSummary, showFields, showPayment };
}

/** A page showing a refusal says so first in its title, as the server's own error pages do. */
function markTitle() {
  if (!document.title.startsWith('Error: ')) {
    document.title = `Error: ${document.title}`;
  }
}
