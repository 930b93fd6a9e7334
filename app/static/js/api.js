// The dashboard's calls to the Diplograph API. Errors come back as RFC 9457 problems; we keep `detail`.

export class ApiError extends Error {
  constructor(status, detail, body) {
    super(detail);
    this.status = status;
    this.body = body;
  }
}

/** GET a JSON resource under the API; params with empty values are left out. */
export async function getJson(path, params = {}, signal = undefined) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, String(value));
  }
  const response = await fetch(url, { headers: { Accept: "application/json" }, signal });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = (body && typeof body.detail === "string") ? body.detail : `HTTP ${response.status}`;
    throw new ApiError(response.status, detail, body);
  }
  return body;
}

/** Build a URL for a download (exports), with the same parameter rules. */
export function urlFor(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(key, String(value));
  }
  return url.pathname + url.search;
}
