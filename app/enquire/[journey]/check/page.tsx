import type { Metadata } from "next";
import { CheckPage } from "@/app/_journey/check-page";

export const metadata: Metadata = { title: "Check your answers" };

export default function Page({ params }: { params: Promise<{ journey: string }> }) {
  return <CheckPage area="enquire" params={params} />;
}
