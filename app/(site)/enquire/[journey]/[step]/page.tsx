import type { Metadata } from "next";
import { StepPage, type StepPageProps } from "@/app/_journey/step-page";

export const metadata: Metadata = { title: "Ask us a question" };

export default function Page(props: StepPageProps) {
  return <StepPage area="enquire" {...props} />;
}
