import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "./fixtures";
import { hiddenFields } from "./helpers/action-fields";
import { E2E_PORT } from "./playwright.config";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

test("every response carries a request id: a well-formed incoming one is kept, anything else replaced", async ({
  request,
}) => {
  const fresh = (await request.get("/refer/adult/risk")).headers()["x-request-id"];
  expect(fresh).toMatch(UUID);
  expect((await request.get("/refer/adult/risk")).headers()["x-request-id"]).not.toBe(fresh);
  const platform = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
  expect((await request.get("/", { headers: { "X-Request-Id": platform } })).headers()["x-request-id"]).toBe(platform);
  const replaced = (await request.get("/", { headers: { "X-Request-Id": "alex-testperson" } })).headers()[
    "x-request-id"
  ];
  expect(replaced).toMatch(UUID);
});

test("a failed save's log line carries the request id the person's response carried", async ({ playwright }) => {
  test.setTimeout(180_000);
  // A second web process of the same build whose database is unreachable, so every save fails;
  // its stdout is the log under test.
  const port = E2E_PORT + 2;
  const root = path.resolve(import.meta.dirname, "../..");
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join("lib", "cli", "web-server.ts"), "start", String(port), "127.0.0.1"],
    {
      cwd: root,
      env: {
        PATH: process.env.PATH, // eslint-disable-line no-restricted-properties -- a clean child environment
        HOME: process.env.HOME, // eslint-disable-line no-restricted-properties -- as above
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: "postgresql://ipt@127.0.0.1:9/ipt",
        FORM_MIN_SECONDS: "0",
      },
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk));
  const baseURL = `http://127.0.0.1:${port}`;
  const request = await playwright.request.newContext({ baseURL });
  try {
    await expect.poll(() => output, { timeout: 60_000 }).toContain("web server listening");
    const fields = hiddenFields(await (await request.get("/refer/adult/risk")).text());
    const response = await request.post("/refer/adult/risk", {
      headers: { Origin: baseURL },
      multipart: { ...fields, selfHarmThoughts: "no" },
      maxRedirects: 0,
    });
    expect(await response.text()).toContain("we cannot save your answers right now");
    const requestId = response.headers()["x-request-id"];
    expect(requestId).toMatch(UUID);
    await expect
      .poll(() => output.split("\n").find((line) => line.includes('"where":"saving adult/risk"')), { timeout: 10_000 })
      .toBeDefined();
    const line = JSON.parse(output.split("\n").find((l) => l.includes('"where":"saving adult/risk"'))!) as Record<
      string,
      unknown
    >;
    expect(line).toMatchObject({ level: "error", kind: "failure", requestId });
  } finally {
    await request.dispose();
    child.kill("SIGTERM");
  }
});
