//! Scalars of the public API. Credit codes, money and division codes travel as strings and are
//! checked by the domain's value types in the resolvers, so that a malformed one is reported
//! with the rule it breaks (`extensions.rule`), not as a bare parse failure.

use async_graphql::{InputValueError, InputValueResult, Scalar, ScalarType, Value};
use chrono::{DateTime, SecondsFormat, Utc};
use chrono_tz::Asia::Shanghai;

/// A Unified Social Credit Code (GB 32100-2015): 18 characters, both check characters valid.
pub struct CreditCode(pub String);

#[Scalar(name = "CreditCode", specified_by_url = "https://std.samr.gov.cn/")]
impl ScalarType for CreditCode {
    fn parse(value: Value) -> InputValueResult<Self> {
        match value {
            Value::String(s) => Ok(CreditCode(s)),
            other => Err(InputValueError::expected_type(other)),
        }
    }

    fn to_value(&self) -> Value {
        Value::String(self.0.clone())
    }
}

/// An amount in CNY as a decimal string exact to the fen, e.g. "1234.56".
pub struct Money(pub String);

#[Scalar(name = "Money")]
impl ScalarType for Money {
    fn parse(value: Value) -> InputValueResult<Self> {
        match value {
            Value::String(s) => Ok(Money(s)),
            other => Err(InputValueError::custom(format!(
                "money is written as a decimal string such as \"1234.56\", not {other}"
            ))),
        }
    }

    fn to_value(&self) -> Value {
        Value::String(self.0.clone())
    }
}

impl From<civic_domain::Money> for Money {
    fn from(m: civic_domain::Money) -> Self {
        Money(m.to_string())
    }
}

/// An instant, RFC 3339. Shown in Asia/Shanghai time (+08:00) with microseconds; any offset and
/// precision is accepted.
#[derive(Clone, Copy)]
pub struct DateTimeScalar(pub DateTime<Utc>);

#[Scalar(
    name = "DateTime",
    specified_by_url = "https://datatracker.ietf.org/doc/html/rfc3339"
)]
impl ScalarType for DateTimeScalar {
    fn parse(value: Value) -> InputValueResult<Self> {
        match &value {
            Value::String(s) => DateTime::parse_from_rfc3339(s)
                .map(|d| DateTimeScalar(d.with_timezone(&Utc)))
                .map_err(|e| {
                    InputValueError::custom(format!(
                        "{s:?} is not an RFC 3339 instant such as 2026-11-23T14:00:00+08:00 ({e})"
                    ))
                }),
            _ => Err(InputValueError::expected_type(value)),
        }
    }

    fn to_value(&self) -> Value {
        Value::String(shanghai(&self.0))
    }
}

/// An instant in China time, to the microsecond: how every `DateTime` field and every message
/// shows one. Microseconds are what the store records (and hashes), so an instant read from
/// one field and passed back as `at` means exactly that instant; a precision that varied with
/// the value (9 digits for a command's clock, 6 for a recorded instant) did not.
pub fn shanghai(at: &DateTime<Utc>) -> String {
    at.with_timezone(&Shanghai)
        .to_rfc3339_opts(SecondsFormat::Micros, false)
}

/// A calendar date, `YYYY-MM-DD` (China local date for statutory deadlines).
#[derive(Clone, Copy)]
pub struct Date(pub chrono::NaiveDate);

#[Scalar(name = "Date")]
impl ScalarType for Date {
    fn parse(value: Value) -> InputValueResult<Self> {
        match &value {
            Value::String(s) => chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map(Date)
                .map_err(|_| {
                    InputValueError::custom(format!("{s:?} is not a date such as 2026-11-23"))
                }),
            _ => Err(InputValueError::expected_type(value)),
        }
    }

    fn to_value(&self) -> Value {
        Value::String(self.0.format("%Y-%m-%d").to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A transition dated by its due day is a whole second, a command's clock may carry
    /// nanoseconds, a recorded instant has microseconds: all are shown alike.
    #[test]
    fn every_instant_is_shown_to_the_microsecond_in_china_time() {
        for (utc, shown) in [
            ("2027-06-02T16:00:00Z", "2027-06-03T00:00:00.000000+08:00"),
            (
                "2026-12-01T14:30:01.123456789Z",
                "2026-12-01T22:30:01.123456+08:00",
            ),
            (
                "2026-12-01T14:30:01.123456Z",
                "2026-12-01T22:30:01.123456+08:00",
            ),
            ("2026-12-01T14:30:01.5Z", "2026-12-01T22:30:01.500000+08:00"),
        ] {
            let at = DateTime::parse_from_rfc3339(utc)
                .unwrap()
                .with_timezone(&Utc);
            assert_eq!(shanghai(&at), shown, "{utc}");
        }
    }
}
