import type { Metadata } from "next";
import { connection } from "next/server";

export const metadata: Metadata = { title: "You have signed out" };

export default async function SignedOutPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const everywhere = Boolean((await searchParams).everywhere);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>You have signed out</h1>
        <p>
          {everywhere
            ? "You have been signed out on every device where you were signed in."
            : "You have signed out of the staff dashboard."}
        </p>
        <p>
          <a href="/admin/sign-in">Sign in again</a>
        </p>
      </div>
    </div>
  );
}
