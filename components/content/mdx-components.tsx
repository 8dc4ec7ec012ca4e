import type { MDXComponents } from "@/lib/content";
import { Callout } from "./callout";
import { CourseList } from "./course-list";
import { CrisisBox } from "./crisis-box";
import { Details } from "./details";
import { ExitThisPageLink } from "./exit-this-page-link";
import { ProgrammeList } from "./programme-list";
import { ReferralLink } from "./referral-link";
import { RetentionSchedule } from "./retention-schedule";
import {
  Address,
  Catchment,
  EmailLink,
  Organisation,
  PhoneHours,
  PhoneLink,
  ResponseTime,
  ServiceName,
  UrgentStandard,
} from "./service-details";
import { Steps } from "./steps";

/**
 * Everything an MDX page may use. Plain Markdown gets the NHS list styles; anything else an
 * author types that is not here fails the build, so a typo never ships as a blank space.
 */
export const mdxComponents: MDXComponents = {
  ul: (props) => <ul className="nhsuk-list nhsuk-list--bullet" {...props} />,
  ol: (props) => <ol className="nhsuk-list nhsuk-list--number" {...props} />,
  Address,
  Callout,
  Catchment,
  CourseList,
  CrisisBox,
  Details,
  EmailLink,
  // Get help now: someone may need to hide the page quickly (H05).
  ExitThisPage: ExitThisPageLink,
  Organisation,
  PhoneHours,
  PhoneLink,
  ProgrammeList,
  ReferralLink,
  ResponseTime,
  RetentionSchedule,
  ServiceName,
  Steps,
  UrgentStandard,
};
