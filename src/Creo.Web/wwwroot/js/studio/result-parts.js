// The result's picture and its actions, drawn as the server draws them in _StudioResult.cshtml: the picture a
// link that opens it full size, then Download, Use this prompt again, and the generation's own page.

import { downloadName, describe } from '../follow.js';

/** Draws the output of a finished run (or nothing), and returns the element it drew. */
export function renderMedia(view, generation) {
  const output = generation.status === 'succeeded' && generation.outputs && generation.outputs[0];
  if (!output) {
    view.media.replaceChildren();
    return null;
  }

  let media;
  if (output.contentType.startsWith('video/')) {
    // Only the metadata is fetched until the person plays it; seeking asks for byte ranges (the media route honours Range).
    media = document.createElement('video');
    media.controls = true;
    media.playsInline = true;
    media.preload = 'metadata';
    media.poster = `/generations/${generation.id}/thumbnail`;
    media.setAttribute('aria-label', describe(generation));
  } else {
    media = document.createElement('img');
    media.alt = describe(generation);
  }

  // A video's own picture size, read from its file, when the server knows it.
  media.width = output.width || generation.width;
  media.height = output.height || generation.height;
  media.src = output.url;
  if (media.tagName === 'IMG') {
    const zoom = document.createElement('a');
    zoom.href = output.url;
    zoom.className = 'media-zoom';
    zoom.dataset.lightboxOpen = '';
    zoom.setAttribute('aria-describedby', 'zoom-hint');
    zoom.append(media);
    view.media.replaceChildren(zoom);
  } else {
    view.media.replaceChildren(media);
  }

  return media;
}

export function renderActions(view, generation) {
  const links = [];
  const output = generation.status === 'succeeded' && generation.outputs && generation.outputs[0];
  if (output) {
    const download = link('button button-primary button-small', output.url, 'Download', 'resultDownload');
    download.download = downloadName(generation, output);
    links.push(download);
  }

  links.push(link('button button-secondary button-small', `/studio?from=${encodeURIComponent(generation.id)}`, 'Use this prompt again', 'resultReuse'));
  links.push(link(null, `/generations/${generation.id}`, 'Details and receipt', 'resultDetails'));
  view.actions.replaceChildren(...links);
}

function link(className, href, text, data) {
  const anchor = document.createElement('a');
  if (className) {
    anchor.className = className;
  }

  anchor.href = href;
  anchor.textContent = text;
  anchor.dataset[data] = '';
  return anchor;
}
