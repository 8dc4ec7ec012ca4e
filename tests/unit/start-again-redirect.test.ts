import { describe, expect, it } from "vitest";
import { startAgainRoute } from "@/app/_journey/start-again-route";

// "Start a new form" must open the first question on the address the person is using. Built from
// request.url, the Location named the server's own host (localhost) to someone on another address.
describe("Start again / Start a new form", () => {
  for (const [area, journey] of [
    ["refer", "adult"],
    ["enquire", "question"],
  ] as const) {
    it(`sends the person on a /${area} form to its first question by a path, never another host`, async () => {
      const request = new Request(`http://localhost:3000/${area}/${journey}/start-again`, {
        headers: { host: "referrals.example.org" },
      });
      const response = await startAgainRoute(area)(request, { params: Promise.resolve({ journey }) });
      expect(response.status).toBe(303);
      const location = response.headers.get("location") ?? "";
      expect(location).toMatch(new RegExp(`^/${area}/${journey}/[a-z0-9-]+$`));
    });
  }

  it("answers 404 for a form that does not exist", async () => {
    const response = await startAgainRoute("refer")(new Request("http://localhost:3000/refer/nope/start-again"), {
      params: Promise.resolve({ journey: "nope" }),
    });
    expect(response.status).toBe(404);
  });
});
