// Runs one autocannon load in its own process, so it can be pinned to a core away from the
// server (`taskset`). Reads its options as JSON from argv[2]; prints the summary as JSON.
import autocannon from "autocannon";

interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** `[<id>]` in the body becomes a fresh random id on every request (unique idempotency keys). */
  body?: string;
}

const options = JSON.parse(process.argv[2] ?? "{}") as LoadOptions;
const result = await autocannon({
  url: options.url,
  connections: options.connections,
  duration: options.durationSeconds,
  method: options.method ?? "GET",
  headers: options.headers,
  body: options.body,
  idReplacement: Boolean(options.body?.includes("[<id>]")),
});
console.log(
  JSON.stringify({
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes: result.statusCodeStats,
  }),
);
