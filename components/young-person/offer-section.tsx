import { ServerForm } from "@/components/forms/server-form";
import { offerYoungPersonLink } from "@/app/_journey/young-person-offer-action";
import { getService } from "@/lib/config";
import { getDb } from "@/lib/db";
import { log } from "@/lib/log";
import type { Journey } from "@/lib/referrals/journeys/types";
import { LINK_LIFETIME_DAYS } from "@/lib/young-person/link";
import { offerableReferral } from "@/lib/young-person/offer";

const day = (d: Date) => d.toLocaleDateString("en-GB", { timeZone: "Europe/London", dateStyle: "long" });

/**
 * On the confirmation page of a parent's or professional's referral of a 12 to 17-year-old: send the
 * young person a private link to give their own view. Shown only for that referral (from this
 * browser's confirmation cookie); the page never fails because of it.
 */
export async function YoungPersonOffer({ journey, reference }: { journey: Journey; reference: string }) {
  if (journey.kind !== "PARENT_CARER" && journey.kind !== "PROFESSIONAL") return null;
  const referral = await offerableReferral(getDb(), reference).catch((error: unknown) => {
    log.warn({ event: "young-person.offer-unavailable", errorName: (error as Error)?.name ?? "Error" });
    return null;
  });
  if (!referral) return null;
  const parent = journey.kind === "PARENT_CARER";
  const them = parent ? "your child" : "the young person";
  const view = referral.youngPersonView;
  const service = getService();
  return (
    <section id="young-person" aria-labelledby="young-person-heading">
      <h2 className="nhsuk-heading-m" id="young-person-heading">
        Would {them} like to tell us in their own words?
      </h2>
      {view?.answeredAt ? (
        <p>{parent ? "Your child has" : "The young person has"} already sent us their view. Thank you.</p>
      ) : (
        <>
          {view && (
            <div className="nhsuk-inset-text" role="status">
              <p>
                {view.email
                  ? `We are emailing a private link to ${view.email}. It works until ${day(view.expiresAt)}.`
                  : `We have noted ${view.phone}. Our team will text ${them} a private link; there is no automatic text message.`}{" "}
                To use a different email or number, enter it below: the old link will stop working.
              </p>
            </div>
          )}
          <p>
            We can send {them} a private link to a short page where they can tell us how things are for them, what they
            would like help with, and who we should talk to.
          </p>
          <ul>
            <li>Their answers go only to our team. You will not see them, and they will not see what you told us.</li>
            <li>The link works once and stops working after {LINK_LIFETIME_DAYS} days. They do not have to use it.</li>
            <li>
              The email does not say what it is about. It says someone asked us to invite them to share their view.
            </li>
          </ul>
          <p>Please talk to {them} first, so the message is not a surprise.</p>
          <ServerForm
            id="young-person-offer"
            action={offerYoungPersonLink.bind(null, journey.slug)}
            submitLabel="Send the private link"
            variant="secondary"
            contact={{ phone: service.phone, phoneHours: service.phoneHours, nation: service.nation }}
            fields={[
              {
                kind: "email",
                name: "youngPersonEmail",
                label: `${parent ? "Your child's" : "Their"} own email address`,
                hint: "Not your own: their answers go only to us.",
                autoComplete: "off",
                spellCheck: false,
              },
              {
                kind: "tel",
                name: "youngPersonPhone",
                label: "Or their own mobile number",
                hint: "We cannot send texts automatically. If you give a number, our team will text them the link.",
                autoComplete: "off",
                width: 20,
              },
            ]}
          />
        </>
      )}
    </section>
  );
}
