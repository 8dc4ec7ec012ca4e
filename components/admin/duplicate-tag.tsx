import type { DuplicateLink } from "@/lib/triage/duplicates";

/** "Possible duplicate of 4NA2-E6NV", or "Linked with …" once staff have linked them; in words, never colour alone. */
export function DuplicateTag({ link }: { link: Pick<DuplicateLink, "reference" | "state"> }) {
  return (
    <strong className="nhsuk-tag nhsuk-tag--yellow admin-nowrap">
      {link.state === "LINKED" ? "Linked with" : "Possible duplicate of"} {link.reference}
    </strong>
  );
}
