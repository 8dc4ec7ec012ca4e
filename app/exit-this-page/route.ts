import { NextResponse } from "next/server";
import { forgetEverything } from "@/app/_journey/request";
import { getService } from "@/lib/config";

/**
 * Exit this page without JavaScript (and its target with it): every draft on this device is
 * deleted, its cookies cleared, and the browser sent on to a neutral site (content/service.json).
 */
export async function GET() {
  try {
    await forgetEverything();
  } catch {
    // The database is down: the cookies are cleared anyway, and the drafts time out by themselves.
  }
  return NextResponse.redirect(getService().exitPageUrl, {
    status: 303,
    headers: { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" },
  });
}
