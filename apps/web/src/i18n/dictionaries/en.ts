import type { TroubleType } from "@madoguchi/core/trouble/trouble-types";
import type { Dictionary, TroubleGuideText } from "./ja";

export const en: Dictionary = {
  languageName: "English",
  common: {
    product: "Help Center",
    skipToContent: "Skip to content",
    mainMenu: "Main menu",
    nav: {
      home: "Help Center",
      guide: "Where to ask",
      status: "Status",
      announcements: "News",
      contact: "Contact us",
      inquiries: "My inquiries",
    },
    languageSwitch: "日本語",
    languageSwitchLabel: "このページの日本語版",
    breadcrumb: "Breadcrumb",
    home: "Home",
    footerNotice:
      "Customer support. Our staff will never ask for your password, two-factor codes or private keys.",
    updated: (date: string) => `Last updated: ${date}`,
    readMore: "Read more",
    articlesCount: (count: number) => `${count} ${count === 1 ? "article" : "articles"}`,
    anchorLabel: (heading: string) => `Link to “${heading}”`,
  },
  search: {
    label: "Search the help center",
    placeholder: "e.g. forgot password, withdrawal pending",
    submit: "Search",
    suggestions: "Suggestions",
    title: "Search results",
    resultsFor: (q: string) => `Results for “${q}”`,
    count: (n: number) => `${n} ${n === 1 ? "result" : "results"}`,
    empty: "Type a few words to search.",
    noResults: (q: string) => `No articles match “${q}”.`,
    noResultsHint: "Try fewer or different words, or see the most read articles below.",
    contactHint: "If this does not solve it, our support windows can help.",
    contactLink: "See where to ask",
    previous: "Previous",
    next: "Next",
    page: (n: number) => `Page ${n}`,
  },
  home: {
    title: "How can we help?",
    lead: "Choose the kind of trouble to see how to solve it and which support window handles it. Most questions are answered here before you need to contact us.",
    typesTitle: "Kinds of trouble and their support windows",
    window: "Support window",
    popular: "Most read",
    recent: "Recently updated",
    guideLink: "Where to ask when you are in trouble",
    announcements: "News",
    allAnnouncements: "All news",
    health: {
      checking: "Checking the service…",
      ok: "The help center is operating normally.",
      down: "Some features are unavailable at the moment. Please try again later.",
    },
    statusLink: "System status",
  },
  category: {
    articles: "Articles in this section",
    empty: "No articles in this section yet.",
    window: "If this does not solve it",
  },
  article: {
    toc: "Contents",
    related: "Related articles",
    fallbackNotice: "This article is not available in English yet. The Japanese version is shown below.",
    category: "Section",
  },
  feedback: {
    question: "Was this article helpful?",
    yes: "Yes",
    no: "No",
    thanks: "Thank you for your feedback.",
    reasonLabel: "What did not help? (optional; please do not include personal information)",
    reasonSubmit: "Send",
    reasonThanks: "Thank you. We will use it to improve the article.",
    contactLead: "If this did not solve your problem, contact the support window in charge.",
    contactLink: "Contact support",
    rateLimited: "You have sent a lot of feedback in a short time. Please try again later.",
    failed: "Could not send. Please try again later.",
  },
  guide: {
    title: "Where to ask when you are in trouble",
    lead: "For each kind of trouble: the support window in charge, and what to have ready before you contact it.",
    toc: "Kinds of trouble",
    window: "Support window",
    firstStep: "Try this first",
    prepare: "What to have ready",
    always: "For every inquiry: what happened and when, in concrete terms, and the exact error message shown",
    articles: "See related articles",
    contact: "Contact us about this",
    urgent: "Urgent",
    alwaysOpen: "24/7",
    tipsTitle: "Checklist before you contact us",
    tipsLead: "With these, the support window can start working on your case right away.",
    channelsTitle: "Ways to get support",
    channels: {
      helpCenter: {
        name: "Help center",
        body: "Frequently asked questions and how to solve them, available at any time.",
      },
      form: {
        name: "Inquiry form",
        body: "We reply by email. Sign-in trouble can be reported without signing in.",
      },
      phone: {
        name: "Phone support",
        body: (plans: string, phone: string, hours: string) =>
          `Available to customers on ${plans} only. Phone: ${phone} (hours: ${hours}, Japan time)`,
        noPlans: "No plan currently includes phone support.",
      },
      status: {
        name: "System status and news",
        body: "Outages and maintenance, as they happen. You can also subscribe by email.",
      },
    },
    contactLink: "Go to the inquiry form",
  },
  status: {
    title: "System status",
    lead: "The current state of each service, and information on outages and maintenance.",
    overall: {
      operational: "All services are operating normally.",
      maintenance: "Some services are under maintenance.",
      degraded: "Some services are slower than usual.",
      partial_outage: "Some services are experiencing an outage.",
      major_outage: "A major outage is in progress.",
    },
    components: "Services",
    active: "Ongoing incidents and maintenance",
    upcoming: "Scheduled maintenance",
    past: "Incidents and maintenance in the past 90 days",
    noPast: "No incidents or maintenance in the past 90 days.",
    affected: "Affected services",
    window: (from: string, to: string) => `Scheduled: ${from} – ${to}`,
    incident: "Incident",
    maintenance: "Maintenance",
    checkedAt: (at: string) => `As of ${at}.`,
    feeds: "Follow with RSS or Atom",
    rss: "RSS feed",
    atom: "Atom feed",
    subscribeTitle: "Get updates by email",
    subscribeLead:
      "We email you when an incident or maintenance is updated. Open the link in the confirmation email to finish.",
    emailLabel: "Email address",
    subscribe: "Subscribe",
    subscribed: "We have sent you a confirmation email. Open the link in it to finish subscribing.",
    subscribeFailed: "Could not subscribe. Please check the email address.",
    subscribeRateLimited: "Too many requests in a short time. Please try again later.",
    bannerTitle: "Ongoing incidents and maintenance",
    bannerLink: "See system status",
    confirmTitle: "Confirm your subscription",
    confirmLead: "Press the button to start receiving incident and maintenance updates by email.",
    confirmButton: "Confirm subscription",
    confirmed: "You are subscribed. We will email you about incidents and maintenance.",
    confirmInvalid: "This link is invalid or has expired. Please subscribe again.",
    unsubscribeTitle: "Unsubscribe",
    unsubscribeLead: "Press the button to stop receiving incident and maintenance emails.",
    unsubscribeButton: "Unsubscribe",
    unsubscribed: "You have been unsubscribed.",
    unsubscribeInvalid: "This link is invalid or you have already unsubscribed.",
    backToStatus: "Back to system status",
    feedTitle: (brand: string) => `${brand} system status`,
    feedDescription: "Incidents and maintenance",
  },
  announcements: {
    title: "News",
    lead: "Important notices about our services.",
    pinned: "Important",
    empty: "No news at the moment.",
    back: "Back to all news",
  },
  contact: {
    title: "Contact us",
    lead: "The inquiry form is being prepared. These are the support windows for each kind of trouble.",
    selected: "Selected",
    guideLink: "See “Where to ask” for what to have ready.",
  },
  notFound: {
    title: "Page not found",
    body: "The page you are looking for may have been moved or removed.",
    home: "Go to the help center",
  },
  error: {
    title: "This page is temporarily unavailable",
    body: "Please try again in a moment.",
    retry: "Reload",
  },
  metadata: {
    description: (brand: string) => `Frequently asked questions and support windows of ${brand}.`,
  },
};

export const enTroubleGuide: Record<TroubleType, TroubleGuideText> = {
  login: {
    firstStep:
      "You can reset your password or unlock your ID yourself with the steps in the help center. If that does not work, use the inquiry form.",
    prepare: ["Registered email address", "Full name", "Date of birth"],
    note: "You can contact us without signing in, even if you cannot sign in.",
  },
  trading: {
    firstStep: "Check the order and its fills in your trade history, then contact trading support.",
    prepare: [
      "Trade ID (order number)",
      "Date and time of the trade",
      "Amount and quantity",
      "Screenshots, if any",
    ],
  },
  funds: {
    firstStep:
      "Check the status page for delays in deposits or withdrawals, then contact deposit & withdrawal support.",
    prepare: [
      "Deposit or withdrawal ID",
      "Date and time",
      "Amount",
      "Bank transfer slip or a screenshot of the transfer history, if any",
      "For crypto: the transaction hash (TXID), the network and the address",
    ],
    note: "A transfer on a blockchain cannot be reversed, even when sent to a wrong address. Check the address and network before you send.",
  },
  system: {
    firstStep:
      "First check the status page and the news for an outage or maintenance. If it is urgent, use the inquiry form.",
    prepare: [
      "When it happened",
      "Where (website, app or API; device and browser)",
      "The error message shown",
    ],
  },
  security: {
    firstStep:
      "If you suspect unauthorized access or an account takeover, change your password and turn on two-factor authentication now, then contact the security team immediately. Consider reporting any loss to the police.",
    prepare: [
      "When you noticed it",
      "The sign-ins or operations you do not recognize",
      "Suspicious emails or text messages, if any",
    ],
    note: "We never ask for your password, two-factor codes or private keys.",
  },
  other: {
    firstStep: "Check the frequently asked questions first. If they do not answer it, use the inquiry form.",
    prepare: ["Your question, as concretely as you can", "The screen or operation it is about"],
  },
};

export const enTips: { tip: string; how: string }[] = [
  {
    tip: "Give accurate information",
    how: "Copy your name, registered email address, trade ID or deposit/withdrawal ID exactly as shown on screen or on the statement.",
  },
  {
    tip: "Describe the situation concretely",
    how: "What you did, when, and what happened. If an error message appeared, quote it exactly.",
  },
  {
    tip: "Attach evidence",
    how: "Screenshots, bank transfer slips or transfer histories that show what happened.",
  },
  {
    tip: "Organize your inquiry",
    how: "Before sending, check that you have everything under “What to have ready”. A short, clear message gets a faster answer.",
  },
  {
    tip: "Follow the staff's instructions",
    how: "Follow the guidance of the support window. You never need to give your password or two-factor codes.",
  },
];
