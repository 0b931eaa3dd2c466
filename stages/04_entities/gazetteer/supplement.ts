/**
 * Everyday English names and demonyms that world-countries lacks (it lists "Türkiye", not
 * "Turkey"; "Great Britain", not "Britain"). General newswire usage, by ISO 3166-1 alpha-3.
 */
export const COUNTRY_SUPPLEMENT: Readonly<Record<string, ReadonlyArray<string>>> = {
  GBR: ["Britain"],
  USA: ["America"],
  TUR: ["Turkey"],
  CZE: ["Czech Republic"],
  RUS: ["Russian Federation"],
  PRK: ["DPRK"],
  NLD: ["The Netherlands"],
  BIH: ["Bosnia"]
}

export const DEMONYM_SUPPLEMENT: Readonly<Record<string, ReadonlyArray<string>>> = {
  GBR: ["Briton"],
  SAU: ["Saudi"],
  TUR: ["Turkish"],
  PHL: ["Philippine"]
}

/**
 * Other names of first-level regions, by ISO 3166-2 code: the state abbreviations of the
 * Associated Press Stylebook (also the US Government Publishing Office's), which US news writes
 * after a town ("Richmond, Va."); the eight states AP never abbreviates are absent.
 */
export const REGION_SUPPLEMENT: Readonly<Record<string, ReadonlyArray<string>>> = {
  "US-AL": ["Ala."], "US-AZ": ["Ariz."], "US-AR": ["Ark."], "US-CA": ["Calif."], "US-CO": ["Colo."],
  "US-CT": ["Conn."], "US-DE": ["Del."], "US-DC": ["D.C."], "US-FL": ["Fla."], "US-GA": ["Ga."],
  "US-IL": ["Ill."], "US-IN": ["Ind."], "US-KS": ["Kan."], "US-KY": ["Ky."], "US-LA": ["La."],
  "US-MD": ["Md."], "US-MA": ["Mass."], "US-MI": ["Mich."], "US-MN": ["Minn."], "US-MS": ["Miss."],
  "US-MO": ["Mo."], "US-MT": ["Mont."], "US-NE": ["Neb."], "US-NV": ["Nev."], "US-NH": ["N.H."],
  "US-NJ": ["N.J."], "US-NM": ["N.M."], "US-NY": ["N.Y."], "US-NC": ["N.C."], "US-ND": ["N.D."],
  "US-OK": ["Okla."], "US-OR": ["Ore."], "US-PA": ["Pa."], "US-RI": ["R.I."], "US-SC": ["S.C."],
  "US-SD": ["S.D."], "US-TN": ["Tenn."], "US-VT": ["Vt."], "US-VA": ["Va."], "US-WA": ["Wash."],
  "US-WV": ["W.Va."], "US-WI": ["Wis."], "US-WY": ["Wyo."]
}

/**
 * English names news uses for cities GeoNames lists under their own language's name, by the
 * GeoNames name and ISO 3166-1 alpha-2 country: each is one more name of that city.
 */
export const CITY_EXONYMS: Readonly<Record<string, ReadonlyArray<string>>> = {
  "UA/Kyiv": ["Kiev"], "IN/Kolkata": ["Calcutta"], "IN/Bengaluru": ["Bangalore"], "IN/Mumbai": ["Bombay"],
  "IN/Chennai": ["Madras"], "ES/Sevilla": ["Seville"], "BE/Gent": ["Ghent"], "DE/Köln": ["Cologne"],
  "DE/Nürnberg": ["Nuremberg"], "MM/Yangon": ["Rangoon"], "BE/Antwerpen": ["Antwerp"], "SE/Göteborg": ["Gothenburg"],
  "BE/Brugge": ["Bruges"], "IQ/Basrah": ["Basra"], "GB/Kingston upon Hull": ["Hull"],
  "GR/Thessaloníki": ["Salonika"], "MD/Chisinau": ["Kishinev"], "PL/Kraków": ["Cracow"]
}
