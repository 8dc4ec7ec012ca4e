import type { Metadata } from "next";
import { SaveForLaterPage, type SaveForLaterPageProps } from "@/app/_journey/save-for-later-page";

export const metadata: Metadata = { title: "Save your answers and come back later" };

export default function Page(props: SaveForLaterPageProps) {
  return <SaveForLaterPage {...props} />;
}
