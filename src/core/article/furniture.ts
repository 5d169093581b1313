/**
 * Page furniture (text of the page that is not the article: share buttons, sign-ups,
 * comment forms, error boxes, link lead-ins) and photo credits. Every test runs on a
 * paragraph's text with its whitespace collapsed.
 */

const FURNITURE: RegExp[] = [
  // error boxes and widgets
  /^oops!?\s*something went wrong\b/i,
  /^(?:please\s+)?(?:try again later|refresh the page)\.?$/i,
  /^(?:loading|loading\.\.\.|loading…)$/i,
  /^(?:please\s+)?enable javascript\b/i,
  // related links, read-more boxes
  /^(?:related|more on this|more from|most (?:read|popular|viewed)|recommended|trending|top stories|latest news|you may also like|you might also like|also read|see also|more stories|more news)(?:\s+(?:posts?|content|articles?|stories|news|links|reading|topics|videos?)?)?\s*:?$/i,
  /^read (?:more|next|the full (?:story|article)|full article|the latest|our live coverage)\b.{0,80}$/i,
  /^(?:source\s*:\s*)?read full article$/i,
  /^click here\b.{0,120}$/i,
  /^(?:tap|swipe) (?:here|to)\b.{0,80}$/i,
  /^(?:watch|listen)(?: the video| now| live)?\s*:?$/i,
  /^(?:continue reading|show more|see more|load more|view (?:comments|gallery))\b.{0,30}$/i,
  // comments
  /^(?:leave a (?:reply|comment)|comments?|\d+\s+comments?|join the (?:conversation|discussion)|add your comment|post a comment|view comments)\s*:?$/i,
  /^your email address will not be published\b/i,
  /^required fields are marked\b/i,
  // sharing
  /^(?:share|share this(?: article| story| page)?|share on \w+|tweet|pin(?: it)?|copy link|email|print|whatsapp|facebook|twitter|linkedin|reddit|messenger|flipboard)(?:\s*[|·•,]\s*(?:share|tweet|email|print|copy link|whatsapp|facebook|twitter|linkedin|reddit|messenger|flipboard|pinterest|x))*\s*:?$/i,
  /^(?:follow us on|like us on|find us on)\b.{0,80}$/i,
  // newsletters, subscriptions, tip-offs
  /^(?:sign up|subscribe|register)\b.{0,100}\b(?:newsletters?|inbox|updates|alerts|emails?)\b/i,
  /\b(?:sign up|subscribe)\b.{0,60}\bnewsletters?\b|\bnewsletters?\b.{0,60}\b(?:sign up|subscribe|inbox)\b/i,
  /^(?:get|receive) (?:the latest|our|breaking)\b.{0,80}\b(?:inbox|newsletter|emails?|alerts)\b/i,
  /^(?:newsletter|subscribe(?: now)?|sign up(?: now)?|sign in|log in|register|already a subscriber\??)\s*:?$/i,
  /^we pay for your stories!?$/i,
  /^do you have a story for\b/i,
  /^email us at\b/i,
  /^(?:got|have) a (?:story|tip)\b.{0,60}\?$/i,
  // cookies, consent
  /^(?:we|this (?:site|website)|our (?:site|website|partners)) (?:and our partners )?uses? cookies\b/i,
  /^.{0,80}\bcookie (?:policy|settings|preferences|notice)\b/i,
  /^(?:accept(?: all)?(?: cookies)?|reject all|manage (?:preferences|cookies|consent))$/i,
  // adverts
  /^(?:advertisement|advertisements|advert|ad|sponsored(?: content)?|promoted(?: stories)?|story continues below(?: advertisement)?|article continues below|scroll to continue)\s*:?$/i,
  // copyright lines
  /^(?:©|\(c\)|copyright)\s*\d{4}\b.{0,80}$/i,
  /^all rights reserved\.?$/i,
];

/** `Martha McHardy has more:`, `Our travel correspondent Simon Calder has the details:`, `Read more:` */
const LINK_LEAD_IN = /^(?:read more|more here|see more|related|watch|listen|(?:[\p{L}’'.\- ]{2,80})\s(?:has|have)\s(?:more|the details|the full story|the latest|the story|more details|this report))\s*:$/iu;

const CREDIT_WORD = '(?:Pictures?|Photos?(?:graph)?|Images?|Images? source|Image credit|Photo credit|Credit|Illustration|Video|Footage)';
/** A credit on its own: `Picture: Alamy`, `Images source: © Getty Images | …`. */
const CREDIT_ONLY = new RegExp(`^${CREDIT_WORD}\\s*:\\s*\\S.{0,120}$`, 'i');
/** A caption that ends with its credit: `… rise. Picture: Alamy`. */
const CREDIT_SUFFIX = new RegExp(`[.!?”"')\\]]\\s+${CREDIT_WORD}\\s*:\\s*[^.:]{1,80}\\.?$|\\s[|/]\\s*${CREDIT_WORD}\\s*:\\s*[^.:]{1,80}$`, 'i');

const AGENCY =
  '(?:via\\s+[^()]{1,40}|PA(?:\\s+(?:Wire|Media|Archive))?|AP(?:\\s+Photo)?|AFP(?:\\s+via Getty(?: Images)?)?|Reuters|REUTERS|EPA(?:-EFE)?|Getty(?:\\s+Images)?|Alamy|Shutterstock|Bloomberg|Sputnik|TASS|Xinhua|Anadolu(?: Agency)?|Ukrinform|Handout|Supplied|File|Pool|UPI|DPA|dpa|NurPhoto|SOPA Images|LightRocket|ANSA|The Associated Press|Associated Press)';
/** A caption that ends with a parenthesised credit: `(PA Wire)`, `(Clodagh Kilcoyne/Reuters)`, `(via REUTERS)`. */
const SLASHED = '[\\p{Lu}][^()/]{0,60}(?:/[\\p{Lu}][^()/]{0,60})+';
const PAREN_CREDIT = new RegExp(`\\((?:${AGENCY}|${SLASHED})\\)\\s*$`, 'u');
const PAREN_CREDIT_ONLY = new RegExp(`^\\((?:${AGENCY}|${SLASHED})\\)$`, 'u');

/**
 * The patterns anchored at the start as one expression, and the others apart: one
 * regular-expression call per paragraph instead of one per pattern (the calls, not
 * the matching, were what isFurniture cost). No anchored pattern has a top-level `|`,
 * so `^(?:a|b|…)` means what the list means; a test checks that they agree.
 */
const ANCHORED = FURNITURE.filter((re) => re.source.startsWith('^'));
const FURNITURE_AT_START = new RegExp(`^(?:${ANCHORED.map((re) => `(?:${re.source.slice(1)})`).join('|')})`, 'i');
const FURNITURE_ANYWHERE = FURNITURE.filter((re) => !re.source.startsWith('^'));

export function isFurniture(s: string): boolean {
  if (s.length > 200) return false;
  if (FURNITURE_AT_START.test(s)) return true;
  for (const re of FURNITURE_ANYWHERE) if (re.test(s)) return true;
  return false;
}

/** isFurniture as the list reads, one pattern after another (what the combined expression must agree with). */
export function isFurnitureByList(s: string): boolean {
  return s.length <= 200 && FURNITURE.some((re) => re.test(s));
}

export function isLinkLeadIn(s: string): boolean {
  return s.length <= 120 && LINK_LEAD_IN.test(s);
}

/** A photo credit standing alone (`Picture: Alamy`, `(via REUTERS)`). */
export function isCreditOnly(s: string): boolean {
  return s.length <= 160 && (CREDIT_ONLY.test(s) || PAREN_CREDIT_ONLY.test(s));
}

/** A caption: text that ends with a photo credit. */
export function endsWithCredit(s: string): boolean {
  // Both patterns are tried at every position; most paragraphs have neither a colon nor a closing bracket.
  return (s.includes(':') && CREDIT_SUFFIX.test(s)) || (s.includes(')') && PAREN_CREDIT.test(s));
}
