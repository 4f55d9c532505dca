// Follows a generation until it finishes, by polling GET /api/generations/{id}. The words match
// GenerationStatusNames on the server, so a live update reads the same as a reloaded page.

import { send, leaveIfRefused } from './api.js';
import { sleep } from './page.js';

export const statusWords = {
  queued: 'Queued',
  running: 'Running',
  succeeded: 'Ready',
  failed: 'Failed',
  canceled: 'Canceled',
};

export const statusExplanations = {
  queued: 'Waiting for a free model. This usually takes a few seconds.',
  running: 'The model is working on it.',
  succeeded: 'It is also kept in your gallery.',
  failed: 'The model could not finish this one. The credits held for it were returned.',
  canceled: 'Canceled. The credits held for it were returned.',
};

export function isPending(status) {
  return status === 'queued' || status === 'running';
}

/**
 * Calls onUpdate with each answer until the generation leaves queued and running, and returns the last one
 * (null if it is gone). Asks often at first, when a local model is nearly done, then less often; a failed
 * request is simply asked again.
 */
export async function follow(id, onUpdate, signal) {
  let delay = 600;
  for (;;) {
    try {
      const { status, data } = await send('GET', `/api/generations/${encodeURIComponent(id)}`, { signal });
      if (leaveIfRefused(status, data)) {
        return null;
      }

      if (status === 404) {
        onUpdate(null);
        return null;
      }

      if (status === 200 && data) {
        onUpdate(data);
        if (!isPending(data.status)) {
          return data;
        }
      }
    } catch (error) {
      if (signal && signal.aborted) {
        throw error;
      }
    }

    await sleep(delay, signal);
    delay = Math.min(Math.round(delay * 1.3), 4000);
  }
}

/** The same download name the server gives: the output URL ends in an opaque token with no extension. */
export function downloadName(generation, output) {
  const subtype = output.contentType.split('/')[1] || '';
  const extension = subtype === 'jpeg' ? 'jpg' : (['png', 'webp', 'gif', 'mp4', 'webm'].includes(subtype) ? subtype : 'bin');
  const created = new Date(generation.createdAt).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `creo-${created}-${generation.id.replace(/-/g, '').slice(0, 8)}.${extension}`;
}

export function describe(generation) {
  return `${generation.kind === 'video' ? 'Video' : 'Image'} made from the prompt: ${generation.prompt}`;
}
