/**
 * Word lists the sentence splitter consults at a period. Lookups are case-sensitive and use the
 * word as written before the period, without the period ("Mr", "U.S", "Calif").
 *
 * Three kinds of abbreviation, because they behave differently at a period:
 * - a title goes before a name, so its period never ends a sentence ("Cdr. Sean Robertson");
 * - a number prefix goes before a number ("No. 2"); before anything else it is an ordinary word;
 * - any other abbreviation can end a sentence ("… in the U.S. The company …") or not
 *   ("U.S. officials"); the splitter then decides by the next word (see `sentenceStarters`).
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/))

/** Titles and ranks written before a name. */
export const titleAbbreviations: ReadonlySet<string> = words(`
  Mr Mrs Ms Messrs Mmes Dr Drs Prof Profs Sen Sens Rep Reps Gov Govs Lt Gen Gens Col Sgt Cdr Cmdr
  Capt Maj Adm Cpl Pvt Brig Lieut Rev Hon Pres Supt Insp Det Atty Amb
`)

/** Abbreviations written before a number. */
export const numberAbbreviations: ReadonlySet<string> = words(`
  No Nos no nos Vol vol Vols Art art Fig fig Figs p pp Ch ch Sec sec Para para Ref ref Tel tel Ext ext Rs
`)

/** Abbreviations that may or may not end a sentence. Dotted forms like "U.S" are recognised by shape as well. */
export const otherAbbreviations: ReadonlySet<string> = words(`
  Inc Corp Co Cos Ltd Plc Bros Assn Dept Univ Intl Govt Jr Sr St Ste Mt Ft Ave Blvd Rd Hwy
  etc al approx est ca
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  Ala Ariz Ark Calif Cal Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont
  Neb Nebr Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wisc Wyo
`)

/** Abbreviations after which more of the same sentence always follows. */
export const continuingAbbreviations: ReadonlySet<string> = words(`
  e.g i.e vs v cf viz
`)

/**
 * Capitalised words that commonly open a sentence and rarely follow an abbreviation inside one:
 * pronouns, determiners, conjunctions, prepositions and sentence adverbs. After "U.S." or "Inc."
 * such a word means the abbreviation ended the sentence ("… in the U.S. The …"); a name or a noun
 * ("U.S. President", "Inc. Chief") means it did not.
 */
export const sentenceStarters: ReadonlySet<string> = words(`
  The A An This That These Those There Their They Them He She It Its His Her We Our I You Your
  But And Or So Yet Nor If When While Whether After Before Since Although Though Because Until As
  In On At For From With By Of To Into During Under Over Among Between Without Within Despite
  However Meanwhile Also Still Then Now Later Earlier Instead Moreover Furthermore Thus Indeed
  Some Many Most Several Both All Each Every Other Others Such No Not None Neither Either Only
  What Who Which Where Why How According Last Next First Yesterday Today Tomorrow
`)

/** Brand names that end in "!" and do not end the sentence there. */
export const exclamationNames: ReadonlySet<string> = words(`
  Yahoo Jeopardy
`)

/**
 * Words a hard-wrapped line often stops on and a headline almost never ends with (0.7% of the
 * titles in the benchmark corpora): a short line ending in one of them is not taken for a headline.
 */
export const lineEndWords: ReadonlySet<string> = words(`
  a an the of in on at to for and or but nor with by from as that than into onto about after before
  between over under its his her their our your my is are was were be been has have had will would
  could should said says while when which who whose
`)

/**
 * Capitalised words that go on a sentence after a clock time ("10 a.m. EDT", "5 p.m. Friday",
 * "9 a.m. Jan. 5", "8 a.m. Mountain time"): time zones, weekdays and months. After "a.m." or
 * "p.m." any other capitalised word opens a new sentence ("at 10:30 a.m. Police said …").
 */
export const clockTimeFollowers: ReadonlySet<string> = words(`
  ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST AKDT HST HDT AST ADT NST NDT
  GMT UTC UT BST IST CET CEST EET EEST WET WEST MSK JST KST HKT SGT AEST AEDT ACST ACDT AWST NZST NZDT
  Eastern Central Pacific Mountain Atlantic Alaska Hawaii Greenwich Local Universal Standard Daylight
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
  January February March April May June July August September October November December
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
`)

/**
 * Verbs of an attribution after a quoted question or exclamation: `"Why?" Smith asked.` stays one
 * sentence when a name and one of these verbs follow the quote and punctuation follows the verb.
 */
export const speechVerbs: ReadonlySet<string> = words(`
  asked asks said says told tells added adds replied replies shouted yelled wondered wrote writes
`)
