import type { Metadata } from "next";
import { AnswersDeletedPage, type AnswersDeletedPageProps } from "@/app/_journey/answers-deleted-page";

export const metadata: Metadata = { title: "Your answers have been deleted" };

export default function Page(props: AnswersDeletedPageProps) {
  return <AnswersDeletedPage area="enquire" {...props} />;
}
