// The prompt's counter: the length as it is typed, and, near the limit the page names, how many are left.

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
}
