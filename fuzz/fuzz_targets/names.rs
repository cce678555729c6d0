//! Names and free text through the registration command: `decide` never panics on any text, and
//! what it records is the normalised form (a fixed point of `normalise_name`), without control
//! or invisible format characters, and a look-alike of a name (a zero-width or bidi character
//! inserted, full-width digits, a no-break space) normalises to the same form, so REG-NAME's
//! uniqueness cannot be bypassed (issue 10 item 7).
#![no_main]

use chrono::{TimeZone, Utc};
use civic_domain::organisation::normalise_name;
use civic_domain::{
    Aggregate, Application, Context, CreditCode, Jurisdiction, LegalRepresentative, Money,
    Organisation, OrganisationCommand, OrganisationEvent, OrganisationKind,
};
use libfuzzer_sys::fuzz_target;

/// Characters that render as nothing or reorder text: a name holding one looks like another.
fn invisible(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

fn application(name: &str, domicile: &str) -> OrganisationCommand {
    OrganisationCommand::Apply {
        organisation_id: uuid::Uuid::from_u128(0x0190_f3c2_0000_7000_8000_0000_0000_0001),
        application: Application {
            name: name.to_owned(),
            kind: OrganisationKind::SocialServiceOrg,
            credit_code: CreditCode::parse("52440304MJ0000018N").expect("the README's code"),
            domicile: domicile.to_owned(),
            purpose: "为辖区老年人提供养老服务".into(),
            business_scope: "居家养老、培训、咨询".into(),
            legal_representative: LegalRepresentative::new(
                "王芳",
                "11010519491231002X",
                "13800138000",
            )
            .expect("the README's representative"),
            registered_funds: Money::parse("30000.00").expect("an amount"),
            public_fundraising: false,
            supervisory_unit: None,
            jurisdiction: Jurisdiction::parse("440304").expect("Futian"),
        },
    }
}

fn recorded(command: &OrganisationCommand) -> Option<(String, String)> {
    let ctx = Context::at(Utc.with_ymd_and_hms(2026, 11, 23, 2, 0, 0).unwrap());
    match Organisation::default()
        .decide(command, &ctx)
        .ok()?
        .first()?
    {
        OrganisationEvent::RegistrationApplied { name, domicile, .. } => {
            Some((name.clone(), domicile.clone()))
        }
        other => panic!("an application recorded {other:?}"),
    }
}

fn look_alikes(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some((i, _)) = name.char_indices().nth(1) {
        for mark in ['\u{200B}', '\u{200D}', '\u{202E}', '\u{FEFF}'] {
            out.push(format!("{}{mark}{}", &name[..i], &name[i..]));
        }
    }
    if name.contains(' ') {
        out.push(name.replacen(' ', "\u{00A0}", 1));
    }
    if name.bytes().any(|b| b.is_ascii_digit()) {
        out.push(
            name.chars()
                .map(|c| match c {
                    '0'..='9' => char::from_u32(c as u32 - '0' as u32 + 0xFF10).unwrap_or(c),
                    _ => c,
                })
                .collect(),
        );
    }
    out
}

fuzz_target!(|text: &str| {
    let normal = normalise_name(text);
    assert_eq!(
        normalise_name(&normal),
        normal,
        "normalise_name is not idempotent on {text:?}"
    );

    if let Some((name, _)) = recorded(&application(text, "深圳市福田区福中三路1号")) {
        assert_eq!(
            name, normal,
            "the recorded name is not the normalised form of {text:?}"
        );
        assert!(
            !name.chars().any(invisible),
            "recorded name {name:?} holds an invisible character"
        );
        for variant in look_alikes(&name) {
            assert_eq!(
                normalise_name(&variant),
                normal,
                "{variant:?} looks like {name:?} but is another name"
            );
        }
    }
    if let Some((_, domicile)) = recorded(&application("深圳市福田区颐康养老服务中心", text))
    {
        assert!(
            !domicile.chars().any(invisible),
            "recorded domicile {domicile:?} holds an invisible character"
        );
    }
    // Control characters in a representative's name are refused by `decide` (every text of a
    // command is checked there), not by the value, which old events are decoded through.
    if let Ok(rep) = LegalRepresentative::new(text, "11010519491231002X", "13800138000") {
        assert!(
            !rep.name().chars().any(|c| invisible(c) && !c.is_control()),
            "representative name {:?} holds an invisible character",
            rep.name()
        );
    }
});
