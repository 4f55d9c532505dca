// The source image: uploaded as soon as it is chosen (POST /api/uploads) with a progress bar, then shown as a
// thumbnail with its size; the form sends only the upload's id. A file over the limit the page names is refused
// here, before a byte is sent.

import { csrfToken, leaveIfRefused } from '../api.js';

export function enableUpload(studio, errors) {
  const { form, fields, limits } = studio;
  const view = {
    box: form.querySelector('[data-upload]'),
    progress: form.querySelector('.upload-progress'),
    thumb: form.querySelector('[data-upload-thumb]'),
    status: form.querySelector('[data-upload-status]'),
    remove: form.querySelector('[data-upload-remove]'),
    id: form.querySelector('[data-source-image-id]'),
  };
  const tooLarge = `The image is larger than ${megabytes(limits.uploadBytes)} MB. Choose a smaller file.`;

  fields.source.addEventListener('change', () => {
    const file = fields.source.files && fields.source.files[0];
    if (file) {
      upload(file);
    }
  });

  view.remove.addEventListener('click', () => {
    remove();
    fields.source.focus();
  });

  function remove() {
    view.id.value = '';
    fields.source.value = '';
    view.box.hidden = true;
    view.thumb.hidden = true;
    view.thumb.removeAttribute('src');
    view.status.textContent = '';
    view.remove.hidden = true;
  }

  async function upload(file) {
    errors.setField('source-image', null);
    view.id.value = '';
    if (file.size > limits.uploadBytes) {
      fields.source.value = '';
      view.box.hidden = true;
      errors.setField('source-image', tooLarge);
      return;
    }

    studio.uploading = true;
    view.box.hidden = false;
    view.thumb.hidden = true;
    view.remove.hidden = true;
    view.progress.hidden = false;
    view.progress.value = 0;
    view.status.textContent = `Uploading ${file.name}…`;

    let token;
    try {
      token = await csrfToken();
    } catch {
      failed('The upload could not start. Reload the page and try again.');
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
        view.progress.value = Math.round((event.loaded / event.total) * 100);
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
        failed(tooLarge);
      } else {
        failed((answer && answer.detail) || 'The image could not be uploaded. Try another file.');
      }
    });
    request.addEventListener('error', () => failed('The upload did not go through. Check your connection and try again.'));
    const body = new FormData();
    body.append('file', file);
    request.send(body);
  }

  function uploaded(file, answer) {
    studio.uploading = false;
    view.id.value = answer.id;
    view.progress.hidden = true;
    view.status.textContent = `Uploaded: ${answer.width} × ${answer.height} pixels.`;
    view.remove.hidden = false;

    // The preview is read from the file on this device (a data: URL, which the content policy allows).
    const reader = new FileReader();
    reader.addEventListener('load', () => {
      view.thumb.src = reader.result;
      view.thumb.alt = `Source image, ${answer.width} by ${answer.height} pixels`;
      view.thumb.hidden = false;
    });
    reader.readAsDataURL(file);
  }

  function failed(message) {
    studio.uploading = false;
    fields.source.value = '';
    view.box.hidden = true;
    view.progress.hidden = true;
    errors.setField('source-image', message);
  }

  /** The uploaded image's id, or '' when there is none. */
  const sourceImageId = () => view.id.value;

  return { remove, sourceImageId };
}

/** Megabytes as the server words its own limit ("10 MB"), to one decimal place when it is not whole. */
function megabytes(bytes) {
  return Number((bytes / (1024 * 1024)).toFixed(1)).toLocaleString('en');
}
