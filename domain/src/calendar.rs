//! Dates as the statutes count them: China-local calendar days, months, years and working days.
//!
//! Statutory clocks run on China's calendar, not UTC: an application filed at 07:00 on 2 March
//! in Beijing is filed on 2 March even though it is still 1 March in UTC. Working days follow
//! the State Council's yearly holiday notice, which moves holidays and declares some weekends
//! working days (调休), so they come from data ([`Calendar`]), not from a rule.
//!
//! Nothing here panics: arithmetic past chrono's last date saturates at [`NaiveDate::MAX`].

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, Days, FixedOffset, Months, NaiveDate, Utc, Weekday};
use serde::{Deserialize, Serialize};

/// China Standard Time. China has used UTC+8 throughout, without daylight saving, since 1991,
/// so a fixed offset is exact for every date the ledger records. Built in a const so that an
/// invalid offset would fail the build rather than a request.
const CHINA_STANDARD_TIME: FixedOffset = match FixedOffset::east_opt(8 * 3600) {
    Some(offset) => offset,
    None => panic!("UTC+8 is a valid offset"),
};

/// The China-local calendar date of an instant.
pub fn china_date(instant: DateTime<Utc>) -> NaiveDate {
    instant.with_timezone(&CHINA_STANDARD_TIME).date_naive()
}

/// An instant as a clerk in China reads it: "2026-03-02 17:30" (China Standard Time).
pub fn china_time(instant: DateTime<Utc>) -> String {
    instant
        .with_timezone(&CHINA_STANDARD_TIME)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// The instant a China-local day begins (00:00 China Standard Time).
pub fn start_of_china_day(d: NaiveDate) -> DateTime<Utc> {
    d.and_time(chrono::NaiveTime::MIN)
        .and_local_timezone(CHINA_STANDARD_TIME)
        .single()
        .map_or(DateTime::<Utc>::MIN_UTC, |at| at.with_timezone(&Utc))
}

/// Public holidays and adjusted working days (调休) of the jurisdiction; `Default` is a plain
/// Monday-to-Friday week.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Calendar {
    /// Days off, including weekdays of the holiday periods.
    pub holidays: BTreeSet<NaiveDate>,
    /// Saturdays and Sundays declared working days.
    pub extra_workdays: BTreeSet<NaiveDate>,
}

impl Calendar {
    pub fn is_working_day(&self, d: NaiveDate) -> bool {
        if self.extra_workdays.contains(&d) {
            return true;
        }
        if self.holidays.contains(&d) {
            return false;
        }
        !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
    }

    /// The `n`-th working day after `d` ("within 5 working days of d" ends on this day); `d`
    /// itself for `n = 0`.
    pub fn add_working_days(&self, d: NaiveDate, n: u32) -> NaiveDate {
        let mut day = d;
        let mut left = n;
        // Terminates: only finitely many weekdays can be holidays, so working days recur.
        while left > 0 {
            let Some(next) = day.succ_opt() else {
                return NaiveDate::MAX;
            };
            day = next;
            if self.is_working_day(day) {
                left -= 1;
            }
        }
        day
    }
}

/// `d` plus `n` calendar days.
pub fn add_days(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_add_days(Days::new(u64::from(n)))
        .unwrap_or(NaiveDate::MAX)
}

/// `d` plus `n` months; a day the target month lacks becomes its last day (31 Aug + 6 months =
/// 28 or 29 Feb), which is how 届满 periods in months are counted.
pub fn add_months(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_add_months(Months::new(n))
        .unwrap_or(NaiveDate::MAX)
}

/// `d` plus `n` years; 29 February becomes 28 February in a common year.
pub fn add_years(d: NaiveDate, n: u32) -> NaiveDate {
    add_months(d, n.saturating_mul(12))
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// The 2025 National Day week: 1–8 October off, Sunday 28 September and Saturday
    /// 11 October worked (国办发明电〔2024〕12号).
    fn national_day_2025() -> Calendar {
        Calendar {
            holidays: (1..=8).map(|d| date(2025, 10, d)).collect(),
            extra_workdays: [date(2025, 9, 28), date(2025, 10, 11)].into(),
        }
    }

    #[test]
    fn china_date_is_utc_plus_8() {
        let cases = [
            (
                Utc.with_ymd_and_hms(2025, 3, 1, 15, 59, 59).unwrap(),
                date(2025, 3, 1),
            ),
            (
                Utc.with_ymd_and_hms(2025, 3, 1, 16, 0, 0).unwrap(),
                date(2025, 3, 2),
            ),
            (
                Utc.with_ymd_and_hms(2025, 12, 31, 16, 0, 0).unwrap(),
                date(2026, 1, 1),
            ),
            // No summer time: the offset is the same in July.
            (
                Utc.with_ymd_and_hms(2025, 7, 1, 15, 59, 0).unwrap(),
                date(2025, 7, 1),
            ),
        ];
        for (instant, expected) in cases {
            assert_eq!(china_date(instant), expected, "{instant}");
        }
    }

    #[test]
    fn working_days() {
        let plain = Calendar::default();
        // Friday 7 March 2025 → Monday, Tuesday, …
        assert!(plain.is_working_day(date(2025, 3, 7)));
        assert!(!plain.is_working_day(date(2025, 3, 8)));
        assert!(!plain.is_working_day(date(2025, 3, 9)));
        assert_eq!(
            plain.add_working_days(date(2025, 3, 7), 0),
            date(2025, 3, 7)
        );
        assert_eq!(
            plain.add_working_days(date(2025, 3, 7), 1),
            date(2025, 3, 10)
        );
        assert_eq!(
            plain.add_working_days(date(2025, 3, 7), 5),
            date(2025, 3, 14)
        );
        // From a Saturday, the first working day is Monday.
        assert_eq!(
            plain.add_working_days(date(2025, 3, 8), 1),
            date(2025, 3, 10)
        );

        let cal = national_day_2025();
        assert!(
            cal.is_working_day(date(2025, 9, 28)),
            "adjusted working Sunday"
        );
        assert!(
            cal.is_working_day(date(2025, 10, 11)),
            "adjusted working Saturday"
        );
        assert!(!cal.is_working_day(date(2025, 10, 1)), "listed holiday");
        assert!(
            !cal.is_working_day(date(2025, 10, 4)),
            "weekend inside the holiday"
        );
        assert!(!cal.is_working_day(date(2025, 10, 12)), "ordinary Sunday");
        // Friday 26 Sep: Sun 28 (worked), Mon 29, Tue 30, then 1–8 Oct off, Thu 9, Fri 10,
        // Sat 11 (worked).
        let from = date(2025, 9, 26);
        let expected = [
            date(2025, 9, 28),
            date(2025, 9, 29),
            date(2025, 9, 30),
            date(2025, 10, 9),
            date(2025, 10, 10),
            date(2025, 10, 11),
            date(2025, 10, 13),
        ];
        for (n, want) in (1..).zip(expected) {
            assert_eq!(cal.add_working_days(from, n), want, "{n} working days");
        }
        assert_eq!(cal.add_working_days(NaiveDate::MAX, 1), NaiveDate::MAX);
    }

    #[test]
    fn calendar_round_trips_as_json() {
        let cal = national_day_2025();
        let json = serde_json::to_value(&cal).unwrap();
        assert_eq!(
            json["extraWorkdays"],
            serde_json::json!(["2025-09-28", "2025-10-11"])
        );
        assert_eq!(serde_json::from_value::<Calendar>(json).unwrap(), cal);
        assert_eq!(
            serde_json::from_str::<Calendar>("{}").unwrap(),
            Calendar::default()
        );
    }

    #[test]
    fn days_months_and_years() {
        assert_eq!(add_days(date(2025, 3, 1), 60), date(2025, 4, 30));
        assert_eq!(add_days(date(2024, 12, 31), 1), date(2025, 1, 1));
        assert_eq!(add_months(date(2025, 3, 28), 6), date(2025, 9, 28));
        assert_eq!(
            add_months(date(2025, 8, 31), 6),
            date(2026, 2, 28),
            "clamped"
        );
        assert_eq!(
            add_months(date(2023, 8, 31), 6),
            date(2024, 2, 29),
            "leap year"
        );
        assert_eq!(add_months(date(2025, 1, 31), 1), date(2025, 2, 28));
        assert_eq!(add_months(date(2025, 3, 31), 1), date(2025, 4, 30));
        assert_eq!(add_months(date(2025, 10, 15), 3), date(2026, 1, 15));
        assert_eq!(
            add_years(date(2024, 2, 29), 1),
            date(2025, 2, 28),
            "leap day"
        );
        assert_eq!(add_years(date(2024, 2, 29), 4), date(2028, 2, 29));
        assert_eq!(add_years(date(2025, 3, 28), 2), date(2027, 3, 28));
        assert_eq!(add_days(NaiveDate::MAX, 1), NaiveDate::MAX);
        assert_eq!(add_months(NaiveDate::MAX, 1), NaiveDate::MAX);
        assert_eq!(add_years(date(2025, 1, 1), u32::MAX), NaiveDate::MAX);
    }
}
