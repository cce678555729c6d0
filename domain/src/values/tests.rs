use super::*;

fn uscc_err(s: &str) -> DomainError {
    match CreditCode::parse(s) {
        Ok(c) => panic!("{s} should be refused, parsed as {c}"),
        Err(e) => e,
    }
}

// --- CreditCode -------------------------------------------------------------------------------

#[test]
fn credit_code_worked_examples_parse() {
    // DOMAIN.md Part B §4.1
    for (code, kind, division) in [
        ("511100005001234538", '1', "110000"),
        ("52440300MJL000016J", '2', "440300"),
        ("531000005000088850", '3', "100000"),
        ("59330100500077776P", '9', "330100"),
    ] {
        let c = CreditCode::parse(code).unwrap();
        assert_eq!(c.as_str(), code);
        assert_eq!(c.to_string(), code);
        assert_eq!(c.kind_digit(), kind);
        assert_eq!(c.division(), division);
        assert!(CreditCode::check_characters_valid(code));
    }
}

#[test]
fn credit_code_worked_examples_check_sums() {
    // The intermediate sums quoted in the worked examples.
    let sum17 = |body: &str| -> u32 {
        body.bytes()
            .zip(GB11714_WEIGHTS)
            .map(|(c, w)| {
                w * match c {
                    b'0'..=b'9' => u32::from(c - b'0'),
                    _ => u32::from(c - b'A') + 10,
                }
            })
            .sum()
    };
    assert_eq!(sum17("50012345"), 85);
    assert_eq!(sum17("MJL00001"), 390);
    assert_eq!(sum17("50000888"), 127);
    assert_eq!(sum17("50007777"), 148);
    let sum18 = |first17: &str| -> u32 {
        let mut w = 1;
        let mut sum = 0;
        for c in first17.bytes() {
            sum += uscc_value(c).unwrap() * w;
            w = w * 3 % 31;
        }
        sum
    };
    assert_eq!(sum18("51110000500123453"), 519);
    assert_eq!(sum18("52440300MJL000016"), 1873);
    assert_eq!(sum18("53100000500008885"), 775);
    assert_eq!(sum18("59330100500077776"), 938);
}

#[test]
fn market_regulation_sample_has_valid_checks_but_is_not_civil_affairs() {
    assert!(CreditCode::check_characters_valid("91430111MA4L41YT1U"));
    let e = uscc_err("91430111MA4L41YT1U");
    assert_eq!(e.rule(), Some("REG-USCC"));
    assert!(e.to_string().contains("start with '5'"), "{e}");
}

#[test]
fn check_characters_valid_rejects_garbage() {
    assert!(!CreditCode::check_characters_valid(""));
    assert!(!CreditCode::check_characters_valid("91430111MA4L41YT1V"));
    assert!(!CreditCode::check_characters_valid("91430111MA4L41YT2U"));
    assert!(!CreditCode::check_characters_valid("91430111ma4l41yt1u"));
    assert!(!CreditCode::check_characters_valid("91430111MA4L41YT1"));
    assert!(!CreditCode::check_characters_valid("中430111MA4L41YT1U"));
}

#[test]
fn credit_code_malformations_each_have_a_clear_message() {
    let cases: &[(&str, &str)] = &[
        ("", "empty"),
        ("52440300MJL000016", "has 17 characters"),
        ("52440300MJL000016JJ", "has 19 characters"),
        ("52440300IJL000016J", "I, O, S, V and Z"),
        ("52440300OJL000016J", "position 9 is 'O'"),
        ("52440300SJL000016J", "I, O, S, V and Z"),
        ("52440300VJL000016J", "I, O, S, V and Z"),
        ("52440300ZJL000016J", "I, O, S, V and Z"),
        ("52440300mjl000016J", "capitals"),
        ("52440300MJL00001-J", "position 17 is '-'"),
        ("52440300MJL000015J", "check character 17 should be '6'"),
        ("52440300MJL000016K", "check character 18 should be 'J'"),
        ("91430111MA4L41YT1U", "position 1"),
        ("Y1440300MJL000016J", "position 1"),
        ("54440300MJL000016J", "position 2"),
        ("5244A300MJL000016J", "positions 3–8"),
        ("52440300MJL00001６J", "position 17"),
    ];
    for (code, fragment) in cases {
        let e = uscc_err(code);
        assert_eq!(e.rule(), Some("REG-USCC"), "{code}");
        assert_eq!(e.field(), Some("creditCode"), "{code}");
        assert_eq!(e.code(), "VALIDATION", "{code}");
        assert!(
            e.to_string().contains(fragment),
            "{code}: '{e}' should mention '{fragment}'"
        );
    }
}

#[test]
fn credit_code_message_reads_as_documented() {
    assert_eq!(
        uscc_err("52440300MJL000016K").to_string(),
        "credit code 52440300MJL000016K: check character 18 should be 'J'"
    );
}

#[test]
fn credit_code_is_not_trimmed() {
    uscc_err(" 52440300MJL000016J");
    uscc_err("52440300MJL000016J ");
}

#[test]
fn credit_code_from_parts_computes_both_checks() {
    let c = CreditCode::from_parts('2', "440300", "MJL00001").unwrap();
    assert_eq!(c.as_str(), "52440300MJL000016J");
    let c = CreditCode::from_parts('3', "100000", "50000888").unwrap();
    assert_eq!(c.as_str(), "531000005000088850");
    // Exhaustive-ish: every minted code parses, including check-17 edge values X and 0.
    let mut seen_x = false;
    let mut seen_0 = false;
    for n in 0..2000u32 {
        let body = format!("{n:08}");
        let c = CreditCode::from_parts('1', "110000", &body).unwrap();
        seen_x |= c.as_str().as_bytes()[16] == b'X';
        seen_0 |= c.as_str().as_bytes()[16] == b'0';
        assert!(CreditCode::check_characters_valid(c.as_str()));
    }
    assert!(seen_x && seen_0);
}

#[test]
fn credit_code_from_parts_rejects_bad_parts() {
    for (kind, division, body) in [
        ('4', "440300", "MJL00001"),
        ('2', "44030", "MJL00001"),
        ('2', "44030A", "MJL00001"),
        ('2', "440300", "MJL0000"),
        ('2', "440300", "MJI00001"),
        ('2', "440300", "mjl00001"),
        ('中', "440300", "MJL00001"),
    ] {
        let e = CreditCode::from_parts(kind, division, body).unwrap_err();
        assert_eq!(e.rule(), Some("REG-USCC"));
    }
}

#[test]
fn credit_code_serde_is_a_validated_string() {
    let c = CreditCode::parse("52440300MJL000016J").unwrap();
    let v = serde_json::to_value(&c).unwrap();
    assert_eq!(v, serde_json::json!("52440300MJL000016J"));
    assert_eq!(serde_json::from_value::<CreditCode>(v).unwrap(), c);
    assert!(serde_json::from_value::<CreditCode>(serde_json::json!("52440300MJL000016K")).is_err());
    assert_eq!("52440300MJL000016J".parse::<CreditCode>().unwrap(), c);
}

// --- Money ------------------------------------------------------------------------------------

#[test]
fn money_parses_and_prints() {
    for (input, fen, printed) in [
        ("0", 0, "0.00"),
        ("1234", 123_400, "1234.00"),
        ("1234.5", 123_450, "1234.50"),
        ("1234.56", 123_456, "1234.56"),
        ("0.05", 5, "0.05"),
        ("0.5", 50, "0.50"),
        ("007.10", 710, "7.10"),
        ("92233720368547758.07", i64::MAX, "92233720368547758.07"),
    ] {
        let m = Money::parse(input).unwrap();
        assert_eq!(m.fen(), fen, "{input}");
        assert_eq!(m.to_string(), printed, "{input}");
        assert_eq!(Money::parse(printed).unwrap(), m, "round trip of {input}");
    }
}

#[test]
fn money_rejections() {
    for (input, fragment) in [
        ("", "empty"),
        ("-1", "negative"),
        ("-0.01", "negative"),
        ("+1", "sign"),
        (" 1", "contains ' '"),
        ("1 ", "contains ' '"),
        ("1 000", "contains ' '"),
        ("1,000", "contains ','"),
        ("1e5", "contains 'e'"),
        ("1E5", "contains 'E'"),
        ("¥10", "contains '¥'"),
        (".5", "before the decimal point"),
        ("5.", "ends with a decimal point"),
        ("1.234", "more than two decimals"),
        ("1.2.3", "more than one decimal point"),
        ("92233720368547758.08", "too large"),
        ("99999999999999999999", "too large"),
        ("999999999999999999999999999999", "too large"),
    ] {
        let e = Money::parse(input).unwrap_err();
        assert_eq!(e.field(), Some("money"), "{input}");
        assert_eq!(e.rule(), None, "{input}");
        assert!(
            e.to_string().contains(fragment),
            "{input}: '{e}' should mention '{fragment}'"
        );
    }
}

#[test]
fn money_fen_arithmetic_and_serde() {
    assert!(Money::from_fen(-1).is_err());
    let a = Money::from_fen(150).unwrap();
    let b = Money::from_fen(75).unwrap();
    assert_eq!(a.checked_add(b), Some(Money::from_fen(225).unwrap()));
    assert_eq!(Money::from_fen(i64::MAX).unwrap().checked_add(b), None);
    assert_eq!(a.checked_sub(b), Some(b));
    assert_eq!(b.checked_sub(a), None);
    assert_eq!(Money::default(), Money::ZERO);

    let v = serde_json::to_value(a).unwrap();
    assert_eq!(v, serde_json::json!(150));
    assert_eq!(serde_json::from_value::<Money>(v).unwrap(), a);
    assert!(serde_json::from_value::<Money>(serde_json::json!(-5)).is_err());
    assert!(serde_json::from_value::<Money>(serde_json::json!(1.5)).is_err());
    assert!(serde_json::from_value::<Money>(serde_json::json!("150")).is_err());
}

// --- Jurisdiction -----------------------------------------------------------------------------

#[test]
fn jurisdiction_levels() {
    for (code, level) in [
        ("100000", Level::National),
        ("110000", Level::Province),
        ("440000", Level::Province),
        ("440300", Level::City),
        ("330100", Level::City),
        ("440304", Level::County),
        ("110101", Level::County),
        ("710000", Level::Province),
        ("820000", Level::Province),
    ] {
        let j = Jurisdiction::parse(code).unwrap();
        assert_eq!(j.level(), level, "{code}");
        assert_eq!(j.is_national(), code == "100000");
        assert_eq!(j.as_str(), code);
    }
}

#[test]
fn jurisdiction_rejections() {
    for code in [
        "",
        "44030",
        "4403000",
        "044030",
        "44030a",
        " 440300",
        "4403 0",
        "160000",
        "200000",
        "100001",
        "101000",
        "380000",
        "470000",
        "550000",
        "660000",
        "720000",
        "830000",
        "990000",
        "４４０３００",
    ] {
        let e = Jurisdiction::parse(code).unwrap_err();
        assert_eq!(e.field(), Some("jurisdiction"), "{code}");
        assert_eq!(e.rule(), None, "{code}");
    }
}

#[test]
fn jurisdiction_covers_its_subdivisions() {
    let j = |s: &str| Jurisdiction::parse(s).unwrap();
    assert!(j("100000").covers(&j("440304")));
    assert!(j("100000").covers(&j("100000")));
    assert!(j("440000").covers(&j("440304")));
    assert!(j("440300").covers(&j("440304")));
    assert!(j("440300").covers(&j("440300")));
    assert!(!j("440300").covers(&j("440100")));
    assert!(!j("440304").covers(&j("440300")));
    assert!(!j("440000").covers(&j("100000")));
    assert!(!j("440000").covers(&j("450000")));
}

#[test]
fn jurisdiction_serde_is_a_validated_string() {
    let j = Jurisdiction::parse("440300").unwrap();
    assert_eq!(
        serde_json::to_value(&j).unwrap(),
        serde_json::json!("440300")
    );
    assert_eq!(
        serde_json::from_value::<Jurisdiction>(serde_json::json!("440300")).unwrap(),
        j
    );
    assert!(serde_json::from_value::<Jurisdiction>(serde_json::json!("990000")).is_err());
    assert_eq!(
        serde_json::to_value(Level::County).unwrap(),
        serde_json::json!("COUNTY")
    );
}

// --- OrganisationKind -------------------------------------------------------------------------

#[test]
fn organisation_kind_codes_and_labels() {
    let expected = [
        (
            OrganisationKind::SocialGroup,
            "SOCIAL_GROUP",
            '1',
            "社会团体",
        ),
        (
            OrganisationKind::SocialServiceOrg,
            "SOCIAL_SERVICE_ORG",
            '2',
            "社会服务机构",
        ),
        (OrganisationKind::Foundation, "FOUNDATION", '3', "基金会"),
    ];
    for (kind, wire, digit, zh) in expected {
        assert_eq!(serde_json::to_value(kind).unwrap(), serde_json::json!(wire));
        assert_eq!(
            serde_json::from_value::<OrganisationKind>(serde_json::json!(wire)).unwrap(),
            kind
        );
        assert_eq!(wire.parse::<OrganisationKind>().unwrap(), kind);
        assert_eq!(kind.to_string(), wire);
        assert_eq!(kind.credit_code_digit(), digit);
        assert_eq!(kind.label_zh(), zh);
    }
    assert!("social_group".parse::<OrganisationKind>().is_err());
}

// --- LegalRepresentative ----------------------------------------------------------------------

fn rep_err(name: &str, id: &str, phone: &str) -> DomainError {
    LegalRepresentative::new(name, id, phone).unwrap_err()
}

#[test]
fn resident_id_check_digit_mod_11_2() {
    // The GB 11643 example number, whose check character is X.
    assert_eq!(resident_id_check_digit("11010519491231002"), Some('X'));
    assert_eq!(resident_id_check_digit("44030119900101123"), Some('4'));
    assert_eq!(resident_id_check_digit("11010119900307123"), Some('3'));
    assert_eq!(resident_id_check_digit("31010419851212567"), Some('6'));
    assert_eq!(resident_id_check_digit("1101051949123100"), None);
    assert_eq!(resident_id_check_digit("1101051949123100A"), None);
}

#[test]
fn legal_representative_accepts_valid_input() {
    let r = LegalRepresentative::new("  张三 ", "11010519491231002X", "13800138000").unwrap();
    assert_eq!(r.name(), "张三");
    assert_eq!(r.id_number(), "11010519491231002X");
    assert_eq!(r.phone(), "13800138000");
    assert_eq!(r.masked_id_number(), "110105********002X");
    assert_eq!(r.masked_phone(), "138****8000");
    let debug = format!("{r:?}");
    assert!(!debug.contains("11010519491231002X") && !debug.contains("13800138000"));

    for phone in [
        "0755-12345678",
        "010-1234567",
        "075512345678",
        "22345678",
        "2345678",
    ] {
        LegalRepresentative::new("李四", "440301199001011234", phone)
            .unwrap_or_else(|e| panic!("{phone}: {e}"));
    }
    let r = LegalRepresentative::new("李四", "440301199001011234", "0755-12345678").unwrap();
    assert_eq!(r.masked_phone(), "0755-****5678");
    assert_eq!(r.masked_id_number(), "440301********1234");
}

#[test]
fn legal_representative_rejections() {
    let id = "440301199001011234";
    let phone = "13800138000";
    for (name, id, phone, field, fragment) in [
        ("", id, phone, "legalRepresentative.name", "empty"),
        ("   ", id, phone, "legalRepresentative.name", "empty"),
        (
            &"名".repeat(51),
            id,
            phone,
            "legalRepresentative.name",
            "at most 50",
        ),
        (
            "王五",
            "44030119900101123",
            phone,
            "legalRepresentative.idNumber",
            "18",
        ),
        (
            "王五",
            "4403011990010112345",
            phone,
            "legalRepresentative.idNumber",
            "18",
        ),
        (
            "王五",
            "44030119900101123A",
            phone,
            "legalRepresentative.idNumber",
            "should be '4'",
        ),
        (
            "王五",
            "440301199001011235",
            phone,
            "legalRepresentative.idNumber",
            "should be '4'",
        ),
        (
            "王五",
            "11010519491231002x",
            phone,
            "legalRepresentative.idNumber",
            "capital X",
        ),
        (
            "王五",
            "A10105194912310020",
            phone,
            "legalRepresentative.idNumber",
            "digits",
        ),
        (
            "王五",
            "44030119900101123中",
            phone,
            "legalRepresentative.idNumber",
            "18",
        ),
        ("王五", id, "", "legalRepresentative.phone", "mobile"),
        (
            "王五",
            id,
            "1380013800",
            "legalRepresentative.phone",
            "mobile",
        ),
        (
            "王五",
            id,
            "138001380001",
            "legalRepresentative.phone",
            "mobile",
        ),
        (
            "王五",
            id,
            "138 0013 8000",
            "legalRepresentative.phone",
            "mobile",
        ),
        (
            "王五",
            id,
            "+8613800138000",
            "legalRepresentative.phone",
            "mobile",
        ),
        ("王五", id, "123456", "legalRepresentative.phone", "mobile"),
        (
            "王五",
            id,
            "0755-123456",
            "legalRepresentative.phone",
            "mobile",
        ),
        (
            "王五",
            id,
            "755-12345678",
            "legalRepresentative.phone",
            "mobile",
        ),
        (
            "王五",
            id,
            "07555-12345678",
            "legalRepresentative.phone",
            "mobile",
        ),
        (
            "王五",
            id,
            "0755-1234-5678",
            "legalRepresentative.phone",
            "mobile",
        ),
        ("王五", id, "0755-", "legalRepresentative.phone", "mobile"),
    ] {
        let e = rep_err(name, id, phone);
        assert_eq!(e.field(), Some(field), "{name}/{id}/{phone}: {e}");
        assert!(
            e.to_string().contains(fragment),
            "{name}/{id}/{phone}: '{e}' should mention '{fragment}'"
        );
    }
}

#[test]
fn id_number_is_kept_out_of_messages() {
    let e = rep_err("王五", "440301199001011235", "13800138000");
    assert!(!e.to_string().contains("440301199001011235"));
}

#[test]
fn legal_representative_serde_round_trip_validates() {
    let r = LegalRepresentative::new("张三", "11010519491231002X", "13800138000").unwrap();
    let v = serde_json::to_value(&r).unwrap();
    assert_eq!(
        v,
        serde_json::json!({"name": "张三", "idNumber": "11010519491231002X", "phone": "13800138000"})
    );
    assert_eq!(serde_json::from_value::<LegalRepresentative>(v).unwrap(), r);
    let bad = serde_json::json!({"name": "张三", "idNumber": "110105194912310020", "phone": "13800138000"});
    assert!(serde_json::from_value::<LegalRepresentative>(bad).is_err());
}

#[test]
fn a_county_is_served_by_its_own_then_its_city_then_its_province() {
    let county = Jurisdiction::parse("440304").unwrap();
    assert_eq!(county.nearest_first(), ["440304", "440300", "440000"]);
    let city = Jurisdiction::parse("440300").unwrap();
    assert_eq!(city.nearest_first(), ["440300", "440000"]);
    let province = Jurisdiction::parse("440000").unwrap();
    assert_eq!(province.nearest_first(), ["440000"]);
    assert_eq!(Jurisdiction::national().nearest_first(), ["100000"]);
}

#[test]
fn chinese_messages_group_yuan_by_thousands_and_name_the_check_character_typed() {
    for (fen, grouped) in [
        (0, "0.00"),
        (5, "0.05"),
        (99_999, "999.99"),
        (123_456, "1,234.56"),
        (3_000_000, "30,000.00"),
        (12_345_678_901, "123,456,789.01"),
    ] {
        assert_eq!(
            Money::from_fen(fen).map(Money::grouped),
            Ok(grouped.to_owned())
        );
    }
    let good = CreditCode::from_parts('2', "440304", "MJ000071").map(String::from);
    let good = good.unwrap_or_default();
    let typed = if good.ends_with('0') { '1' } else { '0' };
    let mistyped = format!("{}{typed}", &good[..17]);
    let e = CreditCode::parse(&mistyped).unwrap_err();
    assert_eq!(
        e.message_zh(),
        Some(format!(
            "统一社会信用代码 {mistyped} 第18位校验码应为 {}，输入的是 {typed}",
            &good[17..]
        ))
        .as_deref()
    );
    let e = Money::parse("12.345").unwrap_err();
    assert_eq!((e.field(), e.message_zh().is_some()), (Some("money"), true));
}
