// Calls to Crëo's own API from its pages. The session cookie goes along by itself; every unsafe request also
// carries the antiforgery token, which the pages already hold in their forms (GET /api/auth/csrf otherwise).

let token;

export async function csrfToken() {
  if (token) {
    return token;
  }

  const field = document.querySelector('input[name="__RequestVerificationToken"]');
  if (field && field.value) {
    token = field.value;
    return token;
  }

  const response = await fetch('/api/auth/csrf', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error('No antiforgery token');
  }

  token = (await response.json()).token;
  return token;
}

/** Sends a request and reads a JSON answer if there is one: { status, ok, data }. Network failures throw. */
export async function send(method, url, { json, headers = {}, signal } = {}) {
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json', ...headers }, signal };
  if (method !== 'GET') {
    init.headers['X-CSRF-TOKEN'] = await csrfToken();
  }

  if (json !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(json);
  }

  const response = await fetch(url, init);
  return { status: response.status, ok: response.ok, data: await readJson(response) };
}

async function readJson(response) {
  if (!(response.headers.get('content-type') || '').includes('json')) {
    return null;
  }

  try {
    return await response.json();
  } catch {
    return null;
  }
}

/** The last segment of a problem's type: clients branch on "insufficient-credits", never on titles. */
export function problemType(problem) {
  return problem && typeof problem.type === 'string' ? problem.type.split('/').pop() : '';
}

/**
 * A session that ended or an account that still owes onboarding cannot go on here; the page goes where the
 * server would send it. Returns true when it did.
 */
export function leaveIfRefused(status, problem) {
  if (status === 401) {
    window.location.assign('/signin');
    return true;
  }

  if (status === 403 && problemType(problem) === 'onboarding-required') {
    window.location.assign('/onboarding');
    return true;
  }

  return false;
}
