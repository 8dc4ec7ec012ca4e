import type { Metadata } from "next";
import { StepPage, type StepPageProps } from "@/app/_journey/step-page";

export const metadata: Metadata = { title: "Make a referral" };

export default function Page(props: StepPageProps) {
  return <StepPage area="refer" {...props} />;
}
