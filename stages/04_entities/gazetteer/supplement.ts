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
  NLD: ["The Netherlands"]
}

export const DEMONYM_SUPPLEMENT: Readonly<Record<string, ReadonlyArray<string>>> = {
  GBR: ["Briton"],
  SAU: ["Saudi"],
  TUR: ["Turkish"],
  PHL: ["Philippine"]
}
