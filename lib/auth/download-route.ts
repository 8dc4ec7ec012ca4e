import "server-only";
import type { Permission } from "./roles";
import type { StaffContext } from "./guard";
import { confirmPassword } from "./fresh-password";
import { staffRoute } from "./route";

/** Where a refused download sends the person back to: a dashboard path, never another site. */
export function returnPath(value: FormDataEntryValue | null): string {
  const fallback = "/admin";
  if (typeof value !== "string" || !/^\/admin(?:[/?]|$)/.test(value)) return fallback;
  const url = new URL(value, "http://dashboard.invalid");
  const stillDashboard = url.origin === "http://dashboard.invalid" && /^\/admin(?:\/|$)/.test(url.pathname);
  return stillDashboard ? `${url.pathname}${url.search}` : fallback;
}

export const DOWNLOAD_REFUSED = "refused";

/**
 * A staff download of personal data: POST only, with the person's password entered again in the
 * same form. A missing or wrong password sends them back (303) to the page they came from with
 * `download=refused`, where the form shows the error; nothing is downloaded or audited as sent.
 */
export function staffDownloadRoute<P = Record<string, string>>(
  permission: Permission,
  handler: (form: FormData, context: StaffContext, params: P) => Promise<Response>,
) {
  return staffRoute<P>(permission, async (request, context, params) => {
    const form = await request.formData().catch(() => new FormData());
    const password = form.get("password");
    if (typeof password !== "string" || !(await confirmPassword(context, password))) {
      const back = new URL(returnPath(form.get("returnTo")), "http://dashboard.invalid");
      back.searchParams.set("download", DOWNLOAD_REFUSED);
      return new Response(null, {
        status: 303,
        headers: { Location: `${back.pathname}${back.search}#password` },
      });
    }
    return handler(form, context, params);
  });
}
