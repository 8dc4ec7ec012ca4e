// UK crisis numbers, kept in this one place and shown on "Get help now", in every referral
// journey when someone is at risk, and on every confirmation page. Nothing else may state one.
//
// Each line names the page it was checked against and the day it was checked.
// tests/unit/crisis-lines.test.ts fails when any check is more than 90 days old (hazard H08):
// re-check each line against its source, then update `checkedOn`.

export const nations = ["england", "wales", "scotland", "northern-ireland"] as const;
export type Nation = (typeof nations)[number];

/** Who is reading: a young person referring themselves sees the lines made for them first. */
export type CrisisAudience = "young-person" | "everyone";
const youngPersonFirst = ["childline", "shout"];

export interface CrisisLine {
  /** Stable id, used by tests and the hazard log. */
  id: string;
  name: string;
  /** What to do, in plain words. */
  action: string;
  /** A tel:, sms: or https: link target. */
  href: string;
  who: string;
  when: string;
  /** The organisation's own page the details were checked against. */
  source: string;
  /** The day the details were last checked against `source` (YYYY-MM-DD). */
  checkedOn: string;
  /** The nations whose residents this line serves. */
  nations: readonly Nation[];
}

const allNations = nations;

export const emergency: CrisisLine = {
  id: "emergency",
  name: "Emergency services",
  action: "Call 999 or go to A&E",
  href: "tel:999",
  who: "Anyone whose life is at risk now, or who has seriously hurt themselves",
  when: "24 hours a day",
  source: "https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/",
  checkedOn: "2026-11-22",
  nations: allNations,
};

/** Free 24-hour lines, in the order they are shown. Nation-specific lines are filtered by `crisisLinesFor`. */
export const allCrisisLines: readonly CrisisLine[] = [
  {
    id: "nhs-111-england",
    name: "NHS 111",
    action: "Call 111 and choose the mental health option",
    href: "tel:111",
    who: "All ages, for urgent mental health help",
    when: "24 hours a day, every day",
    source: "https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/",
    checkedOn: "2026-11-22",
    nations: ["england"],
  },
  {
    id: "nhs-111-wales",
    name: "NHS 111 Wales",
    action: "Call 111 and press 2 for mental health",
    href: "tel:111",
    who: "All ages, for urgent mental health help",
    when: "24 hours a day, every day",
    source: "https://111.wales.nhs.uk/",
    checkedOn: "2026-12-06",
    nations: ["wales"],
  },
  {
    id: "nhs-24-scotland",
    name: "NHS 24",
    action: "Call 111 and choose the mental health option",
    href: "tel:111",
    who: "All ages, for urgent mental health help",
    when: "24 hours a day, every day",
    source: "https://www.nhs24.scot/",
    checkedOn: "2026-12-06",
    nations: ["scotland"],
  },
  {
    id: "lifeline-ni",
    name: "Lifeline",
    action: "Call 0808 808 8000 (free)",
    href: "tel:08088088000",
    who: "Anyone in Northern Ireland in distress or despair",
    when: "24 hours a day, every day",
    source: "https://www.lifelinehelpline.info/page/about.html",
    checkedOn: "2026-12-06",
    nations: ["northern-ireland"],
  },
  {
    id: "samaritans",
    name: "Samaritans",
    action: "Call 116 123 (free)",
    href: "tel:116123",
    who: "Anyone who needs to talk",
    when: "24 hours a day, every day",
    source: "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
    checkedOn: "2026-11-22",
    nations: allNations,
  },
  {
    id: "shout",
    name: "Shout",
    action: "Text SHOUT to 85258",
    href: "sms:85258?body=SHOUT",
    who: "Anyone who would rather text than talk",
    when: "24 hours a day, every day",
    source: "https://giveusashout.org/get-help/",
    checkedOn: "2026-11-22",
    nations: allNations,
  },
  {
    id: "childline",
    name: "Childline",
    action: "Call 0800 1111 (free)",
    href: "tel:08001111",
    who: "Children and young people under 19",
    when: "24 hours a day, every day",
    source: "https://www.childline.org.uk/get-support/contacting-childline/",
    checkedOn: "2026-11-22",
    nations: allNations,
  },
  {
    id: "papyrus",
    name: "Papyrus HOPELINE247",
    action: "Call 0800 068 4141 (free)",
    href: "tel:08000684141",
    who: "People under 35 with thoughts of suicide, and people worried about them",
    when: "24 hours a day, every day",
    source: "https://www.papyrus-uk.org/hopeline247/",
    checkedOn: "2026-11-22",
    nations: allNations,
  },
];

/** Ways to reach 999 for people who are deaf or cannot speak on the phone (hazard H10). */
export const deafAndTextRoutes: readonly CrisisLine[] = [
  {
    id: "999-bsl",
    name: "999 BSL",
    action: "Use the 999 BSL app or website to reach 999 through a sign language interpreter",
    href: "https://www.999bsl.co.uk/",
    who: "People who use British Sign Language; no need to sign up first",
    when: "24 hours a day, every day",
    source: "https://www.ofcom.org.uk/phones-and-broadband/accessibility/new-999-video-call-service/",
    checkedOn: "2026-12-06",
    nations: allNations,
  },
  {
    id: "emergency-sms",
    name: "emergencySMS",
    action: "Text 999 (you must register first: text the word register to 999)",
    href: "sms:999",
    who: "People who are deaf or cannot speak on the phone",
    when: "24 hours a day, every day",
    source: "https://www.emergencysms.net/",
    checkedOn: "2026-12-06",
    nations: allNations,
  },
  {
    id: "relay-uk",
    name: "Relay UK",
    action: "Call 18000 from the Relay UK app or a textphone to reach 999 by text",
    href: "tel:18000",
    who: "People who would rather type than speak",
    when: "24 hours a day, every day",
    source: "https://www.relayuk.bt.com/how-to-use-relay-uk/contact-999-using-relay-uk.html",
    checkedOn: "2026-12-06",
    nations: allNations,
  },
];

/** The lines for a service in the given nation, in display order. */
export function crisisLinesFor(nation: Nation, audience: CrisisAudience = "everyone"): CrisisLine[] {
  const lines = allCrisisLines.filter((line) => line.nations.includes(nation));
  if (audience !== "young-person") return lines;
  // A young person sees the lines made for them first: Childline, then Shout (texting).
  const first = youngPersonFirst.map((id) => lines.find((line) => line.id === id)).filter((line) => line !== undefined);
  return [...first, ...lines.filter((line) => !youngPersonFirst.includes(line.id))];
}

/** Every line this file holds, for freshness checks. */
export function everyCrisisLine(): CrisisLine[] {
  return [emergency, ...allCrisisLines, ...deafAndTextRoutes];
}
