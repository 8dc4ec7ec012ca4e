// Runs one autocannon load in its own process, so it can be pinned to a core away from the
// server (`taskset`). Reads its options as JSON from argv[2]; prints the summary as JSON.
import autocannon from "autocannon";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";

interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** `[<id>]` in the body becomes a fresh random id on every request (unique idempotency keys). */
  body?: string;
  /**
   * A JSON file holding an array of substitutions: request n fills `{{name}}` in the headers and
   * body from entry n (`{{uuid}}` is always a fresh UUID). Used when each request needs its own
   * cookie and idempotency key.
   */
  variantsFile?: string;
}

const options = JSON.parse(process.argv[2] ?? "{}") as LoadOptions;
const variants = options.variantsFile
  ? (JSON.parse(readFileSync(options.variantsFile, "utf8")) as Record<string, string>[])
  : null;
let used = 0;
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => (name === "uuid" ? randomUUID() : (values[name] ?? "")));

const result = await autocannon({
  url: options.url,
  connections: options.connections,
  duration: options.durationSeconds,
  method: options.method ?? "GET",
  headers: options.headers,
  body: options.body,
  idReplacement: Boolean(options.body?.includes("[<id>]")),
  ...(variants || options.body?.includes("{{")
    ? {
        requests: [
          {
            setupRequest: (request: autocannon.Request) => {
              const values = variants?.[used % variants.length] ?? {};
              used++;
              const headers = Object.fromEntries(
                Object.entries(options.headers ?? {}).map(([k, v]) => [k, fill(v, values)]),
              );
              return { ...request, headers, body: fill(options.body ?? "", values) };
            },
          },
        ],
      }
    : {}),
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
    variantsUsed: used,
  }),
);
