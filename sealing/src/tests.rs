use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{DateTime, Duration, TimeZone, Utc};
use civic_domain::procurement::{BidContent, DocumentDigest, SALT_BYTES};
use civic_domain::values::Money;
use uuid::Uuid;

use crate::{KEY_FILE, PADDING_BLOCK, RevealedBid, SealedBox, Sealer, SealingError, bid_plaintext};

fn opening_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 1, 30, 0).unwrap()
}

fn sealer() -> Sealer {
    Sealer::from_key_bytes([42u8; 32])
}

fn content(fen: i64) -> BidContent {
    BidContent {
        price: Money::from_fen(fen).unwrap(),
        technical_proposal: "社区居家养老服务：每周上门三次，配备持证护理员".into(),
        documents: vec![DocumentDigest {
            name: "技术方案.pdf".into(),
            sha256: "0123456789abcdef".repeat(4),
        }],
    }
}

fn unseal(sealer: &Sealer, procurement: Uuid, bid: Uuid, sealed: &SealedBox) -> Vec<u8> {
    sealer
        .opening(procurement, opening_at(), opening_at())
        .unwrap()
        .unseal(bid, sealed)
        .unwrap()
}

/// A copy of `sealed` with one byte of its base64 field changed.
fn flip(field: &str) -> String {
    let mut bytes = STANDARD.decode(field).unwrap();
    bytes[0] ^= 0x01;
    STANDARD.encode(bytes)
}

#[test]
fn a_sealed_box_opens_to_its_plaintext() {
    let (procurement, bid) = (Uuid::now_v7(), Uuid::now_v7());
    let s = sealer();
    let sealed = s.seal(procurement, bid, b"price 8000000").unwrap();
    assert_eq!(sealed.key_id, *s.key_id());
    assert_eq!(STANDARD.decode(&sealed.nonce).unwrap().len(), 24);
    assert_eq!(unseal(&s, procurement, bid, &sealed), b"price 8000000");
}

#[test]
fn a_sealed_box_survives_its_json_form() {
    let (procurement, bid) = (Uuid::now_v7(), Uuid::now_v7());
    let s = sealer();
    let sealed = s.seal(procurement, bid, b"x").unwrap();
    let json = serde_json::to_value(&sealed).unwrap();
    assert_eq!(
        json.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["ciphertext", "keyId", "nonce"]
    );
    let back: SealedBox = serde_json::from_value(json).unwrap();
    assert_eq!(unseal(&s, procurement, bid, &back), b"x");
}

#[test]
fn every_seal_draws_a_new_nonce() {
    let (procurement, bid) = (Uuid::now_v7(), Uuid::now_v7());
    let s = sealer();
    let a = s.seal(procurement, bid, b"same").unwrap();
    let b = s.seal(procurement, bid, b"same").unwrap();
    assert_ne!(a.nonce, b.nonce);
    assert_ne!(a.ciphertext, b.ciphertext);
}

#[test]
fn an_altered_ciphertext_or_nonce_does_not_open() {
    let (procurement, bid) = (Uuid::now_v7(), Uuid::now_v7());
    let s = sealer();
    let sealed = s.seal(procurement, bid, b"price 8000000").unwrap();
    let opener = s.opening(procurement, opening_at(), opening_at()).unwrap();

    let mut altered = sealed.clone();
    altered.ciphertext = flip(&sealed.ciphertext);
    assert!(matches!(
        opener.unseal(bid, &altered),
        Err(SealingError::Tampered)
    ));

    let mut altered = sealed.clone();
    altered.nonce = flip(&sealed.nonce);
    assert!(matches!(
        opener.unseal(bid, &altered),
        Err(SealingError::Tampered)
    ));

    let mut truncated = sealed.clone();
    let mut bytes = STANDARD.decode(&sealed.ciphertext).unwrap();
    bytes.pop();
    truncated.ciphertext = STANDARD.encode(bytes);
    assert!(matches!(
        opener.unseal(bid, &truncated),
        Err(SealingError::Tampered)
    ));

    assert_eq!(opener.unseal(bid, &sealed).unwrap(), b"price 8000000");
}

#[test]
fn a_box_moved_to_another_bid_or_procurement_does_not_open() {
    let (procurement, bid) = (Uuid::now_v7(), Uuid::now_v7());
    let s = sealer();
    let sealed = s.seal(procurement, bid, b"price 8000000").unwrap();

    let same_procurement = s.opening(procurement, opening_at(), opening_at()).unwrap();
    assert!(matches!(
        same_procurement.unseal(Uuid::now_v7(), &sealed),
        Err(SealingError::Tampered)
    ));

    let other_procurement = s
        .opening(Uuid::now_v7(), opening_at(), opening_at())
        .unwrap();
    assert!(matches!(
        other_procurement.unseal(bid, &sealed),
        Err(SealingError::Tampered)
    ));
}

#[test]
fn procurements_have_keys_of_their_own() {
    let (a, b) = (Uuid::now_v7(), Uuid::now_v7());
    let master = sealer().master;
    assert_ne!(*master.procurement_key(a), *master.procurement_key(b));
    assert_eq!(*master.procurement_key(a), *master.procurement_key(a));
    assert_ne!(*master.procurement_key(a), [42u8; 32]);
}

#[test]
fn bids_cannot_be_opened_before_the_opening_time() {
    let procurement = Uuid::now_v7();
    let s = sealer();
    let early = opening_at() - Duration::microseconds(1);
    let refused = s.opening(procurement, opening_at(), early).unwrap_err();
    assert!(matches!(
        refused,
        SealingError::NotYetOpen { opening_at: at, now } if at == opening_at() && now == early
    ));
    assert_eq!(
        refused.to_string(),
        "the bids cannot be opened before the opening time 2026-03-02T09:30:00+08:00 (China time); it is now 2026-03-02T09:29:59+08:00"
    );
    assert!(s.opening(procurement, opening_at(), opening_at()).is_ok());
    assert!(
        s.opening(procurement, opening_at(), opening_at() + Duration::days(1))
            .is_ok()
    );
}

#[test]
fn a_box_sealed_under_another_deployment_key_is_named_as_such() {
    let (procurement, bid) = (Uuid::now_v7(), Uuid::now_v7());
    let sealed = Sealer::from_key_bytes([1u8; 32])
        .seal(procurement, bid, b"x")
        .unwrap();
    let other = sealer();
    let refused = other
        .opening(procurement, opening_at(), opening_at())
        .unwrap()
        .unseal(bid, &sealed)
        .unwrap_err();
    assert!(matches!(
        refused,
        SealingError::WrongKey { ref sealed_with, ref deployment }
            if *sealed_with == sealed.key_id && deployment == other.key_id()
    ));

    // A box whose key id was rewritten to the deployment's still does not open.
    let mut relabelled = sealed.clone();
    relabelled.key_id = other.key_id().clone();
    assert!(matches!(
        other
            .opening(procurement, opening_at(), opening_at())
            .unwrap()
            .unseal(bid, &relabelled),
        Err(SealingError::Tampered)
    ));
}

#[test]
fn a_malformed_box_is_refused_as_malformed() {
    let (procurement, bid) = (Uuid::now_v7(), Uuid::now_v7());
    let s = sealer();
    let sealed = s.seal(procurement, bid, b"x").unwrap();
    let opener = s.opening(procurement, opening_at(), opening_at()).unwrap();
    let mut bad = sealed.clone();
    bad.nonce = "not base64!".into();
    assert!(matches!(
        opener.unseal(bid, &bad),
        Err(SealingError::Malformed(_))
    ));
    let mut short = sealed.clone();
    short.nonce = STANDARD.encode([0u8; 12]);
    assert_eq!(
        opener.unseal(bid, &short).unwrap_err().to_string(),
        "the sealed bid is malformed: its nonce has 12 bytes, not 24"
    );
    let mut bad = sealed;
    bad.ciphertext = "%%%".into();
    assert!(matches!(
        opener.unseal(bid, &bad),
        Err(SealingError::Malformed(_))
    ));
}

#[test]
fn the_ciphertext_does_not_show_the_price() {
    let (procurement, bid) = (Uuid::now_v7(), Uuid::now_v7());
    let bid_content = content(876_543_219);
    let salt = [9u8; SALT_BYTES];
    let plaintext = bid_plaintext(&bid_content, &salt);
    let digits = b"876543219";
    assert!(plaintext.windows(digits.len()).any(|w| w == digits));

    let sealed = sealer()
        .seal_bid(procurement, bid, &bid_content, &salt)
        .unwrap();
    let ciphertext = STANDARD.decode(&sealed.ciphertext).unwrap();
    assert!(!ciphertext.windows(digits.len()).any(|w| w == digits));
    let stored = serde_json::to_string(&sealed).unwrap();
    assert!(!stored.contains("876543219"));
    assert!(!stored.contains("养老"));
    assert!(!stored.contains(&hex::encode(salt)));
}

#[test]
fn the_length_of_a_box_does_not_show_the_number_of_digits_of_the_price() {
    let (procurement, bid) = (Uuid::now_v7(), Uuid::now_v7());
    let salt = [9u8; SALT_BYTES];
    let s = sealer();
    let lengths: Vec<usize> = [100, 8_000_000, 876_543_219_000]
        .into_iter()
        .map(|fen| {
            let sealed = s.seal_bid(procurement, bid, &content(fen), &salt).unwrap();
            STANDARD.decode(sealed.ciphertext).unwrap().len()
        })
        .collect();
    assert_eq!(lengths, [PADDING_BLOCK + 16; 3]);
}

#[test]
fn a_revealed_bid_matches_its_commitment() {
    let (procurement, bid) = (Uuid::now_v7(), Uuid::now_v7());
    let bid_content = content(8_000_000);
    let salt = [7u8; SALT_BYTES];
    let commitment = bid_content.commitment(&salt);
    let s = sealer();
    let sealed = s.seal_bid(procurement, bid, &bid_content, &salt).unwrap();

    let revealed = s
        .opening(procurement, opening_at(), opening_at())
        .unwrap()
        .reveal(bid, &sealed)
        .unwrap();
    assert_eq!(revealed.content, bid_content);
    assert_eq!(revealed.salt_hex(), "07".repeat(SALT_BYTES));
    assert!(revealed.matches(&commitment));
    assert!(!revealed.matches(&content(8_000_001).commitment(&salt)));
    assert!(!revealed.matches(&bid_content.commitment(&[8u8; SALT_BYTES])));
}

#[test]
fn the_envelope_is_versioned_and_holds_the_canonical_content() {
    let bid_content = content(100);
    let salt = [0xabu8; SALT_BYTES];
    let plaintext = bid_plaintext(&bid_content, &salt);
    assert_eq!(plaintext.len() % PADDING_BLOCK, 0);
    assert_eq!(
        String::from_utf8(plaintext.to_vec()).unwrap().trim_end(),
        format!(
            r#"{{"v":1,"salt":"{}","content":{}}}"#,
            "ab".repeat(SALT_BYTES),
            String::from_utf8(bid_content.canonical()).unwrap()
        )
    );
    assert_eq!(
        RevealedBid::parse(&plaintext).unwrap(),
        RevealedBid {
            content: bid_content.clone(),
            salt
        }
    );

    let later = String::from_utf8(plaintext.to_vec())
        .unwrap()
        .replacen(r#""v":1"#, r#""v":2"#, 1);
    assert!(matches!(
        RevealedBid::parse(later.as_bytes()),
        Err(SealingError::BadEnvelope(m)) if m.contains("version 2")
    ));
    let short_salt = format!(
        r#"{{"v":1,"salt":"abcd","content":{}}}"#,
        String::from_utf8(bid_content.canonical()).unwrap()
    );
    assert!(matches!(
        RevealedBid::parse(short_salt.as_bytes()),
        Err(SealingError::BadEnvelope(_))
    ));
    assert!(matches!(
        RevealedBid::parse(b"price 100"),
        Err(SealingError::BadEnvelope(_))
    ));
}

#[test]
fn debug_output_never_shows_key_material() {
    let s = sealer();
    let shown = format!(
        "{s:?} {:?}",
        s.opening(Uuid::nil(), opening_at(), opening_at()).unwrap()
    );
    assert!(shown.contains(s.key_id().as_str()));
    assert!(!shown.contains("42,"));
    assert!(!shown.contains("2a2a"));
}

#[cfg(unix)]
mod key_file {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    fn mode(path: &std::path::Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn a_new_key_file_is_private_and_holds_one_key() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data").join(KEY_FILE);
        let s = Sealer::open_or_create(&path).unwrap();
        assert_eq!(mode(&path), 0o600);
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.len(), 64);
        assert!(text.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_eq!(s.key_id().as_str().len(), 16);
        // Only the key file is left: the temporary file it was written through is gone.
        assert_eq!(
            std::fs::read_dir(path.parent().unwrap()).unwrap().count(),
            1
        );
    }

    #[test]
    fn two_sealers_on_one_key_file_agree() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(KEY_FILE);
        let first = Sealer::open_or_create(&path).unwrap();
        let (procurement, bid) = (Uuid::now_v7(), Uuid::now_v7());
        let sealed = first.seal(procurement, bid, b"price 8000000").unwrap();

        let second = Sealer::open_or_create(&path).unwrap();
        assert_eq!(first.key_id(), second.key_id());
        assert_eq!(unseal(&second, procurement, bid, &sealed), b"price 8000000");

        let elsewhere = Sealer::open_or_create(&dir.path().join("other.key")).unwrap();
        assert_ne!(first.key_id(), elsewhere.key_id());
    }

    #[test]
    fn sealers_created_together_share_one_key() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(KEY_FILE);
        let ids: Vec<_> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..4)
                .map(|_| scope.spawn(|| Sealer::open_or_create(&path).unwrap().key_id().clone()))
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        let on_disk = Sealer::open_or_create(&path).unwrap();
        assert!(ids.iter().all(|id| id == on_disk.key_id()), "{ids:?}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_key_file_others_can_read_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(KEY_FILE);
        Sealer::open_or_create(&path).unwrap();
        let before = std::fs::read(&path).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let refused = Sealer::open_or_create(&path).unwrap_err();
        assert!(
            matches!(refused, SealingError::KeyFileExposed { mode: 0o644, .. }),
            "{refused}"
        );
        assert!(refused.to_string().contains("mode 0644"));
        // Refused, not replaced: the key the bids were sealed with is still there.
        assert_eq!(std::fs::read(&path).unwrap(), before);

        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        assert!(matches!(
            Sealer::open_or_create(&path),
            Err(SealingError::KeyFileExposed { mode: 0o640, .. })
        ));
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o400)).unwrap();
        assert!(Sealer::open_or_create(&path).is_ok());
    }

    #[test]
    fn a_truncated_or_damaged_key_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(KEY_FILE);
        let original = Sealer::open_or_create(&path).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();

        std::fs::write(&path, &text[..40]).unwrap();
        let refused = Sealer::open_or_create(&path).unwrap_err();
        assert!(
            matches!(refused, SealingError::KeyFileDamaged { ref found, .. } if found == "40 bytes"),
            "{refused}"
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), &text[..40]);

        std::fs::write(&path, "").unwrap();
        assert!(matches!(
            Sealer::open_or_create(&path),
            Err(SealingError::KeyFileDamaged { .. })
        ));

        std::fs::write(&path, format!("{}zz", &text[..62])).unwrap();
        assert!(matches!(
            Sealer::open_or_create(&path),
            Err(SealingError::KeyFileDamaged { ref found, .. }) if found == "not 64 hex characters"
        ));

        // A newline added by hand when restoring the key from its backup is accepted.
        std::fs::write(&path, format!("{text}\n")).unwrap();
        assert_eq!(
            Sealer::open_or_create(&path).unwrap().key_id(),
            original.key_id()
        );
    }

    #[test]
    fn a_directory_in_place_of_the_key_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(KEY_FILE);
        std::fs::create_dir(&path).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o700)).unwrap();
        assert!(matches!(
            Sealer::open_or_create(&path),
            Err(SealingError::KeyFileDamaged { ref found, .. }) if found == "not a regular file"
        ));
    }
}

#[test]
fn a_retried_command_commits_with_the_same_salt_and_another_command_does_not() {
    let (procurement, organisation, command) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
    let s = sealer();
    let salt = |p, o, c| *s.commitment_salt(p, o, c).unwrap();
    let first = salt(procurement, organisation, Some(command));
    assert_eq!(first, salt(procurement, organisation, Some(command)));
    assert_ne!(first, salt(procurement, organisation, Some(Uuid::now_v7())));
    assert_ne!(first, salt(procurement, Uuid::now_v7(), Some(command)));
    assert_ne!(first, salt(Uuid::now_v7(), organisation, Some(command)));
    // Derived from the deployment key: another deployment's key gives another salt.
    assert_ne!(
        first,
        *Sealer::from_key_bytes([1u8; 32])
            .commitment_salt(procurement, organisation, Some(command))
            .unwrap()
    );
    assert_ne!(
        salt(procurement, organisation, None),
        salt(procurement, organisation, None)
    );
}
