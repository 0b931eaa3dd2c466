import { dayNumber, fromDayNumber } from "./calendar.js"

/**
 * Hours east of UTC of Asian and Pacific bureaux, whose stories a western wire stamps in its own
 * evening, a day behind the city's own calendar ("TOKYO (Reuters) - … on Thursday" stamped
 * 19:36 -05:00 on a Wednesday). `dst` marks southern cities that move an hour ahead from
 * October to March.
 */
const BUREAUX: Readonly<Record<string, { readonly hours: number; readonly dst?: boolean }>> = {
  TOKYO: { hours: 9 }, OSAKA: { hours: 9 }, SEOUL: { hours: 9 }, PYONGYANG: { hours: 9 },
  BEIJING: { hours: 8 }, SHANGHAI: { hours: 8 }, SHENZHEN: { hours: 8 }, "HONG KONG": { hours: 8 }, TAIPEI: { hours: 8 },
  SINGAPORE: { hours: 8 }, "KUALA LUMPUR": { hours: 8 }, MANILA: { hours: 8 }, PERTH: { hours: 8 },
  JAKARTA: { hours: 7 }, BANGKOK: { hours: 7 }, HANOI: { hours: 7 }, "HO CHI MINH CITY": { hours: 7 }, "PHNOM PENH": { hours: 7 },
  YANGON: { hours: 6.5 }, DHAKA: { hours: 6 }, KATHMANDU: { hours: 5.75 },
  "NEW DELHI": { hours: 5.5 }, MUMBAI: { hours: 5.5 }, BANGALORE: { hours: 5.5 }, BENGALURU: { hours: 5.5 }, CHENNAI: { hours: 5.5 },
  KOLKATA: { hours: 5.5 }, COLOMBO: { hours: 5.5 }, KARACHI: { hours: 5 }, ISLAMABAD: { hours: 5 }, LAHORE: { hours: 5 }, KABUL: { hours: 4.5 },
  BRISBANE: { hours: 10 }, SYDNEY: { hours: 10, dst: true }, MELBOURNE: { hours: 10, dst: true }, CANBERRA: { hours: 10, dst: true },
  ADELAIDE: { hours: 9.5, dst: true }, WELLINGTON: { hours: 12, dst: true }, AUCKLAND: { hours: 12, dst: true }
}

/** "TOKYO (Reuters) -", "HONG KONG/SHANGHAI (Reuters) -", "SYDNEY, Australia (Reuters) -": the first city of a dateline. */
const DATELINE = /^\s*([A-Z][A-Z .'’-]*[A-Z])(?:\/[A-Z .'’\/-]+)?(?:,\s*[A-Z][A-Za-z .]+)?\s*\((?:Reuters|AP|AFP|Bloomberg|Xinhua|Kyodo)\)/

/** A stamp with its offset: "2012-03-07T19:36:00-05:00", "…Z". */
const STAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/

/**
 * The publication's day on the calendar of the bureau that filed the story, when its dateline
 * names one of BUREAUX and the stamp carries a time zone; null otherwise (read the stamp's own
 * date). A local time after midnight but before 5 a.m. is a story written the evening before and
 * filed late, so only a local time from 5 a.m. on moves the day.
 */
export const datelineDay = (publishedAt: string | null | undefined, firstSentence: string | undefined): number | null => {
  const stamp = STAMP.exec(publishedAt ?? "")
  const dateline = DATELINE.exec(firstSentence ?? "")
  if (stamp === null || dateline === null) return null
  const bureau = BUREAUX[dateline[1]!.replace(/\s+/g, " ")]
  if (bureau === undefined) return null
  const zone = stamp[6]!
  const offsetMinutes = zone === "Z" ? 0 : (zone.startsWith("-") ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)))
  const stampDay = dayNumber(Number(stamp[1]), Number(stamp[2]), Number(stamp[3]))
  const utcMinutes = stampDay * 1440 + Number(stamp[4]) * 60 + Number(stamp[5]) - offsetMinutes
  const month = fromDayNumber(Math.floor(utcMinutes / 1440)).month
  const summer = bureau.dst === true && (month >= 10 || month <= 3)
  const local = utcMinutes + Math.round((bureau.hours + (summer ? 1 : 0)) * 60)
  const localDay = Math.floor(local / 1440)
  const localHour = (local - localDay * 1440) / 60
  return localDay !== stampDay && localHour >= 5 ? localDay : null
}
