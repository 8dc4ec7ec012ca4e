import { z } from "zod";
import { LIMITS } from "../limits";
import { optionalText } from "../validation";
import { question } from "./answers";
import { restrictionsOf, type ContactPermissions } from "./contact-permissions";
import type { Answers } from "./types";

// H17, "person cannot be contacted": someone who tells us a phone or inbox is shared, or that we
// must not call, leave a voicemail, text or email, or a young person whose parents do not know or
// must not be contacted, may be left with no way we can safely reach them. So we ask, only then
// and optionally, for a second way that is safe, and what not to say if someone else answers.

/** The person ruled out a way of reaching them, or is a young person whose parents do not know. */
export function needsSafeContact(answers: Answers): boolean {
  // An enquiry's contact page has none of the permission answers, so rules nothing out.
  if (restrictionsOf(answers.contact as ContactPermissions | undefined).length > 0) return true;
  const consent = answers.consent;
  return Boolean(
    consent && "parentKnows" in consent && (consent.parentKnows === "no" || consent.mayContactParent === "no"),
  );
}

/** The optional second, safe way to reach the person, asked straight after the contact page. */
export function safeContactStep(whose: "you" | "them") {
  const you = whose === "you";
  return question({
    kind: "question",
    id: "safe-contact",
    title: you ? "A safe way to reach you" : "A safe way to reach them",
    // True for both reasons the page shows: a way ruled out, or parents who do not know.
    intro: [
      you
        ? "From your answers, some ways of contacting you may not be safe or private. If there is another way we can reach you safely, tell us here. You do not have to."
        : "From your answers, some ways of contacting them may not be safe or private. If there is another way we can reach them safely, tell us here. You do not have to.",
    ],
    when: needsSafeContact,
    fields: [
      {
        name: "safeRoute",
        kind: "textarea",
        label: you ? "Another safe way to reach you (optional)" : "Another safe way to reach them (optional)",
        hint: you
          ? "For example, another phone number or email address, a person you trust such as a school nurse, or a time when it is safe to call"
          : "For example, another phone number or email address, a person they trust such as a school nurse, or a time when it is safe to call",
        maxLength: LIMITS.medium,
        rows: 3,
      },
      {
        name: "doNotSay",
        kind: "textarea",
        label: "If someone else answers or reads a message, what should we not say? (optional)",
        hint: "For example, do not say where we are calling from",
        maxLength: LIMITS.medium,
        rows: 3,
      },
    ],
    schema: z.strictObject({
      safeRoute: optionalText(LIMITS.medium),
      doNotSay: optionalText(LIMITS.medium),
    }),
  });
}
