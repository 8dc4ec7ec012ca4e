"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo } from "react";
import type { Resolver } from "react-hook-form";
import type { ServiceContact } from "@/components/forms/problem-notice";
import { ServerForm } from "@/components/forms/server-form";
import type { FormActionFn } from "@/lib/forms/action";
import type { FormValues } from "@/lib/forms/form-state";
import { progressFields, progressSchema } from "@/lib/progress/form";

/** Reference and date of birth, checked in the browser first; without JavaScript, a plain post. */
export function CheckProgressForm({ action, contact }: { action: FormActionFn; contact: ServiceContact }) {
  const resolver = useMemo(() => zodResolver(progressSchema) as unknown as Resolver<FormValues>, []);
  return (
    <ServerForm
      action={action}
      fields={progressFields}
      resolver={resolver}
      submitLabel="Check progress"
      contact={contact}
    />
  );
}
