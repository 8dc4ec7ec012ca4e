// Relative imports only: proxy.ts loads this.

export const REQUEST_ID_HEADER = "x-request-id";

/**
 * Ids a load balancer or platform in front of us may already have given the request: a UUID
 * (Heroku, many platforms) or 16–64 hex digits (nginx's $request_id). Anything else is replaced,
 * so a caller cannot put words (or personal data) into our logs through this header.
 */
const ACCEPTED = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{16,64})$/i;

/** The id every log line about this request carries: the incoming one if it is well formed, else a new one. */
export function requestIdFor(incoming: string | null | undefined): string {
  return incoming && ACCEPTED.test(incoming) ? incoming : crypto.randomUUID();
}
