import { staffDownloadRoute } from "@/lib/auth";
import { triage } from "@/lib/triage";

/**
 * Everything held about one referral as JSON, for a subject access request (admins; audited; POST
 * only, with the person's password again, review L-5).
 */
export const POST = staffDownloadRoute<{ id: string }>("referral:export", async (_form, context, { id }) => {
  const record = /^[0-9a-f-]{36}$/i.test(id) ? await triage.subjectAccess(context, id) : null;
  if (!record) return new Response("Not found", { status: 404 });
  const reference = String((record.referral as { reference: string }).reference);
  return new Response(JSON.stringify(record, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="subject-access-${reference}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
