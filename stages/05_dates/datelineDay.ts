import { dayNumber, fromDayNumber, isoWeekday } from "./calendar.js"

/**
 * Hours east of UTC of Asian and Pacific bureaux, whose stories a western wire stamps in its own
 * evening, a day behind the city's own calendar ("TOKYO (Reuters) - … on Thursday" stamped
 * 19:36 -05:00 on a Wednesday). `dst` marks cities that move an hour ahead in their summer:
 * "south" from October to March, "north" from April to October.
 */
const BUREAUX: Readonly<Record<string, { readonly hours: number; readonly dst?: "north" | "south" }>> = {
  TOKYO: { hours: 9 }, OSAKA: { hours: 9 }, SEOUL: { hours: 9 }, PYONGYANG: { hours: 9 },
  BEIJING: { hours: 8 }, SHANGHAI: { hours: 8 }, SHENZHEN: { hours: 8 }, "HONG KONG": { hours: 8 }, TAIPEI: { hours: 8 },
  SINGAPORE: { hours: 8 }, "KUALA LUMPUR": { hours: 8 }, MANILA: { hours: 8 }, PERTH: { hours: 8 },
  JAKARTA: { hours: 7 }, BANGKOK: { hours: 7 }, HANOI: { hours: 7 }, "HO CHI MINH CITY": { hours: 7 }, "PHNOM PENH": { hours: 7 },
  YANGON: { hours: 6.5 }, DHAKA: { hours: 6 }, KATHMANDU: { hours: 5.75 },
  "NEW DELHI": { hours: 5.5 }, MUMBAI: { hours: 5.5 }, BANGALORE: { hours: 5.5 }, BENGALURU: { hours: 5.5 }, CHENNAI: { hours: 5.5 },
  KOLKATA: { hours: 5.5 }, COLOMBO: { hours: 5.5 }, KARACHI: { hours: 5 }, ISLAMABAD: { hours: 5 }, LAHORE: { hours: 5 }, KABUL: { hours: 4.5 },
  BRISBANE: { hours: 10 }, SYDNEY: { hours: 10, dst: "south" }, MELBOURNE: { hours: 10, dst: "south" }, CANBERRA: { hours: 10, dst: "south" },
  ADELAIDE: { hours: 9.5, dst: "south" }, WELLINGTON: { hours: 12, dst: "south" }, AUCKLAND: { hours: 12, dst: "south" }
}

/**
 * Bureaux west of Asia: a western evening stamp is past their midnight but before their working
 * day, so the stamp alone cannot tell a story written for their coming day (previews, the
 * morning papers) from a late one about the day just ended (a summit "tonight"). Their day moves
 * only when the lead names it ("... the Financial Times reported on Monday") and not the stamp's.
 */
const WESTERN_BUREAUX: Readonly<Record<string, { readonly hours: number; readonly dst?: "north" | "south" }>> = {
  LONDON: { hours: 0, dst: "north" }, DUBLIN: { hours: 0, dst: "north" }, EDINBURGH: { hours: 0, dst: "north" }, LISBON: { hours: 0, dst: "north" },
  PARIS: { hours: 1, dst: "north" }, BRUSSELS: { hours: 1, dst: "north" }, AMSTERDAM: { hours: 1, dst: "north" }, LUXEMBOURG: { hours: 1, dst: "north" },
  FRANKFURT: { hours: 1, dst: "north" }, BERLIN: { hours: 1, dst: "north" }, MUNICH: { hours: 1, dst: "north" }, HAMBURG: { hours: 1, dst: "north" },
  ZURICH: { hours: 1, dst: "north" }, GENEVA: { hours: 1, dst: "north" }, VIENNA: { hours: 1, dst: "north" }, MILAN: { hours: 1, dst: "north" },
  ROME: { hours: 1, dst: "north" }, MADRID: { hours: 1, dst: "north" }, BARCELONA: { hours: 1, dst: "north" }, STOCKHOLM: { hours: 1, dst: "north" },
  OSLO: { hours: 1, dst: "north" }, COPENHAGEN: { hours: 1, dst: "north" }, WARSAW: { hours: 1, dst: "north" }, PRAGUE: { hours: 1, dst: "north" },
  BUDAPEST: { hours: 1, dst: "north" }, BELGRADE: { hours: 1, dst: "north" }, LAGOS: { hours: 1 }, ABUJA: { hours: 1 },
  ATHENS: { hours: 2, dst: "north" }, HELSINKI: { hours: 2, dst: "north" }, KIEV: { hours: 2, dst: "north" }, BUCHAREST: { hours: 2, dst: "north" },
  SOFIA: { hours: 2, dst: "north" }, ISTANBUL: { hours: 2, dst: "north" }, ANKARA: { hours: 2, dst: "north" }, JERUSALEM: { hours: 2, dst: "north" },
  "TEL AVIV": { hours: 2, dst: "north" }, BEIRUT: { hours: 2, dst: "north" }, CAIRO: { hours: 2 }, JOHANNESBURG: { hours: 2 },
  MOSCOW: { hours: 3, dst: "north" }, BAGHDAD: { hours: 3 }, RIYADH: { hours: 3 }, NAIROBI: { hours: 3 }, TEHRAN: { hours: 3.5 },
  DUBAI: { hours: 4 }, "ABU DHABI": { hours: 4 }
}

/** "TOKYO (Reuters) -", "HONG KONG/SHANGHAI (Reuters) -", "SYDNEY, Australia (Reuters) -": the first city of a dateline. */
const DATELINE = /^\s*([A-Z][A-Z .'’-]*[A-Z])(?:\/[A-Z .'’\/-]+)?(?:,\s*[A-Z][A-Za-z .]+)?\s*\((?:Reuters|AP|AFP|Bloomberg|Xinhua|Kyodo)\)/

/** A stamp with its offset: "2012-03-07T19:36:00-05:00", "…Z". */
const STAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

/** Whether `text` names the weekday of day number `day` as a word. */
const namesWeekday = (text: string, day: number): boolean => new RegExp(`\\b${WEEKDAYS[isoWeekday(day) - 1]}\\b`).test(text)

/**
 * The publication's day on the calendar of the bureau that filed the story, when its dateline
 * names one of BUREAUX (or of WESTERN_BUREAUX, with a lead naming that day) and the stamp
 * carries a time zone; null otherwise (read the stamp's own date). A local time after midnight
 * but before 5 a.m. is a story written the evening before and filed late, so in Asia only a
 * local time from 5 a.m. on moves the day.
 */
export const datelineDay = (publishedAt: string | null | undefined, firstSentence: string | undefined): number | null => {
  const stamp = STAMP.exec(publishedAt ?? "")
  const dateline = DATELINE.exec(firstSentence ?? "")
  if (stamp === null || dateline === null) return null
  const city = dateline[1]!.replace(/\s+/g, " ")
  const western = WESTERN_BUREAUX[city]
  const bureau = BUREAUX[city] ?? western
  if (bureau === undefined) return null
  const zone = stamp[6]!
  const offsetMinutes = zone === "Z" ? 0 : (zone.startsWith("-") ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)))
  const stampDay = dayNumber(Number(stamp[1]), Number(stamp[2]), Number(stamp[3]))
  const utcMinutes = stampDay * 1440 + Number(stamp[4]) * 60 + Number(stamp[5]) - offsetMinutes
  const month = fromDayNumber(Math.floor(utcMinutes / 1440)).month
  const summer = bureau.dst === "south" ? month >= 10 || month <= 3 : bureau.dst === "north" && month >= 4 && month <= 10
  const local = utcMinutes + Math.round((bureau.hours + (summer ? 1 : 0)) * 60)
  const localDay = Math.floor(local / 1440)
  if (localDay === stampDay) return null
  if (western !== undefined) {
    const lead = firstSentence!.slice(dateline[0].length)
    return namesWeekday(lead, localDay) && !namesWeekday(lead, stampDay) ? localDay : null
  }
  return (local - localDay * 1440) / 60 >= 5 ? localDay : null
}

/** Whether a story's dateline names one of WESTERN_BUREAUX, whose day only the lead can move. */
export const isLeadDatedBureau = (firstSentence: string | undefined): boolean => {
  const dateline = DATELINE.exec(firstSentence ?? "")
  return dateline !== null && WESTERN_BUREAUX[dateline[1]!.replace(/\s+/g, " ")] !== undefined
}
