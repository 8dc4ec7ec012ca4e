/** Links in the header's menu, in reading order. The journeys are built by the referral service. */
export const primaryNavigation = [
  { href: "/what-is-ipt", text: "What is IPT?" },
  { href: "/is-ipt-right-for-me", text: "Is IPT right for me?" },
  { href: "/for-professionals", text: "For professionals" },
  { href: "/training", text: "Training" },
  { href: "/refer", text: "Make a referral" },
  { href: "/enquire", text: "Ask a question" },
] as const;

export const footerNavigation = [
  { href: "/contact", text: "Contact us" },
  { href: "/faq", text: "Questions and answers" },
  { href: "/privacy", text: "Privacy notice" },
  { href: "/accessibility", text: "Accessibility statement" },
  { href: "/get-help-now", text: "Get help now" },
] as const;
