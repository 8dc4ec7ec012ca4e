import fc from "fast-check";
import { expect, test } from "./fixtures";

// Random and tampered form posts over HTTP, through Next.js's own server-action handling, to the
// real server: never a 5xx. (The thousands-of-posts run is in tests/integration; this one proves
// the HTTP layer in front of it adds no failure of its own.)

const pages = [
  "/refer/adult/risk",
  "/refer/young-person/about",
  "/refer/professional/consent",
  "/enquire/question/question",
  "/refer/adult/check",
];

test("random and tampered posts to the form pages never get a 5xx", async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  // The hidden fields Next.js puts in each form for its server action, read from the real page.
  const actionFields: Record<string, Record<string, string>> = {};
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    actionFields[path] = Object.fromEntries(
      [...html.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)].map((m) => [
        m[1]!,
        (m[2] ?? "").replaceAll("&quot;", '"'),
      ]),
    );
  }
  const text = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom("", "\u0000", "<script>x</script>", "yes", "no", "31", "2000", "{}", "[]", "null"),
  );
  const post = fc.record({
    path: fc.constantFrom(...pages),
    fields: fc.array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom(
            "selfHarmThoughts",
            "givenName",
            "dateOfBirth.day",
            "question",
            "website",
            "idempotencyKey",
            "personConsented",
          ),
          fc.string({ maxLength: 10 }),
        ),
        text,
      ),
      { maxLength: 8 },
    ),
    tamperBound: fc.option(
      fc
        .oneof(
          fc.jsonValue({ maxDepth: 2 }),
          fc.array(
            fc.oneof(
              fc.constantFrom("$", "$@1", "$@9", "$Q1", "$D2020", "$n1", "$$x", "$undefined", "$K1", "$T"),
              fc.string({ maxLength: 5 }),
            ),
            { maxLength: 4 },
          ),
        )
        .map((v) => JSON.stringify(v)),
    ),
  });
  await fc.assert(
    fc.asyncProperty(post, async ({ path, fields, tamperBound }) => {
      const multipart: Record<string, string> = { ...actionFields[path] };
      const boundKey = Object.keys(multipart).find((k) => k.endsWith(":1"));
      if (tamperBound !== null && boundKey) multipart[boundKey] = tamperBound;
      for (const [k, v] of fields) multipart[k] = v;
      const response = await request.post(path, { headers: { Origin: baseURL! }, multipart, maxRedirects: 0 });
      expect(response.status(), `${path} ${JSON.stringify(multipart)}`).toBeLessThan(500);
    }),
    { numRuns: 200 },
  );
});

// React reads `$ACTION_<id>:0` for any posted `$ACTION_REF_<id>`, numbered or not: a tampered one
// named by text must be refused like a numbered one, not reach React and fail with a 500.
test("a tampered action reference named by text, not a number, gets a 400, not a 5xx", async ({ request, baseURL }) => {
  const tampered: Record<string, string>[] = [
    { $ACTION_REF_x: "", "$ACTION_x:0": "{", selfHarmThoughts: "no" },
    { $ACTION_REF_abc: "", "$ACTION_abc:0": '{"id":"7c30","bound":"$@1"}', "$ACTION_abc:1": "7" },
  ];
  for (const multipart of tampered) {
    const response = await request.post("/refer/adult/risk", {
      headers: { Origin: baseURL! },
      multipart,
      maxRedirects: 0,
    });
    expect(response.status(), JSON.stringify(multipart)).toBe(400);
  }
});
