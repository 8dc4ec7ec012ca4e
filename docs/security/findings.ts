// The findings register: every finding of the security review of 4 December 2026
// (shared/reviews/2026-12-04-security.md), in the review's order. Edit a finding in its own file under
// docs/security/findings/, then run `npm run security:findings` to rewrite findings.md.
import { findingRegisterSchema } from "./finding-schema";
import { h1 } from "./findings/h1";
import { h2 } from "./findings/h2";
import { m1 } from "./findings/m1";
import { m2 } from "./findings/m2";
import { m3 } from "./findings/m3";
import { m4 } from "./findings/m4";
import { m5 } from "./findings/m5";
import { m6 } from "./findings/m6";
import { m7 } from "./findings/m7";
import { m8 } from "./findings/m8";
import { l1 } from "./findings/l1";
import { l2 } from "./findings/l2";
import { l3 } from "./findings/l3";
import { l4 } from "./findings/l4";
import { l5 } from "./findings/l5";
import { l6 } from "./findings/l6";
import { l7 } from "./findings/l7";
import { l8 } from "./findings/l8";
import { l9 } from "./findings/l9";
import { l10 } from "./findings/l10";
import { l11 } from "./findings/l11";
import { l12 } from "./findings/l12";
import { i1 } from "./findings/i1";
import { i2 } from "./findings/i2";
import { i3 } from "./findings/i3";
import { i4 } from "./findings/i4";
import { i5 } from "./findings/i5";

export const findings = findingRegisterSchema.parse([
  h1,
  h2,
  m1,
  m2,
  m3,
  m4,
  m5,
  m6,
  m7,
  m8,
  l1,
  l2,
  l3,
  l4,
  l5,
  l6,
  l7,
  l8,
  l9,
  l10,
  l11,
  l12,
  i1,
  i2,
  i3,
  i4,
  i5,
]);
