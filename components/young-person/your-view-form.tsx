"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo } from "react";
import type { Resolver } from "react-hook-form";
import { CrisisGuidance } from "@/components/crisis/crisis-guidance";
import type { ServiceContact } from "@/components/forms/problem-notice";
import { ServerForm } from "@/components/forms/server-form";
import type { FormActionFn } from "@/lib/forms/action";
import type { FormValues } from "@/lib/forms/form-state";
import { viewFields, viewSchema } from "@/lib/young-person/view-form";

/**
 * The young person's questions. A client component so the same zod schema checks answers in the
 * browser first, and a "yes" or "not sure" to the risk question shows the crisis lines at once
 * (react-hook-form watches the answer); without JavaScript it is a plain form post.
 */
export function YourViewForm({ action, contact }: { action: FormActionFn; contact: ServiceContact }) {
  // The form runner holds plain form values; the schema's parsed types are for the server.
  const resolver = useMemo(() => zodResolver(viewSchema) as unknown as Resolver<FormValues>, []);
  return (
    <ServerForm
      action={action}
      fields={viewFields}
      resolver={resolver}
      submitLabel="Send my answers"
      contact={contact}
      reveal={{
        name: "selfHarmThoughts",
        values: ["yes", "not-sure"],
        content: (
          <CrisisGuidance
            nation={contact.nation}
            audience="young-person"
            headingLevel={2}
            heading="Please get help now if you need it"
          />
        ),
      }}
    />
  );
}
