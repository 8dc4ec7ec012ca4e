import { describe, expect, it } from "vitest";
import { restrictionsOf } from "@/lib/referrals/journeys/contact-permissions";

// Each way the person asked us not to reach them, in the words staff read in the risk and
// safeguarding box: a voicemail on a shared phone can tell someone at home about the referral.

describe("contact restrictions, in staff's words", () => {
  it("names every way ruled out, in the form's order", () => {
    const everyNo = {
      mayCall: "no",
      mayVoicemail: "no",
      mayText: "no",
      phoneOwn: "shared",
      mayEmail: "no",
      emailOwn: "shared",
    };
    expect(restrictionsOf(everyNo)).toEqual([
      "Do not call",
      "Do not leave voicemail",
      "Do not text",
      "Phone is shared with other people",
      "Do not email",
      "Inbox is shared with other people",
    ]);
  });

  it("reads a referral sent before the questions were split: its one 'no' to messages and texts", () => {
    expect(restrictionsOf({ mayLeaveMessage: "no", mayCall: "no" })).toEqual(["Do not leave a message or text"]);
    expect(restrictionsOf({ mayLeaveMessage: "yes", mayCall: "no" })).toEqual(["Do not call"]);
  });

  it("has none when every answer allows us, or there is no contact page", () => {
    expect(restrictionsOf({ mayCall: "yes", mayEmail: "yes", phoneOwn: "own", emailOwn: "own" })).toEqual([]);
    expect(restrictionsOf(undefined)).toEqual([]);
  });
});
