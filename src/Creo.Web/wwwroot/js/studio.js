// The studio, enhanced: the model's limits follow the chosen model, the price follows the parameters
// (GET /api/models/{id}/quote) and Generate waits while it is above the balance, the size has shapes and a
// slider that stop at sizes the model makes, the source image uploads with a progress bar (POST /api/uploads),
// and a submission (POST /api/generations) is followed live, with its elapsed time, until the result shows large
// (a click opens it full size). Without this script the same form posts to the page and everything still works,
// one reload at a time.
//
// Each part has a module of its own under ./studio/; this file only wires them. What they share (the form, its
// fields, the limits the page names, whether an upload is under way) is the one object readStudio returns.

import { hideFallbacks } from './page.js';
import { readStudio } from './studio/context.js';
import { createErrors } from './studio/errors.js';
import { enablePrice } from './studio/price.js';
import { enableUpload } from './studio/upload.js';
import { enableModelChoice } from './studio/model.js';
import { enablePromptCounter } from './studio/prompt.js';
import { enableResult } from './studio/follow.js';
import { enableSubmit } from './studio/submit.js';
import { enableSize } from './studio/size.js';
import { enableLightbox } from './studio/lightbox.js';

const form = document.querySelector('[data-studio]');
if (form) {
  start(form);
}

function start(form) {
  const studio = readStudio(form);

  // The script checks and explains everything itself, next to the fields, as the server does.
  form.noValidate = true;
  hideFallbacks();

  const errors = createErrors(studio);
  const price = enablePrice(studio);
  const upload = enableUpload(studio, errors);
  const size = enableSize(studio, { price, errors });
  enableModelChoice(studio, { errors, upload, price, size });
  enablePromptCounter(studio);
  const result = enableResult(price);
  enableLightbox();
  enableSubmit(studio, { errors, price, upload, result });

  // A page opened on a generation still running (a reload, the form posted without scripts) picks it up.
  result.resume();
  price.schedule(0);
}
