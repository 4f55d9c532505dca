// The size: a shape (aspect ratio) and a slider for the longer side that stops only at sizes the chosen model
// makes. The width and height boxes stay, for an exact size; a number off the model's grid is moved to the
// nearest size it makes (1000 becomes 1024) and the note says so, instead of being refused at Generate.

import { chosenModel } from './model.js';

const ratios = { '1:1': 1, '3:2': 3 / 2, '2:3': 2 / 3, '16:9': 16 / 9, '9:16': 9 / 16 };

/** The nearest value the range allows: inside its limits and on its steps. */
export function snap(value, range) {
  const clamped = Math.min(range.max, Math.max(range.min, value));
  const stepped = range.min + Math.round((clamped - range.min) / range.step) * range.step;
  return stepped > range.max ? stepped - range.step : stepped;
}

export function enableSize(studio, { price, errors }) {
  const { form, fields } = studio;
  const tools = form.querySelector('[data-size-tools]');
  const slider = form.querySelector('[data-size-slider]');
  const output = form.querySelector('[data-size-output]');
  const note = form.querySelector('[data-size-note]');
  const radios = Array.from(form.querySelectorAll('[data-ratio]'));
  tools.hidden = false;

  const limits = () => chosenModel(studio).parameters;
  const checkedRatio = () => {
    const radio = radios.find((candidate) => candidate.checked);
    return radio ? ratios[radio.value] : null;
  };

  /** Width and height for a longer side and a ratio (width over height), each on its own grid. */
  function sizeFor(longer, ratio) {
    const { width, height } = limits();
    return ratio >= 1
      ? { w: snap(longer, width), h: snap(longer / ratio, height) }
      : { w: snap(longer * ratio, width), h: snap(longer, height) };
  }

  /** The slider runs over the longer sides whose shorter side the model can still make at this ratio. */
  function setSliderRange(ratio) {
    const range = ratio >= 1 ? limits().width : limits().height;
    const shortRange = ratio >= 1 ? limits().height : limits().width;
    const shortOf = (longer) => (ratio >= 1 ? longer / ratio : longer * ratio);
    let first = range.min;
    while (first < range.max && shortOf(first) < shortRange.min - shortRange.step / 2) {
      first += range.step;
    }

    slider.min = first;
    slider.max = range.max;
    slider.step = range.step;
  }

  function show() {
    const w = Number(fields.width.value);
    const h = Number(fields.height.value);
    output.textContent = `${w} × ${h} pixels`;
    slider.setAttribute('aria-valuetext', `${w} by ${h} pixels`);
  }

  function write({ w, h }) {
    fields.width.value = w;
    fields.height.value = h;
    errors.setField('width', null);
    errors.setField('height', null);
    show();
    price.schedule(150);
  }

  /** The shape and the slider follow the boxes: the ratio they make, if it is one of the shapes, and the longer side. */
  function sync() {
    const w = Number(fields.width.value);
    const h = Number(fields.height.value);
    if (!(w > 0 && h > 0)) {
      return;
    }

    radios.forEach((radio) => {
      radio.checked = Math.abs(ratios[radio.value] - w / h) < 0.04;
    });
    setSliderRange(checkedRatio() ?? w / h);
    slider.value = Math.max(w, h);
    show();
  }

  radios.forEach((radio) => {
    radio.addEventListener('change', () => {
      const ratio = ratios[radio.value];
      setSliderRange(ratio);
      const longer = Math.max(Number(fields.width.value) || 0, Number(fields.height.value) || 0);
      write(sizeFor(Math.min(Number(slider.max), Math.max(Number(slider.min), longer)), ratio));
      slider.value = Math.max(Number(fields.width.value), Number(fields.height.value));
      note.textContent = '';
    });
  });

  slider.addEventListener('input', () => {
    const w = Number(fields.width.value);
    const h = Number(fields.height.value);
    write(sizeFor(Number(slider.value), checkedRatio() ?? (w > 0 && h > 0 ? w / h : 1)));
    note.textContent = '';
  });

  [['width', fields.width], ['height', fields.height]].forEach(([name, input]) => {
    input.addEventListener('input', () => show());
    input.addEventListener('change', () => {
      const value = Number(input.value);
      if (input.value.trim() === '' || !Number.isFinite(value)) {
        return;
      }

      const range = limits()[name];
      const snapped = snap(value, range);
      if (snapped !== value) {
        input.value = snapped;
        note.textContent = `${name === 'width' ? 'Width' : 'Height'} set to ${snapped}: ${chosenModel(studio).name} makes ${range.min} to ${range.max}${range.step === 1 ? '' : `, in steps of ${range.step}`}.`;
        errors.setField(name, null);
        price.schedule(0);
      }

      sync();
    });
  });

  sync();
  return { sync };
}
