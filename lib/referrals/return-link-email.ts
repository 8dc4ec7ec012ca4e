import "server-only";
import { getService } from "@/lib/config/service";
import { htmlEmail, textEmail, type OutgoingMail } from "@/lib/mail";
import { RETURN_LINK_DAYS } from "./return-link";

/**
 * The subject of the "Save and come back later" email. It may land in an inbox others read (H05):
 * the sender is the service's neutral email name, and nothing says what the form is about.
 */
export const RETURN_LINK_SUBJECT = "Your link to carry on with your form";

const day = (d: Date) => d.toLocaleDateString("en-GB", { timeZone: "Europe/London", dateStyle: "long" });

/** The service's neutral name and the link: no answers, no health words. */
export function returnLinkEmail(to: string, url: string, expiresAt: Date, domain: string, id: string): OutgoingMail {
  const name = getService().neutralEmail.senderName;
  const content = {
    heading: RETURN_LINK_SUBJECT,
    paragraphs: [
      `You asked ${name} to send you a link to carry on with a form you saved.`,
      `The link works once, until ${day(expiresAt)} (${RETURN_LINK_DAYS} days). After that we delete your answers.`,
      "If you did not ask for this, you do not need to do anything.",
    ],
    link: { href: url, text: "Carry on with your form" },
  };
  return {
    to,
    subject: RETURN_LINK_SUBJECT,
    fromName: name,
    text: textEmail(content),
    html: htmlEmail(content),
    messageId: `<return-${id}@${domain}>`,
  };
}
