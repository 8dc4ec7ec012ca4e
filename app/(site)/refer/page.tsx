import Link from "next/link";
import type { Metadata } from "next";
import { connection } from "next/server";
import { ServerForm } from "@/components/forms/server-form";
import { LanguageHelp } from "@/components/content/language-help";
import { getService } from "@/lib/config";
import { whoField } from "@/lib/referrals/journeys/choose-journey";
import { chooseJourney } from "@/app/_journey/actions";
import { telHref } from "@/lib/content/phone";

export const metadata: Metadata = { title: "Who is this referral for?" };

export default async function ReferStartPage() {
  await connection();
  const { phone, responseWorkingDays, urgentStandard } = getService();
  return (
    <>
      <p>
        <strong>If someone is in danger now, call 999.</strong> This service cannot help in an emergency:{" "}
        <Link href="/get-help-now">get help now</Link>.
      </p>
      <ServerForm action={chooseJourney} fields={[whoField]} asHeading submitLabel="Continue" />
      <p>
        We read every referral and reply within {responseWorkingDays} working days. If a referral is urgent, we read it
        first: {urgentStandard}. You can also refer by phone on <a href={telHref(phone)}>{phone}</a>.
      </p>
      <h2 className="nhsuk-heading-m">Not a referral?</h2>
      <ul>
        <li>
          <Link href="/enquire/question/question">Ask us a general question</Link>
        </li>
        <li>
          <Link href="/enquire/training/course">Ask about training or a course</Link>
        </li>
      </ul>
      <LanguageHelp />
    </>
  );
}
