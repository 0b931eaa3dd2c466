import type { Rule } from "./Rule.js"
import { decadeRule, earlierInTheUnitRule, edgeOfUnitRule, monthRule, shortYearRule, relativeUnitRule, seasonRule, spelledMonthYearRule, spelledYearRule, thatPeriodRule, theWeekendRule, theYearRule, weekOfRule, yearRule } from "./rulesCalendar.js"
import { clockInPartRule, partOfDayRule, relativeDayRule, timeOfDayRule, weekdayRule, wireClockRangeOpeningRule, wireClockRule } from "./rulesDays.js"
import { holidayRule } from "./rulesHolidays.js"
import { namedDayRule } from "./rulesNamedDays.js"
import { adjectiveDurationRule, bareDurationRule, durationRule, offsetRule, rateSetRule, repeatedUnitSetRule, setRule, yearAgoAdjectiveRule } from "./rulesPeriods.js"
import { monthQuarterRule, namedQuarterRule, ordinalQuarterRule } from "./rulesQuarters.js"
import { clockBeforeDayRule, datelineDayRule, dayOfThatYearRule, thisTimeLastYearRule } from "./rulesNarrative.js"
import { anchoredDayRule, referenceRule, tradingSessionRule } from "./rulesReferences.js"
import { playingSeasonRule } from "./rulesPlayingSeason.js"
import { rangeClosingDayMonthRule, rangeClosingDayRule, rangeOpeningDayRule, slashClosingDayRule } from "./rulesDayRanges.js"
import { yearRangeClosingRule, yearRangeOpeningRule } from "./rulesYearRanges.js"
import { newCenturyRule } from "./rulesNewCentury.js"
import { unitBeforeRule } from "./rulesUnitBefore.js"
import { weekOfMonthRule } from "./rulesWeekOfMonth.js"
import { capitalsDayRule, dayOfRelativeYearRule, monthRangeEndRule, monthRangeOpeningRule, spelledDayRule } from "./rulesWireMonths.js"

/** The TIMEX3 layer's own grammar; chrono-node adds written-out calendar dates beside it. */
export const RULES: ReadonlyArray<Rule> = [
  weekdayRule,
  relativeDayRule,
  partOfDayRule,
  timeOfDayRule,
  clockInPartRule,
  wireClockRule,
  wireClockRangeOpeningRule,
  relativeUnitRule,
  earlierInTheUnitRule,
  monthRule,
  spelledDayRule,
  monthRangeOpeningRule,
  monthRangeEndRule,
  rangeOpeningDayRule,
  rangeClosingDayMonthRule,
  rangeClosingDayRule,
  slashClosingDayRule,
  dayOfRelativeYearRule,
  capitalsDayRule,
  yearRule,
  shortYearRule,
  yearRangeOpeningRule,
  yearRangeClosingRule,
  decadeRule,
  newCenturyRule,
  seasonRule,
  playingSeasonRule,
  theYearRule,
  thatPeriodRule,
  theWeekendRule,
  edgeOfUnitRule,
  unitBeforeRule,
  weekOfRule,
  weekOfMonthRule,
  spelledYearRule,
  spelledMonthYearRule,
  ordinalQuarterRule,
  namedQuarterRule,
  monthQuarterRule,
  holidayRule,
  namedDayRule,
  offsetRule,
  yearAgoAdjectiveRule,
  durationRule,
  adjectiveDurationRule,
  bareDurationRule,
  setRule,
  repeatedUnitSetRule,
  rateSetRule,
  referenceRule,
  anchoredDayRule,
  tradingSessionRule,
  dayOfThatYearRule,
  datelineDayRule,
  thisTimeLastYearRule,
  clockBeforeDayRule
]
