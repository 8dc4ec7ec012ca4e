import { searchTerms } from "./search-terms";

// Words a person in crisis may type into site search. Whatever else matches, such a search shows
// Get help now first, so nobody who searches "kill myself" meets "No pages found".

// Stems match the start of a search word: "suicid" finds "suicide" and "suicidal".
const crisisStems = [
  "suicid",
  "selfharm",
  "overdos",
  "samaritan",
  "childline",
  "papyrus",
  "hopeline",
  "crisis",
  "emergenc",
];

// Short words match only whole, so "die" does not find "diet".
const crisisWords = ["999", "111", "shout", "die", "dying", "unsafe", "cutting"];

const crisisPhrases = [
  "self harm",
  "kill myself",
  "killing myself",
  "end my life",
  "end it all",
  "take my life",
  "take my own life",
  "hurt myself",
  "hurting myself",
  "harm myself",
  "want to die",
  "not want to live",
  "dont want to live",
  "do not want to live",
  "keep safe",
  "help now",
];

/** Phrases match their words in order, whatever the punctuation or apostrophes ("don't"). */
export function isCrisisQuery(query: string): boolean {
  const terms = searchTerms(query.replace(/['’]/g, ""));
  if (terms.some((term) => crisisWords.includes(term) || crisisStems.some((stem) => term.startsWith(stem))))
    return true;
  const joined = ` ${terms.join(" ")} `;
  return crisisPhrases.some((phrase) => joined.includes(` ${phrase} `));
}
