/**
 * Recognizers for lines that are page furniture rather than article text: photo credits and
 * captions, bylines and time stamps, share buttons, cookie notices, ads and "read more" links.
 *
 * Every rule describes a general shape (a credit is an agency name, optionally with a
 * photographer; a byline is "By" and two to four capitalized name words), never words of a
 * particular article. Every pattern is anchored at both ends: a line is removed only when the
 * whole line has the shape, so an article sentence that merely starts like one ("Share prices
 * fell…", "By contrast, …", "By Friday the talks…") is kept. Whether the line stands on its own
 * (and is not a hard-wrapped piece of a sentence) is decided by the caller, which sees context.
 */

export type RemovalKind = "caption" | "credit" | "byline" | "share" | "cookie" | "boilerplate"

// Longer than this, a line is a paragraph of prose: none of the shapes below are this long.
const MAX_FURNITURE_LENGTH = 400

// Photo and news agencies as they appear in credits. A list of agencies is a general rule: it
// names the credited party of any photo, not words of one article.
const AGENCY =
  "(?:Getty Images|Getty|Reuters|AFP|AP|EPA(?:-EFE)?|EFE|PA(?: Media| Wire| Images)?|Shutterstock|Alamy(?: Stock Photo)?|Bloomberg|Xinhua|Anadolu(?: Agency)?|TASS|Sipa(?: USA)?|SIPA|NurPhoto|SOPA Images|LightRocket|Corbis|iStock(?:photo)?|(?:The )?Associated Press|Agence France-Presse|ZUMA (?:Press|Wire)|Rex Features|REX|WireImage|Kyodo|Yonhap|UPI|Imago|dpa|KCNA|AAP|ANP|Handout)"
// A capitalized word of a person's name: Jane, O'Brien, Jean-Luc, McDonald, J.
const NAME_WORD = "(?:[A-Z][a-zA-Z'’-]*\\.?)"
const PARTICLE = "(?:de|da|del|della|der|di|du|la|le|van|von|bin|ibn|al|el)"
// Words that start phrases like "By The Numbers", "By Monday Evening": not names.
const NOT_A_NAME =
  "(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|Your|My|Some|All|Any|Most|Many|Next|Last|Early|Late|Then|Now|Far|Way|Order|Contrast|Comparison|Design|Default|Definition|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Noon|Midnight|Tonight|Today|Tomorrow|Yesterday)\\b)"
const NAME = `${NOT_A_NAME}${NAME_WORD}(?:\\s+(?:${NAME_WORD}|${PARTICLE})){1,3}`
const NAMES = `${NAME}(?:\\s*(?:,|&|\\band\\b)\\s*${NAME})*`
const PHOTOGRAPHER = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}`

/** "Reuters", "AFP/Getty Images", "Mark Wilson/Getty Images", "(Getty Images for X)", "File photo: AP". */
const AGENCY_CREDIT = new RegExp(
  `^\\(?(?:[Ff]ile(?: [Pp]hoto)?\\s*[:/]?\\s*)?(?:${PHOTOGRAPHER}\\s*/\\s*)?${AGENCY}` +
    `(?:\\s*(?:/|,|\\bvia\\b|\\bfor\\b)\\s*(?:${AGENCY}|${PHOTOGRAPHER}|[Ff]ile))*(?:\\s+[Ff]ile(?: [Pp]hoto)?)?\\)?$`
)
/** AP style: "(AP Photo/John Doe)", "AP Photo/Evan Vucci, File". */
const PHOTO_SLASH = /^\(?(?:[A-Z][\w.&'’-]*\s+){0,3}(?:Pool\s+|File\s+)?Photo(?:graph)?\s*\/\s*[^()/]{1,60}(?:\/[^()]{1,40})?\)?$/
/** "Photo: AP", "Picture: Jane Doe", "Credit: Reuters", "Photo by John Doe". */
const PHOTO_LABEL =
  /^(?:(?:Photo|Photograph|Picture|Image|Video)s?(?: credit| courtesy(?: of)?)?\s*[:|]|(?:Photo|Picture)s? (?:by|courtesy of)\b|Credit\s*:|Courtesy(?: of\b|\s*:))\s*[^.!?]{1,80}$/
/** BBC style "Image copyright Getty Images". */
const IMAGE_COPYRIGHT = /^(?:Image|Photo|Picture|Video) (?:copyright|credit)\b.{0,120}$/i
/** BBC style "Image caption Protesters in …", "Media caption …". */
const IMAGE_CAPTION = /^(?:Image|Photo|Picture|Video|Media) caption\b.{0,300}$/i
const COPYRIGHT = /^(?:©|\(c\)\s|Copyright\s+(?:©|\(c\)|\d{4}))\s*.{0,150}$/

const BYLINE = new RegExp(
  `^By:?\\s+(?:${NAMES}|${AGENCY}(?: [Ss]taff)?|[A-Z][\\w&.'’ ]{0,40} [Ss]taff(?: [Ww]riters?)?)` +
    `(?:\\s*(?:,|\\||-|–|—)\\s*[A-Za-z][\\w&.'’ ]{0,40})?(?:\\s+\\S+@\\S+)?$`
)
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
/** Wire credits: "(Reporting by Jane Doe; Editing by John Roe)", "Writing by Jane Doe". */
const WIRE_CREDIT =
  /^(?:\((?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]eported|[Ww]ritten)\b[^()]*\bby\b[^()]*\)|(?:Additional )?(?:Reporting|Writing|Editing|Compiled|Reported|Written) by [A-Z][^.!?()]{0,200})$/

const SHARE = /^(?:Read or )?Share(?: this| on| via| with| to| article| story| page| link| now)\b[^.!?]{0,100}$/i
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

/** What kind of furniture a whole (trimmed) line is, or null for article text. */
export const classifyLine = (line: string): RemovalKind | null => {
  if (line.length === 0 || line.length > MAX_FURNITURE_LENGTH) return null
  if (isCredit(line) || COPYRIGHT.test(line)) return "credit"
  if (IMAGE_CAPTION.test(line)) return "caption"
  if (BYLINE.test(line) || WIRE_CREDIT.test(line)) return "byline"
  // A time stamp ends like a stamp, not like a sentence ("a.m." is fine).
  if (TIMESTAMP.test(line) && (!line.endsWith(".") || /[ap]\.m\.$/i.test(line))) return "byline"
  if (SHARE.test(line) || isSocialRow(line)) return "share"
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

/** "(Reporting by …; Editing by …)" at the end of a wire story, plus any trailing contact parentheses. */
// Starts with the literal "(" so the engine only tries positions holding one.
export const TRAILING_WIRE_CREDIT =
  /\((?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]eported|[Ww]ritten)\b[^()]*\bby\b[^()]*\)(?:\s*\([^()]*\))*[\s)]*$/

/** "Advertisement" left between two sentences by a scraper that flattened the page. */
export const INLINE_ADVERTISEMENT = /([.!?"”’)])\s+(?:[-–—]\s*)?Advertisements?(?:\s*[-–—])?\s+(?=["“‘(]?[A-Z0-9])/g
/** The same at the start of a paragraph: "Advertisement Man held after …". */
export const LEADING_ADVERTISEMENT = /^(?:[-–—]\s*)?Advertisements?(?:\s*[-–—])?\s+(?=["“‘]?[A-Z0-9])/
