import type { Metadata } from "next";
import { DeleteAnswersPage, type DeleteAnswersPageProps } from "@/app/_journey/delete-answers-page";

export const metadata: Metadata = { title: "Delete your answers?" };

export default function Page(props: DeleteAnswersPageProps) {
  return <DeleteAnswersPage area="refer" {...props} />;
}
