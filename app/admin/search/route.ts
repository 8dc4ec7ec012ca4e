import { staffRoute } from "@/lib/auth";
import { triage } from "@/lib/triage";

// Fields the inbox link must never carry: the words (kept on the server instead), the paging
// cursor (a new search starts at the first page), and anything from a download form.
const NOT_IN_THE_ADDRESS = new Set(["q", "after", "password", "returnTo", "search"]);

/**
 * The inbox's search form posts here (security review L-2). The words go into a saved search and
 * the browser is sent to the inbox with that search's random id and the other filters, so names,
 * emails and NHS numbers never appear in a URL.
 */
export const POST = staffRoute("referral:view", async (request, context) => {
  const form = await request.formData().catch(() => new FormData());
  const params = new URLSearchParams();
  for (const [name, value] of form) {
    if (typeof value === "string" && value !== "" && !NOT_IN_THE_ADDRESS.has(name) && !name.startsWith("$ACTION"))
      params.set(name, value);
  }
  const term = form.get("q");
  if (typeof term === "string" && term.trim() !== "") params.set("search", await triage.saveSearch(context, term));
  return new Response(null, { status: 303, headers: { Location: `/admin?${params}` } });
});
