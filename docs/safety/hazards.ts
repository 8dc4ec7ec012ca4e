// The hazard log, kept as data so a test can check that every control is proved by a test that
// exists. H01–H19 come from the clinical review of 4 December 2026
// (shared/reviews/2026-12-04-clinical.md, section 3); H20–H22 were found while building the controls.
// Edit here, then run `npm run safety:hazard-log` to rewrite hazard-log.md.
import { hazardLogSchema, type Hazard, type Risk } from "./hazard-schema";

const risk = (likelihood: Risk["likelihood"], consequence: Risk["consequence"]): Risk => ({ likelihood, consequence });

const goLiveUnit = "tests/unit/go-live-gate.test.ts";
const goLiveStart = "tests/integration/go-live-start.test.ts";

export const hazards: Hazard[] = hazardLogSchema.parse([
  {
    id: "H01",
    title: "Referral lost, or never seen by a clinician",
    causes:
      "SMTP_URL unset in production, so mail is written to files and marked sent; CLINICAL_SUPPORT_EMAIL left at an example address; one recipient mailbox (leave, spam filter); staff rely on e-mail, not the inbox.",
    effect: "A referral sits unread; the person deteriorates or dies while waiting.",
    initial: risk("Low", "Major"),
    controls: [
      {
        control: "Referral, draft deletion and notification job saved in one transaction.",
        test: {
          file: "tests/integration/referral-submission.test.ts",
          title: "saves the referral with its search columns, queues its emails and deletes the draft",
        },
      },
      {
        control: "Notifications retried with backoff until the mail server accepts them.",
        test: {
          file: "tests/integration/notification-faults.test.ts",
          title: "keeps the referral while SMTP refuses, retries, and delivers exactly one email when SMTP recovers",
        },
      },
      {
        control: "An unsent notification is flagged in the inbox after 30 minutes.",
        test: {
          file: "tests/integration/admin/email-not-sent-flag.test.ts",
          title: "shows in the inbox row and on the referral once the worker finds the email unsent after 30 minutes",
        },
      },
      {
        control: "Live mode refuses to start without SMTP_URL or with an example CLINICAL_SUPPORT_EMAIL.",
        test: {
          file: goLiveUnit,
          title: "refuses live mode with the example details and names each problem on its own line",
        },
      },
    ],
    residual: risk("Low", "Major"),
    procedures: [
      "Send to a monitored shared NHSmail mailbox, not a person.",
      "Check the dashboard inbox every working day; the e-mail is a prompt, not the record.",
    ],
    openActions: [
      { action: "Daily unread-referrals digest and an alert when a referral is untriaged after N hours.", issue: 15 },
      { action: "Failures that are seen: no silent loss of notifications after a crash.", issue: 14 },
    ],
  },
  {
    id: "H02",
    title: "Person in crisis waits days",
    causes:
      "Forms read in office hours; the same 5-working-day promise for everyone, urgent included; weekends and bank holidays; the urgent e-mail goes to one mailbox.",
    effect: "Self-harm or suicide before contact.",
    initial: risk("Low", "Catastrophic"),
    controls: [
      {
        control:
          "Risk asked first, one question a page with I'm not sure; yes or not sure to acting soon (or to being hurt) marks the referral urgent and sets its flags.",
        test: {
          file: "tests/integration/referral-submission.test.ts",
          title: "marks the referral urgent, with its flags, when the person might act on thoughts of suicide soon",
        },
      },
      {
        control: "The notification subject starts URGENT.",
        test: {
          file: "tests/integration/referral-notification.test.ts",
          title: "starts its subject with URGENT when the person is at risk now",
        },
      },
      {
        control:
          "Crisis lines shown at once after yes or not sure (in a live region), on the Get help now page, then on every later page and on the confirmation; the confirmation gives the urgent standard, never the routine promise.",
        test: {
          file: "tests/e2e/referral-journeys.spec.ts",
          title:
            "a GP not sure whether a patient might act on thoughts of suicide soon sends an urgent referral: crisis lines stay on every page and the confirmation gives the urgent standard",
        },
      },
      {
        control: "The urgent acknowledgement gives the team's urgent standard and when forms are next read.",
        test: {
          file: "tests/unit/urgent-next-steps.test.ts",
          title:
            "tells an urgent case in the acknowledgement email when forms are next read, without saying it is urgent or giving health details",
        },
      },
      {
        control: "A young person referring themselves sees Childline and Shout first, wherever crisis lines are shown.",
        test: {
          file: "tests/unit/crisis-lines.test.ts",
          title: "a young person in %s sees Childline and Shout first, and loses no line",
        },
      },
      {
        control: "When forms are next read is worked out from office hours and the nation's bank holidays.",
        test: { file: "tests/unit/next-reading.test.ts", title: "on %s" },
      },
      {
        control: "Live mode refuses to start while any hazard is rated 4 or more.",
        test: { file: "tests/unit/hazard-log.test.ts", title: "blocks go-live while a hazard is rated 4 or more" },
      },
    ],
    residual: risk("Very low", "Catastrophic"),
    procedures: [
      "Define and publish an urgent response standard (for example a clinician calls the same working day).",
    ],
    openActions: [
      {
        action:
          "An urgent alert to a duty clinician (not only e-mail) and a shorter overdue target for urgent referrals in the inbox.",
        issue: 15,
      },
    ],
  },
  {
    id: "H03",
    title: "Risk missed",
    causes:
      "One double-barrelled 'now' question with no 'not sure'; no suicidality item; free text never scanned; general enquiries have no risk question; staff cannot set urgent after reading.",
    effect: "An urgent need is treated as routine.",
    initial: risk("Medium", "Major"),
    controls: [
      {
        control: "Risk question is required in every referral journey.",
        test: { file: "tests/unit/journey-schemas.test.ts", title: "accepts a complete, valid %s journey" },
      },
      {
        control: "Risk and safeguarding answers shown first to staff.",
        test: {
          file: "tests/unit/admin/answers.test.ts",
          title: "reads any shape of answers: nested, lists, yes/no, blanks and enum codes",
        },
      },
      {
        control:
          "Thoughts and acting soon asked separately, each with I'm not sure; every combination gives the right flags and urgency.",
        test: { file: "tests/unit/risk-flags.test.ts", title: "thoughts %s, may act soon %s" },
      },
      {
        control:
          "The general-question page, which asks nothing about risk, shows a short crisis box from the crisis lines content.",
        test: {
          file: "tests/e2e/enquiry-journeys.spec.ts",
          title: "someone asks a general question, is shown where to get help now, and gets a reference",
        },
      },
      {
        control: "The crisis box's lines come from lib/content/crisis-lines.ts for the service's nation.",
        test: {
          file: "tests/unit/enquiry-crisis-signpost.test.ts",
          title: "signposts crisis help from the crisis lines content, and no referral page needs it",
        },
      },
      {
        control: "Staff raise or lower urgency after reading, with a reason, audited.",
        test: {
          file: "tests/integration/admin/programme-and-urgency-changes.test.ts",
          title: "raises a routine referral to urgent and lowers it again, each with a reason and an audit entry",
        },
      },
    ],
    residual: risk("Low", "Major"),
    procedures: ["Staff read every answer, free text included, before triage."],
    openActions: [{ action: "A validated measure with a suicidality item (PHQ-9 item 9) at referral.", issue: 16 }],
  },
  {
    id: "H04",
    title: "Child routed to an adult programme, or adult to a child programme; wrong journey",
    causes:
      "Overlapping age ranges (18 in both IPT-A and adult IPT); a 14-year-old choosing the adult journey skips the consent page; date-of-birth typos.",
    effect: "Wrong programme offered; delay; an under-16 not told about confidentiality.",
    initial: risk("Medium", "Considerable"),
    controls: [
      {
        control: "Age worked out on the server from the date of birth.",
        test: { file: "tests/unit/age-routing.test.ts", title: "counts whole years, turning over on the birthday" },
      },
      {
        control: "Half-open age bands: an 18-year-old is never suggested an adolescent programme.",
        test: {
          file: "tests/unit/age-routing.test.ts",
          title: "never suggests an adolescent programme to an 18-year-old",
        },
      },
      {
        control: "Someone outside every programme's ages is passed on, not refused.",
        test: {
          file: "tests/integration/referral-submission.test.ts",
          title: "sends someone outside every programme's ages on, with no programme, rather than refusing them",
        },
      },
      {
        control:
          "An under-18 in the adult journey is told plainly and moved to the young person's journey with every answer kept; under 16, the consent page follows.",
        test: {
          file: "tests/integration/journey-moves.test.ts",
          title:
            "moves a 14-year-old from the adult journey to the young person's, keeping every answer, and asks the consent questions",
        },
      },
      {
        control:
          "A moved person who goes back to the adult form keeps every answer: the page and its post go to the young person's draft.",
        test: {
          file: "tests/integration/journey-moves.test.ts",
          title: "keeps every answer when a moved person goes back to the adult form and sends a page again",
        },
      },
      {
        control:
          "Check your answers shows the age worked out from the date of birth, so a mistyped year is seen before sending.",
        test: {
          file: "tests/unit/check-answers-age.test.ts",
          title: "shows the age worked out from the date of birth in the %s journey: %s, %s",
        },
      },
    ],
    residual: risk("Medium", "Considerable"),
    procedures: ["A clinician confirms the programme at triage; the suggestion is never final."],
    openActions: [
      { action: "An 18-year-old or older in the young person's journey moved to the adult journey.", issue: 11 },
    ],
  },
  {
    id: "H05",
    title: "Confidentiality breach for a young person",
    causes:
      "Acknowledgement e-mail to a possibly shared inbox; voicemail and text asked together; 24-hour draft on a shared device; no Exit this page.",
    effect: "Disclosure to a parent or abuser; harm at home; the young person disengages.",
    initial: risk("Medium", "Considerable"),
    controls: [
      {
        control: "No clinical detail in the acknowledgement e-mail.",
        test: {
          file: "tests/integration/referral-notification.test.ts",
          title: "sends the referrer an acknowledgement with the reference and no clinical details",
        },
      },
      {
        control:
          "The reference e-mail is opt-in ('Email me my reference?', unticked), with a neutral sender name and subject from content/service.json and no health words.",
        test: {
          file: "tests/integration/reference-email.test.ts",
          title:
            "is sent when the person ticks Email me my reference and says we may email them, with a neutral sender, subject and text",
        },
      },
      {
        control: "No reference e-mail without the tick.",
        test: {
          file: "tests/integration/reference-email.test.ts",
          title: "is not sent when the person does not tick Email me my reference",
        },
      },
      {
        control: "Never a reference e-mail when e-mail is refused.",
        test: {
          file: "tests/integration/reference-email.test.ts",
          title: "is never sent when the person says we may not email them, even with the box ticked",
        },
      },
      {
        control: "At most one reference e-mail per address per UK day (keyed hash of the address, kept two days).",
        test: {
          file: "tests/integration/reference-email.test.ts",
          title: "is sent at most once per address per day, however many forms name it",
        },
      },
      {
        control: "Call, voicemail, text, e-mail and 'own phone / inbox' asked separately.",
        test: {
          file: "tests/unit/contact-and-inclusion-schemas.test.ts",
          title: "asks each phone question separately when a phone number is given",
        },
      },
      {
        control: "Confidentiality explained to an under-16 before any parent question.",
        test: {
          file: "tests/unit/journey-schemas.test.ts",
          title: "requires the consent questions from a young person under 16, and not from one who is 16",
        },
      },
      {
        control:
          "Exit this page on every form page and Get help now: deletes this device's drafts and cookies and leaves for a neutral site (link without JavaScript; Shift three times and a replaced history entry with it).",
        test: {
          file: "tests/e2e/shared-device-privacy.spec.ts",
          title:
            "the first page says answers are deleted after 30 minutes, and Exit this page leaves the site and deletes the draft",
        },
      },
      {
        control: "Delete my answers on every form page removes the draft row and its cookie.",
        test: {
          file: "tests/integration/shared-device-privacy.test.ts",
          title: "deletes the draft row and its cookie with 'Yes, delete my answers', then says so",
        },
      },
      {
        control: "Draft cookies are session cookies, and a draft ends after 30 minutes without activity.",
        test: {
          file: "tests/integration/shared-device-privacy.test.ts",
          title: "gives a draft 30 minutes from each saved page and sets its cookie without an expiry",
        },
      },
      {
        control: "Back after sending shows that the form was sent, never the answers or a blank form to refill.",
        test: {
          file: "tests/e2e/shared-device-privacy.spec.ts",
          title: "Back after sending shows that the form was sent, not a blank form",
        },
      },
      {
        control:
          "The young person's own view comes through a private link: the person referring never sees it, the young person sees none of their answers, and the referrer's own email is refused as the young person's.",
        test: {
          file: "tests/e2e/young-person-view.spec.ts",
          title:
            "a parent's referral of a 14-year-old offers a private link, and the young person adds their view once, without seeing the parent's answers",
        },
      },
      {
        control:
          "Each form keeps its own draft, and Send is refused when the answers changed after the check page showed them (two tabs never merge two people's answers).",
        test: {
          file: "tests/integration/shared-device-privacy.test.ts",
          title: "refuses to send answers that changed in another tab after the check page showed them",
        },
      },
      {
        control:
          "The invitation's sender name and subject say nothing about health, therapy or a referral; its body carries none of the parent's answers.",
        test: {
          file: "tests/integration/young-person-view.test.ts",
          title:
            "the invitation's sender and subject say nothing about health, therapy or a referral, and the body none of the parent's answers",
        },
      },
      {
        control: "The young person's link works once; a second use is refused and the first answers kept.",
        test: {
          file: "tests/integration/young-person-view.test.ts",
          title: "refuses a second use of the same link and keeps the first answers",
        },
      },
      {
        control: "An unused link stops working after 14 days and the worker's sweep ends it for good.",
        test: {
          file: "tests/integration/young-person-view.test.ts",
          title: "stops working 14 days after it was made, and the sweep ends it for good",
        },
      },
    ],
    residual: risk("Medium", "Considerable"),
    procedures: [],
    openActions: [
      {
        action: "Session-only draft, Exit this page.",
        issue: 11,
      },
    ],
  },
  {
    id: "H06",
    title: "Personal data sent to the wrong person, or insecurely",
    causes:
      "MAIL_INCLUDE_DETAILS=true on non-secure mail; a mistyped CLINICAL_SUPPORT_EMAIL; an acknowledgement to a mistyped address.",
    effect: "Data breach; reportable incident.",
    initial: risk("Low", "Considerable"),
    controls: [
      {
        control: "Details are off by default and only sent when MAIL_INCLUDE_DETAILS is on.",
        test: {
          file: "tests/unit/email-content.test.ts",
          title: "carries full details, escaped in HTML, only when MAIL_INCLUDE_DETAILS is on",
        },
      },
      {
        control: "The notification carries no identifiers.",
        test: {
          file: "tests/integration/referral-notification.test.ts",
          title: "arrives for an ordinary referral with exactly the agreed content and no personal details",
        },
      },
      {
        control: "Live mode refuses full details to a domain outside MAIL_SECURE_DOMAINS.",
        test: { file: goLiveUnit, title: "refuses full details in e-mail to a domain outside the secure list" },
      },
      {
        control: "Live mode refuses full details over a mail connection without TLS.",
        test: { file: goLiveUnit, title: "refuses full details in e-mail over a mail connection without TLS" },
      },
    ],
    residual: risk("Very low", "Considerable"),
    procedures: ["Send a test referral at go-live and confirm it arrives in the team mailbox."],
    openActions: [],
  },
  {
    id: "H07",
    title: "Duplicate referrals for one person",
    causes:
      "Parent, GP and young person all refer; people resubmit after hearing nothing; idempotency covers one form session only.",
    effect: "Conflicting triage; the copy holding the urgent information is closed.",
    initial: risk("Medium", "Significant"),
    controls: [
      {
        control: "One referral per form session, however often it is sent.",
        test: {
          file: "tests/integration/referral-submission.test.ts",
          title: "makes exactly one referral from 20 concurrent posts with one idempotency key",
        },
      },
      {
        control: "A double click without JavaScript makes one enquiry.",
        test: { file: "tests/e2e/double-submit.spec.ts", title: "makes one enquiry with one reference" },
      },
    ],
    residual: risk("Medium", "Significant"),
    procedures: ["Search the inbox by NHS number and name before contacting."],
    openActions: [
      { action: "Flag possible matches on arrival and carry the urgent flag to the surviving record.", issue: 15 },
    ],
  },
  {
    id: "H08",
    title: "Crisis numbers or content out of date",
    causes: "Charities change numbers and hours; the checked-on date was not enforced; page review dates only logged.",
    effect: "A person calls a dead or wrong number in crisis.",
    initial: risk("Low", "Major"),
    controls: [
      {
        control: "Each crisis line names its source and fails the tests 90 days after its last check.",
        test: {
          file: "tests/unit/crisis-lines.test.ts",
          title: "was checked against its source within the last 90 days",
        },
      },
      {
        control: "Every crisis line, Papyrus and the deaf routes included, is shown on Get help now.",
        test: {
          file: "tests/e2e/trial-banner-and-crisis-lines.spec.ts",
          title: "Get help now lists every crisis line for the service's nation",
        },
      },
      {
        control: "Overdue page reviews are named.",
        test: {
          file: "tests/unit/content-reviews.test.ts",
          title: "names each page whose review date has passed, and what to do",
        },
      },
    ],
    residual: risk("Very low", "Major"),
    procedures: ["A named owner checks each line against its source every quarter and updates checkedOn."],
    openActions: [],
  },
  {
    id: "H09",
    title: "Misleading clinical or training content",
    causes:
      "Invented CPD hours and course lengths, a changed IPT-A course length, missing entry requirements, one fixed adult session count, 50-minute sessions applied to every programme, NICE overclaims, age bands no source gives, an unmeasured form time, a professionals page asking for what the form cannot hold.",
    effect: "Wrong expectations; inappropriate referrals; professionals book unsuitable courses.",
    initial: risk("Medium", "Significant"),
    controls: [
      {
        control:
          "Facts the sources do not give are shown as 'to be confirmed', and the corrected facts stay corrected.",
        test: { file: "tests/unit/content-facts.test.ts", title: "shows no fact the sources do not give" },
      },
      {
        control: "Every page names its sources and clinical reviewer.",
        test: {
          file: "tests/unit/content-facts.test.ts",
          title: "names its sources and clinical reviewer on every page",
        },
      },
      {
        control: "Programme facts come from content/service.json.",
        test: {
          file: "tests/unit/content-pages.test.ts",
          title: "shows each programme's ages and sessions from content/service.json",
        },
      },
      {
        control:
          "Ages no source gives (IPT-A, the skills group) are shown as 'to be confirmed' until the team sets agesToBeConfirmed to false.",
        test: {
          file: "tests/unit/programme-call-to-action.test.ts",
          title: "shows the IPT-A and skills group ages as to be confirmed",
        },
      },
      {
        control: "Adult IPT shows the range the sources give (8 to 20 sessions), not one fixed number.",
        test: {
          file: "tests/unit/programme-call-to-action.test.ts",
          title: "shows adult IPT as between 8 and 20 sessions",
        },
      },
      {
        control: "No page gives the routine response time without the urgent standard beside it.",
        test: {
          file: "tests/unit/content-facts.test.ts",
          title: "tells every reader of the routine response time what an urgent referral gets",
        },
      },
    ],
    residual: risk("Low", "Significant"),
    procedures: ["A named clinician reviews and signs off each page; clinicalReviewer records who."],
    openActions: [],
  },
  {
    id: "H10",
    title: "People excluded (access, language, disability)",
    causes:
      "English only; interpreter question last and not for parents; no Easy Read; postcode required; accessibility statement overclaimed.",
    effect: "Inequitable access; people who need help most cannot refer.",
    initial: risk("Medium", "Considerable"),
    controls: [
      {
        control: "axe on every content page.",
        test: {
          file: "tests/e2e/content-pages.spec.ts",
          title: "has its title, description, canonical address, review dates and no accessibility faults",
        },
      },
      {
        control: "999 BSL, emergencySMS and Relay UK listed for people who cannot use a voice call.",
        test: { file: "tests/unit/crisis-lines.test.ts", title: "lists the sign language and text routes to 999" },
      },
      {
        control: "Keyboard-only completion.",
        test: {
          file: "tests/e2e/keyboard-and-origin.spec.ts",
          title: "a whole enquiry can be sent with the keyboard alone",
        },
      },
      {
        control: "One interpreter question ('No / Yes, language') on the about page of every referral journey.",
        test: {
          file: "tests/unit/contact-and-inclusion-schemas.test.ts",
          title: "asks the interpreter question on the about page of every referral journey",
        },
      },
      {
        control: "The language is required after Yes, and revealed under Yes.",
        test: {
          file: "tests/unit/contact-and-inclusion-schemas.test.ts",
          title: "needs the language when the answer is Yes, and not when it is No",
        },
      },
      {
        control: "A parent is asked about their own interpreter need (FB-IPT has a parent at every session).",
        test: {
          file: "tests/unit/contact-and-inclusion-schemas.test.ts",
          title: "asks a parent about their own interpreter need, with the language when Yes",
        },
      },
      {
        control: "Postcode optional, with 'I do not have a fixed address'.",
        test: {
          file: "tests/unit/contact-and-inclusion-schemas.test.ts",
          title: "takes 'I do not have a fixed address' instead of a postcode",
        },
      },
      {
        control: "Young carers can say so.",
        test: {
          file: "tests/unit/contact-and-inclusion-schemas.test.ts",
          title: "lets a young person or adult say they look after someone, without having to answer",
        },
      },
      {
        control: "The name the person likes to be called is kept and shown to staff.",
        test: {
          file: "tests/unit/contact-and-inclusion-schemas.test.ts",
          title: "keeps the name the person likes to be called",
        },
      },
      {
        control:
          '"Need help in your language?" on /refer and every programme page: Welsh and the ten most spoken languages in England and Wales after English (Census 2021), each line in its own language and script, marked with lang and dir; live mode refuses translations no qualified translator has checked.',
        test: {
          file: "tests/unit/language-help.test.ts",
          title: "has Welsh and the ten most spoken main languages in England and Wales after English (Census 2021)",
        },
      },
      {
        control:
          "Each language line names its language in its own script, so the reader knows what to say on the phone.",
        test: {
          file: "tests/unit/language-help.test.ts",
          title: "names %s in its own script, and says the rest in it too",
        },
      },
    ],
    residual: risk("Medium", "Considerable"),
    procedures: [
      "A specialist accessibility audit and testing with assistive-technology users before claiming full compliance.",
    ],
    openActions: [{ action: "Easy Read pages.", issue: null }],
  },
  {
    id: "H11",
    title: "Consent or parental responsibility handled wrongly",
    causes:
      "No parental responsibility question; no parent details in a professional's child referral; a 16–17-year-old referred without their agreement; no child's voice.",
    effect: "Treatment without valid consent; a young person's rights bypassed.",
    initial: risk("Medium", "Considerable"),
    controls: [
      {
        control: "A professional must have the person's agreement: no referral is sent without it.",
        test: {
          file: "tests/unit/journey-schemas.test.ts",
          title: "never sends a professional's referral without the person's agreement",
        },
      },
      {
        control:
          "A professional whose patient has not agreed reaches a page that says why and what to do (talk to the person, call us, crisis lines), not a validation error.",
        test: {
          file: "tests/unit/cannot-continue-page.test.ts",
          title:
            "leads a professional whose patient has not agreed to a page that says why and what to do, not a validation error",
        },
      },
      {
        control:
          "The page works with and without JavaScript, passes axe, and the check page leads back to it until the answer changes.",
        test: {
          file: "tests/e2e/cannot-continue.spec.ts",
          title:
            "a GP whose patient has not agreed is told why and what to do, with the crisis lines, and can change the answer later",
        },
      },
      {
        control: "Their answers are kept while they talk to the person, and send once the person agrees.",
        test: {
          file: "tests/integration/journey-moves.test.ts",
          title:
            "keeps a professional's answers when the person has not agreed, sends nothing, and sends once they agree",
        },
      },
      {
        control:
          "A parent of a child under 18 says whether they have parental responsibility, who has it and whether anyone else with it should know; looked after, special guardianship and a social worker can be recorded. Required before sending, at every age from 9 to 17.",
        test: {
          file: "tests/unit/consent-by-age.test.ts",
          title: "asks about parental responsibility and their own words, not the child's agreement",
        },
      },
      {
        control:
          "A parent of a 12 to 15 year old is asked whether the young person agrees and who we should contact first; the referral can still be sent (Gillick: we talk with them both).",
        test: {
          file: "tests/unit/consent-by-age.test.ts",
          title: "also asks whether the young person agrees, and still sends when they have not agreed yet",
        },
      },
      {
        control:
          "At 16 or 17 the young person's agreement is needed: a parent's No or Not sure leads to a page that says why and what to do (talk with them, they can refer themselves, call us, crisis lines); nothing is sent.",
        test: {
          file: "tests/unit/consent-by-age.test.ts",
          title:
            "needs the young person's agreement: no or not sure leads to the page that says what to do, and nothing is sent",
        },
      },
      {
        control: "The parent's answers are kept while they talk with their child, and send once the child agrees.",
        test: {
          file: "tests/integration/consent-answers.test.ts",
          title:
            "keeps a parent's answers when their 16-year-old has not agreed, sends nothing, and sends once they agree",
        },
      },
      {
        control:
          "The page works with and without JavaScript on a phone, passes axe, and the check page leads back to it.",
        test: {
          file: "tests/e2e/consent-journeys.spec.ts",
          title:
            "a parent of a 16-year-old who has not agreed is told why and what to do, and can send once they agree",
        },
      },
      {
        control:
          "We contact the young person directly when the parent says so (the usual way at 16 or 17), and need their phone or email to do it.",
        test: {
          file: "tests/unit/consent-by-age.test.ts",
          title: "asks for the young person's phone or email when they should be contacted first",
        },
      },
      {
        control:
          "A professional referring anyone under 18 must give a parent or carer's name, relationship and phone or email, whether they have parental responsibility, who else has it, and who agreed (the young person, the parent or carer, or both).",
        test: {
          file: "tests/unit/consent-by-age.test.ts",
          title: "needs the parent or carer's details, parental responsibility and who agreed",
        },
      },
      {
        control:
          "A GP referring a 10-year-old cannot continue without the parent or carer's details (JavaScript on and off, axe).",
        test: {
          file: "tests/e2e/consent-journeys.spec.ts",
          title: "a GP referring a 10-year-old must give a parent or carer's details and who agreed",
        },
      },
      {
        control:
          "The young person's own words can be added by a parent or professional. Staff see who has parental responsibility, who agreed, who to contact first and the young person's own words together on the referral page.",
        test: {
          file: "tests/integration/consent-answers.test.ts",
          title:
            "stores a parent's answers about parental responsibility, the young person's agreement and their own words, and shows them to staff",
        },
      },
      {
        control:
          "A child's referral in which the parent or carer is not confirmed to have parental responsibility is flagged 'No parental responsibility confirmed' in the inbox and the team's email (the flag only, nothing typed).",
        test: {
          file: "tests/unit/consent-by-age.test.ts",
          title: "flags a child's referral when the parent is not confirmed to have parental responsibility",
        },
      },
      {
        control:
          "A changed date of birth leads to the consent pages for the new age, and a referral is not sent without them.",
        test: {
          file: "tests/integration/journey-moves.test.ts",
          title:
            "offers the consent page for the new age when a moved person changes their date of birth, never skipping it",
        },
      },
      {
        control: "Someone 18 or over in the young person's form is told so and moved to the adult form, answers kept.",
        test: {
          file: "tests/e2e/consent-journeys.spec.ts",
          title:
            "an 18-year-old who chooses the young person's form is moved to the adult form and keeps their answers",
        },
      },
    ],
    residual: risk("Low", "Considerable"),
    procedures: [
      "Check parental responsibility at the first contact for every child, and act on the 'No parental responsibility confirmed' flag before sharing anything.",
      "Contact a 16 or 17 year old directly, unless they have asked otherwise.",
    ],
    openActions: [
      {
        action: "The young person's own private link to add their view, contacts and wishes.",
        issue: 11,
      },
    ],
  },
  {
    id: "H12",
    title: "Safeguarding concern not acted on quickly",
    causes:
      "A safeguarding yes does not set urgent, tag the inbox or appear in the e-mail; self and parent journeys never ask about harm from others.",
    effect: "A child at risk of harm waits in the routine queue.",
    initial: risk("Low", "Major"),
    controls: [
      {
        control: "Safeguarding answers shown first on the referral page.",
        test: {
          file: "tests/unit/admin/answers.test.ts",
          title: "reads any shape of answers: nested, lists, yes/no, blanks and enum codes",
        },
      },
      {
        control:
          "Every referral journey asks whether anyone is hurting the person; yes or not sure makes the referral urgent and flags it.",
        test: {
          file: "tests/integration/referral-submission.test.ts",
          title: "someone hurting them (%s) makes the referral urgent: %s",
        },
      },
      {
        control: "A professional's safeguarding yes is a stored flag.",
        test: {
          file: "tests/integration/referral-submission.test.ts",
          title: "flags a professional's safeguarding concern",
        },
      },
      {
        control: "Flags are tags in the inbox and can be filtered.",
        test: {
          file: "tests/integration/admin/inbox.test.ts",
          title: "tags and filters referrals by risk and safeguarding flag",
        },
      },
      {
        control: "Flags are named in the team's e-mail, without personal data.",
        test: {
          file: "tests/unit/email-content.test.ts",
          title: "names each flag in words, and says None when there are none, without anything the person typed",
        },
      },
    ],
    residual: risk("Very low", "Major"),
    procedures: ["Same-day review of safeguarding referrals by the safeguarding lead."],
    openActions: [
      {
        action: "Structured child-protection fields (parental responsibility, social worker, looked after).",
        issue: 11,
      },
    ],
  },
  {
    id: "H13",
    title: "Submission blocked at the moment of need",
    causes:
      "10 submissions per address per hour on shared NHS networks; database down; failure notices give only the office-hours phone; a deploy while a form is open (its post names a server action the new build does not have).",
    effect: "A referral is not made; a person at risk at night meets a dead end.",
    initial: risk("Low", "Major"),
    controls: [
      {
        control: "A friendly notice that keeps the answers when the database is down.",
        test: {
          file: "tests/integration/database-down.test.ts",
          title: "tells the person clearly, writes nothing, and keeps their answers for a retry",
        },
      },
      {
        control: "Every public failure notice carries the crisis lines.",
        test: {
          file: "tests/unit/problem-notice-crisis-lines.test.ts",
          title: "offers the crisis lines with every public notice: %s",
        },
      },
      {
        control:
          'A form opened before a deploy is sent back to its page marked "This form is out of date" (with the crisis lines), the earlier answers kept in the draft, not a bare 409.',
        test: {
          file: "tests/e2e/out-of-date-forms.spec.ts",
          title: "a no-JavaScript post from an earlier build gets the out-of-date notice and keeps the earlier answers",
        },
      },
      {
        control:
          "With JavaScript, Continue on a page from before a deploy reloads that page with the out-of-date notice.",
        test: {
          file: "tests/e2e/out-of-date-forms.spec.ts",
          title: "in a browser, Continue on a page from an earlier build shows the out-of-date notice on the same page",
        },
      },
      {
        control: "A submission the limit refuses is held for staff, not dropped.",
        test: {
          file: "tests/integration/referral-submission.test.ts",
          title:
            "limits submissions per address in Postgres, shared by every app instance, holding the refused one for staff",
        },
      },
      {
        control: "Staff release a held submission into the inbox (or discard spam).",
        test: {
          file: "tests/integration/held-submissions.test.ts",
          title: "releases a held submission into the inbox as a referral with its flags, and queues its notification",
        },
      },
      {
        control:
          "Staff find held submissions on /admin/held (counted in the navigation) and release them to the inbox.",
        test: {
          file: "tests/e2e/admin/held-and-urgency.spec.ts",
          title:
            "a triager raises a referral to urgent and changes its programme, each with a reason, then releases a held submission to the inbox",
        },
      },
    ],
    residual: risk("Very low", "Major"),
    procedures: ["Check the held queue every working day."],
    openActions: [{ action: "Limits that hold for shared NHS networks (allow-list or per-journey limit).", issue: 13 }],
  },
  {
    id: "H14",
    title: "Referral record destroyed too early",
    causes:
      "Nightly anonymisation of closed referrals after RETENTION_DAYS (730 by default), which may be shorter than the Records Management Code requires.",
    effect: "Record unavailable for a complaint, incident review or inquest.",
    initial: risk("Low", "Considerable"),
    controls: [
      {
        control:
          "Only finished referrals past the retention period are anonymised, and each run is audited; open referrals are never anonymised, only counted and warned about.",
        test: {
          file: "tests/integration/scheduled-retention.test.ts",
          title:
            "anonymises closed referrals past the retention period, leaves recent ones, and logs and audits only the count",
        },
      },
      {
        control: "An open referral is kept however old; the nightly run warns that someone must decide.",
        test: {
          file: "tests/integration/admin/retention-schedule.test.ts",
          title: "keeps an open referral however old, and warns that someone must decide",
        },
      },
      {
        control:
          "A form held back by a limit is never deleted while it waits; only traces of released or discarded ones go.",
        test: {
          file: "tests/integration/admin/retention-schedule.test.ts",
          title: "deletes the trace of a form released or discarded long ago, never a form still waiting",
        },
      },
    ],
    residual: risk("Low", "Considerable"),
    procedures: [
      "Set RETENTION_DAYS with information governance and the Caldicott Guardian; copy accepted referrals into the clinical record before closing.",
    ],
    openActions: [{ action: "Record the retention decision in the DPIA.", issue: null }],
  },
  {
    id: "H15",
    title: "Abandoned draft after disclosing risk",
    causes:
      "Someone answers yes to risk and leaves; drafts are deleted after 30 minutes without activity and are never read, by design.",
    effect: "No one knows of the risk.",
    initial: risk("Low", "Major"),
    controls: [
      {
        control: "Crisis lines shown at once after a risk answer and kept on every later page.",
        test: {
          file: "tests/e2e/referral-journeys.spec.ts",
          title:
            "a GP not sure whether a patient might act on thoughts of suicide soon sends an urgent referral: crisis lines stay on every page and the confirmation gives the urgent standard",
        },
      },
      {
        control:
          "An abandoned draft is deleted after 30 minutes without activity (GOV.UK timeout warning first); the page then says the answers were deleted and always links to Get help now, because whether they held a risk answer is no longer known.",
        test: {
          file: "tests/e2e/shared-device-privacy.spec.ts",
          title: "after the timeout the answers are gone",
        },
      },
      {
        control: "A timed-out draft cannot be sent: it is deleted and the next post says so.",
        test: {
          file: "tests/integration/shared-device-privacy.test.ts",
          title:
            "treats a timed-out draft as gone: it is deleted, and the next page posted says the answers were deleted",
        },
      },
    ],
    residual: risk("Low", "Major"),
    procedures: ["Never promise follow-up of incomplete forms."],
    openActions: [],
    accepted:
      "Accepted limitation in the clinical review: unsent drafts are not read, so that nothing is collected without the person choosing to send it.",
  },
  {
    id: "H16",
    title: "Go-live with example configuration",
    causes:
      "Example phone 01632 960000 (Ofcom drama range) and example.org addresses shown to patients; a test asserted the example values, so a real configuration failed the tests.",
    effect: "'Call us' numbers that reach nobody; referrals e-mailed nowhere.",
    initial: risk("Low", "Major"),
    controls: [
      {
        control: "Live mode refuses example details, one line per problem.",
        test: {
          file: goLiveUnit,
          title: "refuses live mode with the example details and names each problem on its own line",
        },
      },
      {
        control: "The start command stops before serving anything.",
        test: {
          file: goLiveStart,
          title: "refuses to start with the example details, one line per problem, before touching the database",
        },
      },
      {
        control: "The example-values test checks a fixture, so a team's real service.json passes.",
        test: {
          file: "tests/unit/service-config.test.ts",
          title: "ships an example set of details that reaches nobody, never a real organisation's",
        },
      },
    ],
    residual: risk("Very low", "Major"),
    procedures: ["Follow the README's go-live checklist."],
    openActions: [],
  },
  {
    id: "H17",
    title: "Person cannot be contacted",
    causes: "Phone or e-mail typos; a single contact route; a shared or unsafe phone; withheld numbers not answered.",
    effect: "Referral closed as 'no contact'; need unmet.",
    initial: risk("Medium", "Considerable"),
    controls: [
      {
        control: "A phone number or e-mail address is required and checked for format.",
        test: { file: "tests/unit/journey-schemas.test.ts", title: "needs a phone number or an email address" },
      },
      {
        control:
          "Call, voicemail, text, e-mail and whether the phone or inbox is shared are asked for each contact given (a reusable field group).",
        test: {
          file: "tests/unit/contact-and-inclusion-schemas.test.ts",
          title: "asks both email questions when an email address is given",
        },
      },
      {
        control: "Staff see each permission beside the phone number and e-mail address on the referral page.",
        test: {
          file: "tests/unit/contact-and-inclusion-schemas.test.ts",
          title: "shows staff each permission beside the contact, in words",
        },
      },
    ],
    residual: risk("Medium", "Considerable"),
    procedures: ["A documented number of contact attempts before closing; tell the person the number we call from."],
    openActions: [{ action: "Ask for a second, safe contact route.", issue: 11 }],
  },
  {
    id: "H18",
    title: "Malicious or inappropriate third-party referral",
    causes: "An abusive partner or an adult without parental responsibility refers someone, to find or monitor them.",
    effect: "Disclosure of the person's contact with services; harm.",
    initial: risk("Very low", "Considerable"),
    controls: [
      {
        control: "No clinical detail is sent back to the referrer.",
        test: {
          file: "tests/integration/referral-notification.test.ts",
          title: "sends the referrer an acknowledgement with the reference and no clinical details",
        },
      },
      {
        control:
          "A parent or carer who is not confirmed to have parental responsibility is flagged to staff; who has it, and whether others with it should know (or it is not safe for them to), is recorded and shown together.",
        test: {
          file: "tests/integration/consent-answers.test.ts",
          title:
            "stores a parent's answers about parental responsibility, the young person's agreement and their own words, and shows them to staff",
        },
      },
      {
        control: "A parent cannot send a referral for a 16 or 17 year old who has not agreed to it.",
        test: {
          file: "tests/e2e/consent-journeys.spec.ts",
          title:
            "a parent of a 16-year-old who has not agreed is told why and what to do, and can send once they agree",
        },
      },
      {
        control:
          "The young person (12 to 17) can add their own view, whether they agree and who we should talk to, through a private link tied to that referral only.",
        test: {
          file: "tests/integration/young-person-view.test.ts",
          title: "adds the young person's view to the referral it was made for, and to no other, once",
        },
      },
      {
        control: "Staff read the young person's own view beside the referrer's account.",
        test: {
          file: "tests/e2e/young-person-view.spec.ts",
          title:
            "a young person's 'not sure' shows the crisis lines at once, and staff see their view beside the parent's account",
        },
      },
      {
        control:
          "A risk answer from the young person raises the referral's flags and urgency, audited; the team is told.",
        test: {
          file: "tests/integration/young-person-view.test.ts",
          title: "a risk answer raises the referral's flags and urgency, audited, and the team is told with flags only",
        },
      },
    ],
    residual: risk("Very low", "Considerable"),
    procedures: [
      "Contact the person directly and confirm before acting; tell referrers nothing without consent.",
      "Check parental responsibility before telling a parent or carer anything about a child's referral.",
    ],
    openActions: [],
  },
  {
    id: "H19",
    title: "Under-triage from the automatic programme suggestion",
    causes: "'Diagnosis: no' suggests the prevention group whatever the severity or risk.",
    effect: "Severe depression steered to a prevention group or signposted away.",
    initial: risk("Low", "Considerable"),
    controls: [
      {
        control: "Only programmes the service offers are suggested.",
        test: { file: "tests/unit/age-routing.test.ts", title: "only suggests programmes the service offers" },
      },
      {
        control:
          "The suggestion comes from age and who refers; the prevention group is never suggested with a risk flag.",
        test: {
          file: "tests/unit/age-routing.test.ts",
          title:
            "suggests the prevention group only when it is the one programme for that age, and never with a risk flag",
        },
      },
      {
        control: "Staff see the programme as suggested and change it with a reason, audited.",
        test: {
          file: "tests/integration/admin/programme-and-urgency-changes.test.ts",
          title:
            "moves the person to another programme, keeping the suggestion, the reason and an audit entry without the reason",
        },
      },
    ],
    residual: risk("Very low", "Considerable"),
    procedures: ["Clinician triage decides the programme."],
    openActions: [{ action: "Suggest on a validated measure as well as age.", issue: 16 }],
  },
  {
    id: "H20",
    title: "A trial deployment is used for real referrals",
    causes: "A fresh clone or a demonstration is put on a public address and looks like a real service.",
    effect: "Real referrals go to a service nobody reads.",
    initial: risk("Low", "Major"),
    controls: [
      {
        control: "Trial mode is the default and says so at start-up.",
        test: { file: goLiveUnit, title: "lets a fresh clone start as a trial and says so" },
      },
      {
        control: "Every page says it is a trial, not for real referrals.",
        test: {
          file: "tests/e2e/trial-banner-and-crisis-lines.spec.ts",
          title: "every page of a trial says it is not for real referrals",
        },
      },
    ],
    residual: risk("Very low", "Major"),
    procedures: [],
    openActions: [],
  },
  {
    id: "H21",
    title: "Crisis line for the wrong nation",
    causes:
      "A single list of lines written for England: Northern Ireland has no 111; Wales and Scotland have their own routes.",
    effect: "A person in crisis calls a route that does not exist where they live.",
    initial: risk("Low", "Major"),
    controls: [
      {
        control: "The urgent line is chosen by the nation in content/service.json.",
        test: { file: "tests/unit/crisis-lines.test.ts", title: "its own urgent mental health line" },
      },
    ],
    residual: risk("Very low", "Major"),
    procedures: ["Set nation in content/service.json to where the service is."],
    openActions: [],
  },
  {
    id: "H22",
    title: "Retention differs from what the privacy notice promises",
    causes:
      "The notice promised the Records Management Code while the code anonymised only closed referrals after 730 days; drafts, job records, mail files, sessions and audit events were not described or never deleted.",
    effect: "People are misled about their data; a record is kept or destroyed against policy.",
    initial: risk("Medium", "Significant"),
    controls: [
      {
        control: "The privacy notice states the retention periods the code applies.",
        test: {
          file: "tests/unit/content-facts.test.ts",
          title: "states the retention the code applies in the privacy notice",
        },
      },
      {
        control: "Closed referrals past the period are anonymised, and only they.",
        test: {
          file: "tests/integration/scheduled-retention.test.ts",
          title: "anonymises closed referrals past the retention period",
        },
      },
      {
        control:
          "One retention schedule (lib/retention/schedule.ts) names a rule for every table and side store; a new table without a rule fails the build's tests.",
        test: {
          file: "tests/unit/retention-schedule.test.ts",
          title: "names a rule for every table in prisma/schema.prisma",
        },
      },
      {
        control: "The privacy notice's table is rendered from that same schedule with the configured periods.",
        test: {
          file: "tests/unit/retention-schedule.test.ts",
          title: "shows the privacy notice this deployment's periods, from the same list",
        },
      },
      {
        control: "Declined, signposted and withdrawn referrals are anonymised too, with notes and every reason.",
        test: {
          file: "tests/integration/admin/retention-schedule.test.ts",
          title: "anonymises a %s referral past the period, with its notes and every reason",
        },
      },
      {
        control:
          "Audit events are deleted after AUDIT_RETENTION_DAYS only through a database function that refuses anything under a year old; the app's role cannot delete them itself.",
        test: {
          file: "tests/integration/security/database-roles.test.ts",
          title: "can remove audit events only through purge_audit_events, and only those over a year old",
        },
      },
      {
        control:
          "Erasure takes a fixed reason and a case number that cannot hold a name, NHS number or address, and deletes local copies of the referral's emails.",
        test: {
          file: "tests/integration/admin/data-protection.test.ts",
          title: "deletes the local copies of an erased referral's emails, and no one else's",
        },
      },
      {
        control:
          "After erasure, no table (the app's or the job queue's) and no mail file holds the person's name, email, phone or NHS number, including the young person's invitation.",
        test: {
          file: "tests/integration/admin/erasure-leaves-nothing.test.ts",
          title: "leaves the person's name, email, phone and NHS number in no table and no file",
        },
      },
    ],
    residual: risk("Low", "Significant"),
    procedures: ["Information governance sets RETENTION_DAYS and AUDIT_RETENTION_DAYS and records them in the DPIA."],
    openActions: [],
  },
]);
