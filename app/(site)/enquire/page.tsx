import Link from "next/link";
import type { Metadata } from "next";
import { connection } from "next/server";

export const metadata: Metadata = { title: "Contact us" };

export default async function EnquireStartPage() {
  await connection();
  return (
    <>
      <h1 className="nhsuk-heading-l">Contact us</h1>
      <ul>
        <li>
          <Link href="/enquire/question/question">Ask a general question</Link>
        </li>
        <li>
          <Link href="/enquire/training/course">Ask about training or a course</Link>
        </li>
        <li>
          <Link href="/refer">Make a referral</Link>
        </li>
      </ul>
    </>
  );
}
