// The prompt: a counter that speaks near the limit, and Ctrl+Enter (Cmd+Enter on a Mac) to generate from it.

export function enablePromptCounter(studio) {
  const { form, fields, limits } = studio;
  const count = form.querySelector('[data-count]');
  const announcer = form.querySelector('[data-count-announcer]');
  let timer;
  fields.prompt.addEventListener('input', () => {
    const length = fields.prompt.value.length;
    count.textContent = length.toLocaleString('en');
    // Spoken only near the limit, and only once typing pauses, so it never talks over the typing.
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const left = limits.promptLength - length;
      announcer.textContent = left <= 200 ? `${left} characters left` : '';
    }, 800);
  });

  const keysHint = form.querySelector('[data-keys-hint]');
  if (keysHint) {
    keysHint.hidden = false;
  }

  fields.prompt.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
}
