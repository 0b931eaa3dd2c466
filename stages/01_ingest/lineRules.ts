/**
 * Recognizers for lines that are page furniture rather than article text: photo credits and
 * captions, bylines and time stamps, share buttons, cookie notices, ads and "read more" links.
 *
 * Every rule describes a general shape (a credit is an agency name, optionally with a
 * photographer; a byline is "By" and two to four capitalized name words), never words of a
 * particular article. Every line pattern is anchored at both ends: a line is removed only when the
 * whole line has the shape, so an article sentence that merely starts like one ("Share prices
 * fell…", "By contrast, …", "By Friday the talks…") is kept. Whether the line stands on its own
 * (and is not a hard-wrapped piece of a sentence), and whether it is near the top of the article,
 * is decided by the caller, which sees context.
 */

export type RemovalKind = "caption" | "credit" | "byline" | "share" | "cookie" | "boilerplate"

// Longer than this, a line is a paragraph of prose: none of the shapes below are this long.
const MAX_FURNITURE_LENGTH = 400

// Photo and news agencies as they appear in credits. A list of agencies is a general rule: it
// names the credited party of any photo, not words of one article.
const AGENCY =
  "(?:Getty Images|GETTY IMAGES|Getty|Reuters|REUTERS|AFP|AP|EPA(?:-EFE)?|EFE|PA(?: Media| Wire| Images)?|Shutterstock|Alamy(?: Stock Photo)?|Bloomberg|Xinhua|Anadolu(?: Agency)?|TASS|Sipa(?: USA)?|SIPA|NurPhoto|SOPA Images|LightRocket|Corbis|iStock(?:photo)?|(?:The )?Associated Press|Agence France-Presse|ZUMA (?:Press|Wire)|Rex Features|REX|WireImage|Kyodo|Yonhap|UPI|Imago|dpa|KCNA|AAP|ANP|Handout)"
// A capitalized word of a person's name: Jane, O'Brien, Jean-Luc, McDonald, J., and names with a
// lower-case prefix: al-Sudani, el-Sisi, d'Estaing.
const NAME_WORD = "(?:(?:[a-z]{1,3}[-'’])?[A-Z][a-zA-Z'’-]*\\.?)"
// Title-case function words: a name never contains them, a subheading does ("By Land Or Sea").
const FUNCTION_WORD =
  "(?:Or|And|Nor|But|The|Of|In|On|At|To|For|With|From|Into|Onto|Over|Under|Up|Down|Out|Off|As|Is|Are|Was|Were|Be|Not|No|Vs|Via|Than|So|If|All|Alone)(?![\\w'’.-])"
const PARTICLE = "(?:de|da|del|della|der|di|du|la|le|van|von|bin|ibn|al|el)"
// Words that start phrases like "By The Numbers", "By Monday Evening": not names.
const NOT_A_NAME =
  "(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|Your|My|Some|All|Any|Most|Many|Next|Last|Early|Late|Then|Now|Far|Way|Order|Contrast|Comparison|Design|Default|Definition|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Noon|Midnight|Tonight|Today|Tomorrow|Yesterday)\\b)"
const NAME = `${NOT_A_NAME}${NAME_WORD}(?:\\s+(?!${FUNCTION_WORD})(?:${NAME_WORD}|${PARTICLE})){1,3}`
const NAMES = `${NAME}(?:\\s*(?:,|&|\\band\\b)\\s*${NAME})*`
const PHOTOGRAPHER = `${NAME_WORD}(?:\\s+(?:${NAME_WORD}|${PARTICLE})){0,3}`

/** "Reuters", "AFP/Getty Images", "Mark Wilson/Getty Images", "(Getty Images for X)", "File photo: AP". */
const AGENCY_CREDIT = new RegExp(
  `^\\(?(?:[Ff]ile(?: [Pp]hoto)?\\s*[:/]?\\s*)?(?:${PHOTOGRAPHER}\\s*/\\s*)?${AGENCY}` +
    `(?:\\s*(?:/|,|\\bvia\\b|\\bfor\\b)\\s*(?:${AGENCY}|${PHOTOGRAPHER}|[Ff]ile))*(?:\\s+[Ff]ile(?: [Pp]hoto)?)?\\)?$`
)
/** AP style: "(AP Photo/John Doe)", "AP Photo/Evan Vucci, File". */
const PHOTO_SLASH = /^\(?(?:[A-Z][\w.&'’-]*\s+){0,3}(?:Pool\s+|File\s+)?Photo(?:graph)?\s*\/\s*[^()/]{1,60}(?:\/[^()]{1,40})?\)?$/
/** "Photo: AP", "Picture: Jane Doe", "Credit: Reuters", "Photo by John Doe", "(Photo by Jane Doe/Getty Images)". */
const PHOTO_LABEL =
  /^\(?(?:(?:Photo|Photograph|Picture|Image|Video)s?(?: credit| courtesy(?: of)?)?\s*[:|]|(?:Photo|Picture)s? (?:by|courtesy of)\b|Credit\s*:|Courtesy(?: of\b|\s*:))\s*[^.!?()]{1,80}\)?$/
/** BBC style "Image copyright Getty Images". */
const IMAGE_COPYRIGHT = /^(?:Image|Photo|Picture|Video) (?:copyright|credit)\b.{0,120}$/i
/**
 * A caption line ending in its photo credit: "FILE PHOTO: A man walks past … March 13, 2019.
 * REUTERS/Charles Platiau/File Photo", "… in Baghdad. Thaier al-Sudani/Reuters", "… (AP Photo/Evan
 * Vucci)". An agency and a name joined by a slash never end a sentence of prose.
 */
const SLASH_CREDIT =
  `(?:${AGENCY}\\s*/\\s*${PHOTOGRAPHER}|${PHOTOGRAPHER}\\s*/\\s*${AGENCY})(?:\\s*/\\s*(?:${AGENCY}|${PHOTOGRAPHER}))*` +
  "|\\((?:[A-Z][\\w.&'’-]*\\s+){0,3}(?:Pool\\s+|File\\s+)?Photo(?:graph)?\\s*/\\s*[^()/]{1,60}(?:/[^()]{1,40})?\\)"
const CAPTION_WITH_CREDIT = new RegExp(`^[A-Z"“(].{10,350}?[.!?"”)]\\s+(?:${SLASH_CREDIT})$`)
/** BBC style "Image caption Protesters in …", "Media caption …". */
const IMAGE_CAPTION = /^(?:Image|Photo|Picture|Video|Media) caption\b.{0,300}$/i
const YEAR = "(?:1[89]|2[01])\\d{2}"
/**
 * "© 2019 Reuters", "Copyright 2014 by WJXT - All rights reserved", "(c) Copyright Thomson Reuters
 * 2013", "Copyright Associated Press". "(c)" alone is also how lists number their third item, so it
 * needs a year or the word Copyright after it; "Copyright" alone needs a year, a mark, "by", or only
 * capitalized words (an organization) after it, so a sentence about copyright law stays.
 */
const COPYRIGHT = new RegExp(
  "^(?:©.{0,150}" +
    `|Copyright\\s+(?:©|\\(c\\)|${YEAR}\\b|by\\s+[A-Z]).{0,150}` +
    `|\\(c\\)\\s+(?:Copyright\\b|${YEAR}\\b|${AGENCY}\\.?$|(?:[A-Z][\\w.&'’-]*\\s+){1,5}${YEAR}\\.?$).{0,150}` +
    "|Copyright(?:\\s+[A-Z][\\w.&'’-]*|\\s*[/|,&-]){1,8}\\.?" +
    "|All [Rr]ights [Rr]eserved\\.?)$"
)

/**
 * A byline with something after the names that only bylines have: an outlet, a title, a date, an
 * e-mail address ("By Jane Doe, CNN", "By Jane Doe | Staff Writer"), or an agency or staff credit.
 */
const BYLINE = new RegExp(
  `^[Bb]y:?\\s+(?:(?:${NAMES})(?:\\s*(?:,|\\||-|–|—)\\s*[A-Za-z][\\w&.'’ ]{0,40}(?:\\s+\\S+@\\S+)?|\\s+\\S+@\\S+)` +
    `|(?:${AGENCY}(?: [Ss]taff)?|[A-Z][\\w&.'’ ]{0,40} [Ss]taff(?: [Ww]riters?)?)(?:\\s*(?:,|\\||-|–|—)\\s*[A-Za-z][\\w&.'’ ]{0,40})?(?:\\s+\\S+@\\S+)?)$`
)
/**
 * Names alone ("By Jane Doe", "by Robert MacMillan"). A subheading can have this shape too ("By
 * Popular Demand"), so the caller only removes it near the top of the article, where bylines sit.
 */
const BARE_BYLINE = new RegExp(`^[Bb]y:?\\s+(?:${NAMES})$`)
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?"
/**
 * CNN style "Updated 1234 GMT (2034 HKT) December 9, 2019", "Published 9:05 a.m. ET": the word,
 * then something that is unmistakably a time or date (a bare number is not: "Posted county
 * prices in 99 southern" is the first line of a wrapped wire sentence).
 */
const TIMESTAMP = new RegExp(
  "^(?:Updated|Published|Posted|Last updated|First published|Last modified)(?: on| at)?:?\\s" +
    `(?=.*(?:\\d{1,2}:\\d{2}|\\b\\d{3,4}\\s?(?:GMT|UTC|BST|CET|ET|EST|EDT|PT|PST|PDT)\\b|\\b${MONTH}\\s\\d{1,2}\\b|\\b\\d{1,2}\\s${MONTH}\\s\\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d+\\s(?:minutes?|hours?|days?)\\sago\\b))` +
    "[^!?]{0,100}$"
)
// The work a wire credit names, and how it opens inside parentheses: "(Reporting by", "(With
// additional reporting by", misspelt "(Additonal reporting by", or a list "(Paris newsroom; Editing by".
const WIRE_WORK = "(?:reporting|writing|editing|compiled|compiling|reported|written|edited|polling|graphics?|research)"
const WIRE_OPEN = `\\((?:with\\s+)?(?:ad+it+i?on+al\\s+)?${WIRE_WORK}\\b[^()]*\\bby\\b|\\([^()]*;\\s*${WIRE_WORK}\\s+by\\b`
/** Wire credits on a line of their own: "(Reporting By Jane Doe; editing by John Roe).". */
const WIRE_CREDIT = new RegExp(`^(?:${WIRE_OPEN})[^()]*\\)\\.?$`, "i")
// Without parentheses the credit must start with a capital and name a capitalized person, or
// "Editing by a committee …" would go.
const WIRE_CREDIT_PLAIN = /^(?:Additional )?(?:Reporting|Writing|Editing|Compiled|Reported|Written) [Bb]y [A-Z][^.!?()]{0,200}$/
/** "CNN's Jane Doe contributed to this report.", "Jane Doe contributed reporting from Paris." */
const CONTRIBUTED =
  /^[A-Z][^!?]{0,150}?\bcontributed (?:reporting(?: to this (?:report|story|article))?(?: from [A-Z][^.!?]{0,60})?|to this (?:report|story|article))\.?$/

const SHARE = /^(?:Read or )?Share(?: this| on| via| with| to| article| story| page| link| now)\b[^.!?]{0,100}$/i
/** "Follow us on Twitter", "Follow @TimesofTrenton on Twitter", "Follow KDKA On Twitter". */
const FOLLOW =
  /^Follow (?:us|me|him|her|them|@\w+|[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}) (?:[Oo]n|[Aa]t) (?:Twitter|Facebook|Instagram|LinkedIn|YouTube|TikTok|Threads|X)\b[^.!?]{0,80}[.!]?$/
const SOCIAL_WORDS = new Set([
  "share", "shares", "tweet", "email", "e-mail", "facebook", "twitter", "whatsapp", "linkedin", "pinterest",
  "reddit", "messenger", "telegram", "print", "copy", "link", "sms", "save", "comments", "comment"
])
// A row of share buttons needs at least one of these; "Print" or "Save" alone is too weak.
const SOCIAL_STRONG = new Set([
  "share", "shares", "tweet", "email", "e-mail", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "reddit", "messenger"
])

const COOKIE = [
  /^(?:We|This (?:web)?site|Our (?:web)?site)(?: and our partners)? (?:use|uses|are using|may use) cookies\b.{0,400}$/i,
  /^By (?:continuing|using)(?: to)?(?: use| browse| browsing)? (?:this|our) (?:web)?site\b.{0,200}\bcookies?\b.{0,200}$/i,
  /^(?:Accept|Allow|Reject|Decline|Manage)(?: all)? cookies\b.{0,100}$/i,
  /^Cookie (?:policy|settings|preferences|notice|consent)\b.{0,100}$/i
]

const BOILERPLATE = [
  /^[-–—\s]*(?:Advertisements?|Sponsored(?: content)?|Story continues below(?: advertisement)?|Continue reading(?: below| the main story)?|Skip advertisement|Advertisement\s*[-–—:]\s*(?:scroll|continue)[\w ]{0,30})[-–—\s]*$/i,
  /^(?:Read more|Read also|See also|Also read|Related|Related content|Related articles?|Related stories|Recommended|Most read)\b\s*(?:[:：|»›>]\s*.{0,200})?$/i,
  /^(?:Sign up|Signup|Subscribe|Register)\b.{0,200}\b(?:newsletters?|inbox)\b.{0,100}$/i,
  /^(?:Sign up|Subscribe)(?: (?:now|here|today|for free))?[.!]?$/i,
  /^Click here\b.{0,150}$/i
]

// First letters (lower-cased) of the words above: most lines fail this before being split.
const SOCIAL_FIRST = new Set([...SOCIAL_WORDS].map((w) => w.charCodeAt(0)))

const isSocialRow = (line: string): boolean => {
  if (line.length > 120 || !SOCIAL_FIRST.has(line.charCodeAt(0) | 0x20)) return false
  let strong = false
  for (const token of line.toLowerCase().split(/[\s|•·,/]+/)) {
    if (token === "") continue
    if (!SOCIAL_WORDS.has(token)) return false
    if (SOCIAL_STRONG.has(token)) strong = true
  }
  return strong
}

/** True for a photo credit on its own: an agency, "(AP Photo/…)", "Photo: …", "Image copyright …". */
export const isCredit = (line: string): boolean =>
  line.length <= 160 &&
  (AGENCY_CREDIT.test(line) || PHOTO_SLASH.test(line) || PHOTO_LABEL.test(line) || IMAGE_COPYRIGHT.test(line))

/**
 * What kind of furniture a whole (trimmed) line is, or null for article text. `nearTop` says the
 * line is among the first lines of the article, the only place a byline of bare names is taken.
 */
export const classifyLine = (line: string, nearTop: boolean): RemovalKind | null => {
  if (line.length === 0 || line.length > MAX_FURNITURE_LENGTH) return null
  if (isCredit(line) || COPYRIGHT.test(line)) return "credit"
  if (IMAGE_CAPTION.test(line) || (line.includes("/") && CAPTION_WITH_CREDIT.test(line))) return "caption"
  if (BYLINE.test(line) || WIRE_CREDIT.test(line) || WIRE_CREDIT_PLAIN.test(line)) return "byline"
  if (line.includes("contributed") && CONTRIBUTED.test(line)) return "byline"
  if (nearTop && BARE_BYLINE.test(line)) return "byline"
  // A time stamp ends like a stamp, not like a sentence ("a.m." is fine).
  if (TIMESTAMP.test(line) && (!line.endsWith(".") || /[ap]\.m\.$/i.test(line))) return "byline"
  if (SHARE.test(line) || FOLLOW.test(line) || isSocialRow(line)) return "share"
  for (const rule of COOKIE) if (rule.test(line)) return "cookie"
  for (const rule of BOILERPLATE) if (rule.test(line)) return "boilerplate"
  return null
}

/** "By Jane Doe and John Roe " glued in front of a wire dateline ("PARIS (Reuters) - …"). */
export const GLUED_BYLINE = new RegExp(
  // Name words here need a lower-case letter, so the all-caps dateline city is not taken for a name.
  `^By\\s+((?:${NOT_A_NAME}[A-Z][a-z][a-zA-Z'’-]*|[A-Z]\\.)(?:\\s+(?:[A-Z][a-z][a-zA-Z'’-]*|[A-Z]\\.|${PARTICLE})){1,3}` +
    `(?:\\s*(?:,|&|\\band\\b)\\s*(?:[A-Z][a-z][a-zA-Z'’-]*|[A-Z]\\.)(?:\\s+(?:[A-Z][a-z][a-zA-Z'’-]*|[A-Z]\\.|${PARTICLE})){1,3})*)\\s+(?=[A-Z]{3,}\\b|[A-Z]{2,}[\\s/][A-Z]{2,}\\b)`
)

/**
 * "(Reporting by …; Editing by …)" at the very end of a wire story, any case, possibly wrapped over
 * lines, unclosed, or followed by a period or by more parentheses (the desk's contact line).
 * Starts with the literal "(" so the engine only tries positions holding one.
 */
export const TRAILING_WIRE_CREDIT = new RegExp(
  // The parentheses after it may hold one level more: "(… e-mailed to: jane.doe(at)reuters.com)".
  `(?:${WIRE_OPEN})[^()]*(?:\\)|$)(?:\\s*\\((?:[^()]|\\([^()]*\\))*\\))*[\\s).,;]*$`,
  "i"
)

/** "Advertisement" left between two sentences by a scraper that flattened the page. */
export const INLINE_ADVERTISEMENT = /([.!?"”’)])\s+(?:[-–—]\s*)?Advertisements?(?:\s*[-–—])?\s+(?=["“‘(]?[A-Z0-9])/g
/** The same at the start of a paragraph: "Advertisement Man held after …". */
export const LEADING_ADVERTISEMENT = /^(?:[-–—]\s*)?Advertisements?(?:\s*[-–—])?\s+(?=["“‘]?[A-Z0-9])/
