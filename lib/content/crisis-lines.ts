// UK crisis numbers, kept in this one place and shown on "Get help now", in every referral
// journey when someone is at risk, and on every confirmation page.
// Checked against each organisation's own website before each release; see `checkedOn`.

export interface CrisisLine {
  name: string;
  /** What to do, in plain words. */
  action: string;
  /** A tel: or sms: link target. */
  href: string;
  who: string;
  when: string;
}

export const crisisLinesCheckedOn = "2026-11-22";

export const emergency: CrisisLine = {
  name: "Emergency services",
  action: "Call 999 or go to A&E",
  href: "tel:999",
  who: "Anyone whose life is at risk now, or who has seriously hurt themselves",
  when: "24 hours a day",
};

export const crisisLines: CrisisLine[] = [
  {
    name: "NHS 111",
    action: "Call 111 and choose the mental health option",
    href: "tel:111",
    who: "All ages, for urgent mental health help",
    when: "24 hours a day, every day",
  },
  {
    name: "Samaritans",
    action: "Call 116 123 (free)",
    href: "tel:116123",
    who: "Anyone who needs to talk",
    when: "24 hours a day, every day",
  },
  {
    name: "Shout",
    action: "Text SHOUT to 85258",
    href: "sms:85258?body=SHOUT",
    who: "Anyone who would rather text than talk",
    when: "24 hours a day, every day",
  },
  {
    name: "Childline",
    action: "Call 0800 1111 (free)",
    href: "tel:08001111",
    who: "Children and young people under 19",
    when: "24 hours a day, every day",
  },
  {
    name: "Papyrus HOPELINE247",
    action: "Call 0800 068 4141 (free)",
    href: "tel:08000684141",
    who: "People under 35 with thoughts of suicide, and people worried about them",
    when: "24 hours a day, every day",
  },
];
