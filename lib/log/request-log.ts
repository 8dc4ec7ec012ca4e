import { headers } from "next/headers";
import { log, type Logger } from "./index";
import { REQUEST_ID_HEADER } from "./request-id";

/**
 * The log for the request being served: every line carries the request id proxy.ts gave it (and
 * sent back in the X-Request-Id response header), so one person's failed post can be found in
 * the logs. Outside a request (the worker, scripts, tests calling lib code directly) it is the
 * plain log.
 */
export async function requestLog(): Promise<Logger> {
  let requestId: string | null = null;
  try {
    requestId = (await headers()).get(REQUEST_ID_HEADER);
  } catch {
    // Not serving a request.
  }
  return requestId ? log.child({ requestId }) : log;
}
