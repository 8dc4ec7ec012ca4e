import type { Metadata } from "next";
import { SearchForm } from "@/components/layout/search-form";
import { SearchResults } from "@/components/content/search-results";
import { MAX_QUERY_LENGTH, searchContent } from "@/lib/content";

export const metadata: Metadata = {
  title: "Search",
  description: "Search the information on this site.",
  alternates: { canonical: "/search" },
  robots: { index: false, follow: true },
};

interface Props {
  searchParams: Promise<{ q?: string | string[] }>;
}

/** Server-rendered search: a plain GET form and a results list, so it works without JavaScript. */
export default async function SearchPage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, MAX_QUERY_LENGTH) ?? "";
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{query ? `Search results for ‘${query}’` : "Search"}</h1>
        <SearchForm id="search-page-query" query={query} labelVisible landmark="Search again" />
        {query ? <SearchResults query={query} results={searchContent(query)} /> : null}
      </div>
    </div>
  );
}
