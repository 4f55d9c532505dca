// The model choice. Each model has its own limits (the models the page lists), so choosing one moves the size
// inputs' ranges, shows or hides the duration and the source image, and asks for a new price.

export function chosenModel(studio) {
  const checked = studio.form.querySelector('input[name="ModelId"]:checked');
  return studio.models.find((model) => checked && model.id === checked.value) || studio.models[0];
}

export function enableModelChoice(studio, { errors, upload, price, size }) {
  const { form, fields } = studio;
  form.querySelectorAll('input[name="ModelId"]').forEach((radio) => {
    radio.addEventListener('change', () => apply());
  });

  function apply() {
    const model = chosenModel(studio);
    const parameters = model.parameters;
    const description = form.querySelector('[data-model-description]');
    if (description) {
      description.textContent = model.description || '';
      description.hidden = !model.description;
    }

    setRange(form, fields.width, 'width', parameters.width);
    setRange(form, fields.height, 'height', parameters.height);
    size.sync();

    const video = model.kind === 'video' && parameters.durationSeconds;
    showField(form, 'duration', Boolean(video));
    if (video) {
      setRange(form, fields.duration, 'duration', parameters.durationSeconds);
    }

    showField(form, 'source-image', parameters.sourceImage);
    if (!parameters.sourceImage) {
      upload.remove();
    }

    errors.clear();
    price.schedule(0);
  }
}

/** Gives an input the model's limits, and moves a value the new model cannot take to the nearest it can. */
function setRange(form, input, name, range) {
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

function showField(form, name, shown) {
  const wrapper = form.querySelector(`[data-field="${name}"]`);
  wrapper.hidden = !shown;
  wrapper.querySelectorAll('input').forEach((input) => {
    input.disabled = !shown;
  });
}
