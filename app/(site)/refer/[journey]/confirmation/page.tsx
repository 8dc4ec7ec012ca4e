import type { Metadata } from "next";
import { ConfirmationPage } from "@/app/_journey/confirmation-page";

export const metadata: Metadata = { title: "Referral sent" };

export default function Page({ params }: { params: Promise<{ journey: string }> }) {
  return <ConfirmationPage area="refer" params={params} />;
}
