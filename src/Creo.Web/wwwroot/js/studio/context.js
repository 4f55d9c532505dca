// What the parts of the studio share, read once from the page: the form and its fields, the models the page
// lists (each with its own size ranges), the limits the page names, and whether an upload is under way.
// The limits are data- attributes the page writes from the server's own constants (Generation.MaxPromptLength,
// Upload.MaxBytes), so the script never holds a number of its own that could drift from the server's.

export function readStudio(form) {
  const $ = (selector) => form.querySelector(selector);
  return {
    form,
    models: JSON.parse(document.getElementById('studio-models').textContent),
    limits: {
      promptLength: Number(form.dataset.promptLimit),
      uploadBytes: Number(form.dataset.maxUploadBytes),
    },
    fields: {
      prompt: $('#prompt'),
      width: $('#width'),
      height: $('#height'),
      duration: $('#duration'),
      seed: $('#seed'),
      source: $('#source-image'),
    },

    // True while a source image is on its way up: a submission then waits for it rather than going without it.
    uploading: false,
  };
}
