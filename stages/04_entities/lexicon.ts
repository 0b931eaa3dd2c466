/**
 * Closed word lists behind the typing and title rules. General English newswire vocabulary,
 * matched case-insensitively on whole tokens (lower-cased before lookup).
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/).map((w) => w.toLowerCase()))

/** Last words of facility names: "Balad Air Base", "Baghdad International Airport". */
export const FACILITY_HEADS = set(`
  airport airports airfield airbase base bases embassy embassies consulate bridge bridges dam
  station stadium arena palace prison jail hospital barracks camp compound checkpoint tower towers
  mosque cathedral temple shrine synagogue refinery harbour harbor port pier terminal
  highway motorway tunnel canal pipeline reactor square mall hotel monument
`)

/**
 * Last words of buildings' names that are facilities only when the tagger read the name as a
 * place (LOC): "White House", "Carnegie Hall", "Bodleian Library" ("Random House", "Chatham
 * House" tagged ORG are organizations).
 */
export const BUILDING_HEADS = set(`
  house hall library museum gallery theatre theater centre center castle abbey church chapel opera
`)

/** Last words of events' names, which are MISC when the tagger read them as a place: "Berlin Film Festival". */
export const EVENT_HEADS = set(`festival festivals games olympics awards championships marathon expo`)

/**
 * Last words of street and road names: "Main Street", "Mary McLeod Bethune Boulevard". Such a
 * name is a facility (FAC, as OntoNotes types it) whatever the tagger said, a person's name
 * included: none of these is a surname often enough to matter ("Lane", "Bridge" are, and are
 * only in STREET_HEADS_NOT_AFTER_PERSON / FACILITY_HEADS).
 */
export const STREET_HEADS = set(`
  street st. road rd. avenue ave. boulevard blvd blvd. highway hwy. parkway pkwy. freeway
  expressway turnpike drive
`)

/** Street words that are also surnames: a facility only when the tagger did not say PER ("Drury Lane"). */
export const STREET_HEADS_NOT_AFTER_PERSON = set(`lane pike trail terrace`)

/**
 * Street words that are also other names' last words ("Supreme Court", "Times Square", "Downing
 * Place"): a street only in an address, after a house number or "block of" ("the 500 block of
 * Plume Court", "516 Springhill Plaza Court").
 */
export const ADDRESS_ONLY_STREET_HEADS = set(`court ct. circle place pl. way plaza square loop row crescent path`)

/** Directions written after a street's name: "23rd Street South", "Maybelle Street NE". */
export const STREET_DIRECTIONS = set(`north south east west ne nw se sw n.e. n.w. s.e. s.w.`)

/** Road words completed by a number: "Interstate 95", "Route 9", "Highway 1". */
export const NUMBERED_ROAD_WORDS = set(`interstate route highway hwy. hwy`)

/**
 * Capitalized words that cannot end a name, glued onto it when a line break stood for the
 * sentence end ("Mary McLeod Bethune Boulevard The", "Kossuth Street He").
 */
export const NEVER_LAST_WORDS = set(`the he she it they we this these those his her its their`)

/** Lower-case facility nouns that may follow a name and complete it: "Al Asad air base". */
export const FACILITY_TRAILERS = set(`airport airfield airbase base embassy consulate camp compound prison`)

/** Last words of natural or region names, which are LOC rather than GPE: "Euphrates River". */
export const REGION_HEADS = set(`
  river rivers sea seas ocean gulf bay strait straits peninsula mountains mountain mount range
  valley desert lake lakes island islands coast shore basin plain plains plateau delta channel
  region regions hills forest glacier canyon sahara
`)

/** Lower-case region nouns that may follow a name and complete it: "the Korean peninsula". */
export const REGION_TRAILERS = set(`peninsula gulf sea strait straits basin delta`)

/** Last words of a local government's territory: "Harris County", "Muhlenberg Twp.". */
export const PLACE_UNIT_HEADS = set(`county parish township twp twp. borough`)

/** Region names that are not countries or cities, said alone (continents, world regions). */
export const REGION_NAMES = new Set([
  "Africa", "Asia", "Europe", "Antarctica", "Oceania", "Arctic", "Antarctic", "Eurasia",
  "North America", "South America", "Latin America", "Central America", "Middle East", "Near East",
  "Far East", "Gulf", "Persian Gulf", "Balkans", "Caucasus", "Caribbean", "Mediterranean",
  "Scandinavia", "Sahel", "Levant", "Maghreb", "Horn of Africa", "Southeast Asia", "South Asia",
  "Central Asia", "East Asia", "West Africa", "East Africa", "North Africa", "Sub-Saharan Africa",
  "Western Europe", "Eastern Europe", "Pacific", "Atlantic", "Indian Ocean", "West Bank", "Gaza Strip"
])

/**
 * Groups named by an adjective or plural noun that no country's demonym covers: religions,
 * branches, ethnic and political groups ("Shiite militias", "Kurds", "Democrats").
 */
export const GROUP_NAMES = new Set([
  "Shiite", "Shiites", "Shia", "Shi'ite", "Shi'ites", "Sunni", "Sunnis", "Muslim", "Muslims", "Islamic",
  "Christian", "Christians", "Catholic", "Catholics", "Protestant", "Protestants", "Orthodox",
  "Jewish", "Jew", "Jews", "Hindu", "Hindus", "Buddhist", "Buddhists", "Sikh", "Sikhs", "Alawite",
  "Alawites", "Druze", "Yazidi", "Yazidis", "Coptic", "Copts", "Evangelical", "Evangelicals",
  "Kurd", "Kurds", "Kurdish", "Arab", "Arabs", "Arabic", "Persian", "Pashtun", "Pashtuns", "Tamil",
  "Tamils", "Baloch", "Uighur", "Uighurs", "Uyghur", "Uyghurs", "Tatar", "Berber", "Berbers",
  "Hispanic", "Hispanics", "Latino", "Latinos", "Latina", "Roma", "Bedouin", "Zionist", "Islamist",
  "Islamists", "Jihadist", "Jihadists", "Salafist", "Salafi", "Wahhabi",
  "European", "Europeans", "African", "Africans", "Asian", "Asians", "Western", "Westerners",
  "Scandinavian", "Balkan", "Caribbean", "Latin American", "Latin Americans", "Middle Eastern",
  "Democrat", "Democrats", "Republican", "Republicans", "Conservative", "Conservatives", "Tory", "Tories",
  "Communist", "Communists", "Socialist", "Socialists", "Liberal", "Liberals", "Labourite",
  "Maoist", "Maoists", "Marxist", "Marxists", "English", "Scottish", "Scots", "Welsh",
  "Irish", "Flemish", "Walloon", "Basque", "Catalan", "Corsican"
])

/**
 * Words that head a role stated beside a name ("Defense Secretary", "spokesperson", "Prime
 * Minister"). A title must contain at least one of these.
 */
export const ROLE_HEADS = set(`
  president vice-president minister secretary spokesman spokeswoman spokesperson chairman
  chairwoman chair director chief ceo cfo coo executive founder leader head commander general
  admiral colonel major captain lieutenant sergeant corporal officer ambassador envoy governor
  mayor senator representative congressman congresswoman lawmaker legislator speaker judge justice
  attorney prosecutor king queen prince princess emperor pope cardinal bishop archbishop cleric
  imam ayatollah sheikh rabbi pastor chancellor premier ruler dictator monarch adviser advisor
  analyst economist professor researcher scientist correspondent reporter editor journalist
  columnist anchor coach manager captain striker midfielder goalkeeper defender player owner
  partner president-elect candidate nominee official diplomat aide deputy commissioner inspector
  superintendent sheriff chief-of-staff treasurer auditor administrator undersecretary
  gen. lt. col. maj. capt. sgt. adm. cmdr. gov. sen. rep. pres. supt. insp.
  detective trooper constable marshal agent patrolman warden
  det. ofc. cpl. pfc. spc. pvt. cdr. lt.col. lt.cmdr.
  gen lt col maj capt sgt adm cmdr cdr cpl det ofc pfc pvt supt insp
`)

/**
 * Ranks and offices written before a person's name and tagged inside it ("Lt. Kip Hart",
 * "Sheriff Joe Smith", "Gen Musharraf"): a title, not part of the name. Abbreviations are sure;
 * the full words only start a name the tagger typed PER ("General Motors" is no person).
 */
export const RANK_ABBREVIATIONS = set(`
  gen. lt. col. maj. capt. sgt. adm. cmdr. cdr. cpl. det. ofc. pfc. spc. pvt. gov. sen. rep.
  supt. insp. lt.col. gen lt col maj capt sgt adm cmdr cdr cpl det ofc pfc pvt supt insp
`)
export const RANK_WORDS = set(`
  sheriff judge justice officer detective deputy trooper sergeant lieutenant captain corporal
  private general colonel major admiral commander governor mayor president senator
  congressman congresswoman chief constable inspector commissioner superintendent marshal agent
  prosecutor attorney prime minister secretary ambassador
`)

/** Words that may stand inside a title before or around its head: "Deputy Foreign", "of Defense". */
export const ROLE_MODIFIERS = set(`
  vice deputy acting interim former prime foreign defense defence interior finance justice state
  home senior top chief general executive assistant associate principal special associate
  national international regional military security press communications economic political
  managing supreme high lead joint first second army navy air naval marine marines police
  intelligence trade health education energy treasury labor labour environment agriculture
  transport commerce culture veterans homeland public affairs affair research lieutenant
  majority minority party opposition federal central
  financial operating marketing sales trading investment banking technology technical information
  legal administrative commercial accounting oil petroleum economy industry mines mining sports
  tourism youth housing planning water fisheries infrastructure immigration welfare
`)

/**
 * Pronouns, contractions and function words: a span made only of these is no name, however it
 * is capitalized ("I'm", "It's", "They").
 */
export const FUNCTION_WORDS = set(`
  i i'm i've i'll i'd me my we we're we've us our you you're your he he's him his she she's her it
  it's its they they're them their this that these those there here what who whom which when where
  why how the a an and or but if so not no yes oh ok okay because
`)

/** Honorifics: not a role, and not part of the name. */
export const HONORIFICS = set(`mr. mrs. ms. miss mr mrs ms dr. dr sir dame lord lady madam`)

/** Words that join the parts of a title: "Secretary of Defense", "minister for trade". */
export const TITLE_JOINERS = set(`of for and the on`)

/**
 * Last words that make a MISC-tagged name an organization: state and armed bodies ("Iraqi
 * Parliament", "Kurdish Workers Party"). Narrower than ORGANIZATION_HEADS: a MISC "American
 * League" or "Rugby Union" is a competition or a sport.
 */
export const BODY_HEADS = set(`
  parliament party ministry council assembly government army forces police court committee
  commission congress senate agency authority front movement militia militias brigade brigades
  corps guard guards units
`)

/**
 * Last words that make a name an organization whatever the tagger said: "Popular Mobilization
 * Units", "Revolutionary Guard Corps", "National Party".
 */
export const ORGANIZATION_HEADS = set(`
  units forces force army armies corps guard guards brigade brigades battalion battalions militia
  militias regiment division front movement party council committee commission ministry department
  agency authority bureau office union association federation league alliance coalition group
  organization organisation organizations institute foundation company corporation corp. inc. ltd.
  corp inc ltd llc gmbh co co. cos
  plc bank fund court parliament assembly senate congress government administration police service
  services network university college school club team
`)

/**
 * Abbreviations of kinds of things, measures and jobs, written in capitals but common nouns: one
 * of them alone is no organization or product ("a PC", "the DVD", "an MP", "its CFO", "SMS
 * messages"). Matched exactly as written (capitals).
 */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set(
  `PC DVD CD GUI LAN WAN ADSL DSL VHS PVR DVR SMS MMS MRI GPS USB LCD HDTV VoIP ISP CPU
   CEO CFO COO CTO MP MEP MSP GP GDP CPI FDI IPO EBITDA VAT`.trim().split(/\s+/)
)

/** Holidays and feasts, which are events (MISC) whatever the tagger said ("Good Friday" as a place). */
export const HOLIDAY_NAMES = new Set([
  "Christmas", "Christmas Day", "Christmas Eve", "Easter", "Easter Sunday", "Good Friday", "Thanksgiving",
  "Thanksgiving Day", "Halloween", "Ramadan", "Eid", "Eid al-Fitr", "Eid al-Adha", "Hanukkah", "Passover",
  "Yom Kippur", "Rosh Hashanah", "Diwali", "Lent", "Pentecost", "New Year's Day", "New Year's Eve",
  "Labor Day", "Labour Day", "Memorial Day", "Independence Day", "Veterans Day", "Boxing Day",
  "Valentine's Day", "Mother's Day", "Father's Day", "Martin Luther King Day", "Presidents Day"
])

/**
 * Car makes, whose name before a model's is a vehicle (MISC), not the company: "Honda Accord",
 * "Chevy Trailblazer", "Dodge Charger" (a make followed by Motor, Corp… is the company). Makes
 * named after towns or planets (Lincoln, Plymouth, Mercury, Saturn) are left out: "Lincoln
 * Telecommunications", "Plymouth Ambulance".
 */
export const VEHICLE_MAKES = set(`
  acura audi bmw buick cadillac chevrolet chevy chrysler dodge fiat ford gmc honda hyundai infiniti
  jaguar jeep kia lexus mazda mercedes mercedes-benz mitsubishi nissan oldsmobile peugeot pontiac
  porsche saab subaru suzuki tesla toyota volkswagen vw volvo
`)

/** Words after a car make that name the company or its places, not a model: "Ford Motor", "Toyota Financial". */
export const VEHICLE_COMPANY_WORDS = set(`
  motor motors company corp corp. co co. inc inc. ltd ltd. llc gmbh ag sa nv plc group holdings credit
  automobile automobiles cars trucks
  financial finance dealership dealer dealers plant plants factory assembly center centre
  foundation stadium field arena corporation automotive auto autos industries north america
  of and
`)

/**
 * Combining forms of nationalities, which stand only before a hyphen ("Franco-German",
 * "Sino-Russian", "Anglo-Irish"), with the ISO 3166-1 alpha-3 code of the country they denote.
 */
export const COMBINING_FORMS: ReadonlyMap<string, string> = new Map([
  ["Anglo", "GBR"], ["Franco", "FRA"], ["Sino", "CHN"], ["Russo", "RUS"], ["Italo", "ITA"], ["Greco", "GRC"],
  ["Austro", "AUT"], ["Hispano", "ESP"], ["Luso", "PRT"], ["Nippo", "JPN"], ["Turco", "TUR"], ["Serbo", "SRB"]
])

/** English prefixes joined to a name by a hyphen ("anti-ISIS", "non-EU", "ex-Soviet", "Pro-Moscow"). */
export const NAME_PREFIXES = set(`anti pro ex non pan post pre mid neo semi quasi pseudo ultra trans inter intra sub super cross counter all`)
