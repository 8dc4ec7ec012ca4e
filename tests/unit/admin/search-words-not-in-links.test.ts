import { describe, expect, it } from "vitest";
import { filterToQuery, parseInboxFilter } from "@/lib/triage/filters";

// Security review L-2: the inbox's links (tabs, status counts, pages, the export form) are built
// from the filter, so the words searched for must never be written into them.
describe("inbox links", () => {
  it("carry the saved search's id and never the words searched for", () => {
    const { filter } = parseInboxFilter({ status: "all", search: "a".repeat(22) });
    const query = filterToQuery({ ...filter, q: "Morgan Quill 9434765919" }, { after: "cursor" });
    expect(query).toBe(`status=all&search=${"a".repeat(22)}&after=cursor`);
    expect(query).not.toMatch(/Morgan|Quill|9434765919|q=/);
  });

  it("ignore a search id that is not one the service makes", () => {
    expect(parseInboxFilter({ search: "<script>" }).filter.search).toBeUndefined();
    expect(parseInboxFilter({ search: "short" }).filter.search).toBeUndefined();
  });
});
