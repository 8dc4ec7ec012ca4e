"use server";

import { redirect } from "next/navigation";
import { clientAddress } from "@/app/_journey/request";
import { formAction } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/form-state";
import { getService } from "@/lib/config";
import { defaultDeps } from "@/lib/referrals";
import { submitView } from "@/lib/young-person/links";
import { viewFields, viewSchema } from "@/lib/young-person/view-form";

/**
 * The young person's answers. The link's token is the only key; it works once. A link that stopped
 * working between opening and sending keeps what they typed on the page and says what to do.
 */
export async function sendYoungPersonView(token: string, previous: FormState, form: FormData): Promise<FormState> {
  const run = formAction(
    viewSchema,
    async (answers) => {
      const deps = defaultDeps();
      if (!(await deps.limiter.consume("form", await clientAddress())))
        return { message: "Too many tries from this connection. Please wait an hour and try again." };
      const result = await submitView(deps.db, await deps.queue(), String(token), answers);
      if (!result.ok) {
        const { phone, phoneHours } = getService();
        return {
          message: `This link has stopped working, so we could not save your answers. Copy what you wrote somewhere safe and call us on ${phone} (${phoneHours}).`,
        };
      }
      const atRisk = answers.selfHarmThoughts !== "no";
      redirect(atRisk ? "/your-view/sent?help=1" : "/your-view/sent");
    },
    { fields: viewFields },
  );
  return run(previous, form);
}
