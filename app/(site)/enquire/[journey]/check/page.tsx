import type { Metadata } from "next";
import { CheckPage } from "@/app/_journey/check-page";

export const metadata: Metadata = { title: "Check your answers" };

export default function Page({
  params,
  searchParams,
}: {
  params: Promise<{ journey: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <CheckPage area="enquire" params={params} searchParams={searchParams} />;
}
