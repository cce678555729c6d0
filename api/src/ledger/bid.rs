//! Sealed bids on the command path (BID-SEALED, BID-ELIGIBLE): the facts a bid's rules read
//! (the procurement's terms, the bidder's registry standing), the sealing of a bid's content
//! before it reaches the store, and its opening at the procurement's opening time.
//!
//! The server seals: a bidder sends its content over TLS like any other input, and the ledger
//! commits to it and seals it under the deployment's key (`<data-dir>/bid-sealing.key`, see
//! docs/sealed-bids.md) before anything is written. What the log, the read models and the
//! state store hold is the commitment and the sealed box, never the content or its salt.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::{DateTime, Utc};
use civic_domain::calendar::china_date;
use civic_domain::error::rules;
use civic_domain::procurement::{BidContent, RegistryStanding, RevealedBid};
use civic_domain::{Bid, BidCommand, BidFacts, DomainError, Organisation, Procurement, SealedBox};
use civic_projections::bids::{self, MAX_LIVE_BIDS};
use civic_sealing::{KEY_FILE, KeyId, Sealer, SealingError};
use uuid::Uuid;

use super::execute::Handled;
use super::{Ledger, LedgerError, Said};

#[cfg(test)]
#[path = "bid_tests.rs"]
mod tests;

/// The bid-sealing key of a data directory, loaded when a bid is first sealed or opened.
///
/// The embedded store has one server, which creates the key on first use. Servers that share
/// a PostgreSQL database must all hold the same key, copied before the first bid: one that
/// created its own would seal boxes the others cannot open, so there a missing key file is
/// an error naming the file, and `civic-ledger bid-key init` creates it.
pub struct BidSealing {
    path: PathBuf,
    may_create: bool,
    sealer: OnceLock<Sealer>,
}

impl std::fmt::Debug for BidSealing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BidSealing")
            .field("path", &self.path)
            .field("may_create", &self.may_create)
            .finish_non_exhaustive()
    }
}

impl BidSealing {
    pub fn new(data_dir: &Path, may_create: bool) -> Self {
        BidSealing {
            path: data_dir.join(KEY_FILE),
            may_create,
            sealer: OnceLock::new(),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The sealer of the key file. A failure is not kept: once an administrator has put the
    /// file in place (or fixed its mode), the next bid finds it without a restart.
    pub fn sealer(&self) -> Result<&Sealer, LedgerError> {
        if let Some(sealer) = self.sealer.get() {
            return Ok(sealer);
        }
        if !self.may_create && !self.path.is_file() {
            let message = format!(
                "bids cannot be sealed or opened on this server (密封投标): its bid-sealing key {} is missing. Every server of a shared PostgreSQL ledger needs the same key file: create it once with `civic-ledger bid-key init --data-dir {}` and copy it (mode 0600) to the other servers' data directories",
                self.path.display(),
                self.path
                    .parent()
                    .map_or_else(String::new, |d| d.display().to_string())
            );
            tracing::error!(path = %self.path.display(), "the bid-sealing key is missing");
            return Err(LedgerError::Rejected {
                rule: Some(rules::BID_SEALED.to_owned()),
                message: Said::new(
                    message,
                    format!(
                        "本服务器无法密封或开启投标文件：缺少投标密封密钥 {}。共用同一 PostgreSQL 数据库的各服务器须使用同一密钥文件，请联系系统管理员",
                        self.path.display()
                    ),
                ),
            });
        }
        let sealer = Sealer::open_or_create(&self.path).map_err(|e| {
            tracing::error!(error = %e, "the bid-sealing key cannot be used");
            LedgerError::Rejected {
                rule: Some(rules::BID_SEALED.to_owned()),
                message: Said::new(
                    format!("bids cannot be sealed or opened on this server (密封投标): {e}"),
                    format!("本服务器无法密封或开启投标文件：{}", sealing_zh(&e)),
                ),
            }
        })?;
        Ok(self.sealer.get_or_init(|| sealer))
    }
}

/// A sealing failure as a clerk is told it; the operator's details (paths, commands) stay in
/// the English message and the log.
pub(crate) fn sealing_zh(e: &SealingError) -> String {
    match e {
        SealingError::KeyFileIo { path, .. } => {
            format!(
                "无法读取或创建投标密封密钥 {}，请联系系统管理员",
                path.display()
            )
        }
        SealingError::KeyFileExposed { path, .. } => format!(
            "投标密封密钥 {} 可被其他用户读取，须设为仅本服务可读（0600），请联系系统管理员",
            path.display()
        ),
        SealingError::KeyFileDamaged { path, .. } => format!(
            "投标密封密钥 {} 已损坏，请联系系统管理员从备份恢复",
            path.display()
        ),
        SealingError::NotYetOpen { opening_at, now } => format!(
            "开标时间（北京时间{}）前不能开启投标文件，现在是{}",
            civic_domain::calendar::china_time(*opening_at),
            civic_domain::calendar::china_time(*now)
        ),
        SealingError::WrongKey { .. } => {
            "投标文件是用另一把密钥密封的，与本系统的密钥不符，请联系系统管理员恢复原密钥"
                .to_owned()
        }
        SealingError::Malformed(_) | SealingError::BadEnvelope(_) => {
            "密封的投标文件格式有误".to_owned()
        }
        SealingError::Tampered => {
            "密封的投标文件无法开启：文件已被改动，或不是为此投标和采购项目密封的".to_owned()
        }
        SealingError::Random(_) => "系统随机数生成失败，请稍后重试".to_owned(),
    }
}

/// `civic-ledger bid-key init`: the key of `data_dir`, created unless it exists (never
/// replaced); whether this call created it.
pub fn init_key(data_dir: &Path) -> Result<(KeyId, bool), SealingError> {
    let path = data_dir.join(KEY_FILE);
    let existed = path.exists();
    let sealer = Sealer::open_or_create(&path)?;
    Ok((sealer.key_id().clone(), !existed))
}

fn to_domain(sealed: civic_sealing::SealedBox) -> SealedBox {
    SealedBox {
        key_id: sealed.key_id.0,
        nonce: sealed.nonce,
        ciphertext: sealed.ciphertext,
    }
}

fn to_sealing(sealed: &SealedBox) -> civic_sealing::SealedBox {
    civic_sealing::SealedBox {
        key_id: KeyId(sealed.key_id.clone()),
        nonce: sealed.nonce.clone(),
        ciphertext: sealed.ciphertext.clone(),
    }
}

/// What a retry's digest must not depend on: the sealed box is new on every try (a random
/// nonce, and a Submit's box is bound to its fresh bid id).
fn without_box(sealed: &mut SealedBox) {
    *sealed = SealedBox {
        key_id: String::new(),
        nonce: String::new(),
        ciphertext: String::new(),
    };
}

impl Handled for Bid {
    const NOUN: &'static str = "bid";
    const NOUN_ZH: &'static str = "投标";

    /// A Submit's jurisdiction is its procurement's, known from the facts
    /// ([`Handled::facts_jurisdiction`]).
    fn jurisdiction(&self, _command: &BidCommand) -> Option<String> {
        self.jurisdiction.as_ref().map(|j| j.as_str().to_owned())
    }

    fn facts_jurisdiction(facts: &BidFacts) -> Option<String> {
        facts
            .terms
            .as_ref()
            .map(|t| t.jurisdiction.as_str().to_owned())
    }

    /// Without the fresh bid id and the box. The content and the salt stay: the salt is
    /// derived from the deployment key and the command id ([`Sealer::commitment_salt`]), so
    /// a retry repeats it, and the digest of content and salt is as unguessable as the
    /// commitment (a price alone has too little entropy to be digested bare).
    fn digest_form(command: &BidCommand) -> BidCommand {
        let mut command = command.clone();
        match &mut command {
            BidCommand::Submit { bid_id, sealed, .. } => {
                *bid_id = Uuid::nil();
                without_box(sealed);
            }
            BidCommand::Replace { sealed, .. } => without_box(sealed),
            BidCommand::Withdraw => {}
        }
        command
    }

    async fn facts(
        ledger: &Ledger,
        state: &Bid,
        command: &BidCommand,
        now: DateTime<Utc>,
    ) -> Result<BidFacts, LedgerError> {
        let (procurement_id, organisation_id) = match command {
            BidCommand::Submit {
                procurement_id,
                organisation_id,
                ..
            } => (Some(*procurement_id), Some(*organisation_id)),
            BidCommand::Replace { .. } => (state.procurement_id, state.organisation_id),
            // A withdrawal is checked against the deadline only.
            BidCommand::Withdraw => (state.procurement_id, None),
        };
        let terms = match procurement_id {
            Some(p) => ledger
                .load::<Procurement>(&p)
                .await?
                .and_then(|o| o.state.bid_terms()),
            None => None,
        };
        if let (BidCommand::Submit { .. }, Some(terms)) = (command, &terms) {
            let live = bids::live_count(ledger.read.as_ref(), terms.procurement_id).await?;
            if live >= MAX_LIVE_BIDS {
                return Err(LedgerError::Rejected {
                    rule: Some(rules::BID_SEALED.to_owned()),
                    message: Said::new(
                        format!(
                            "“{}” already holds {live} live bids, the most one procurement takes ({MAX_LIVE_BIDS}); no further bid (投标) can be submitted",
                            terms.title
                        ),
                        format!(
                            "采购项目“{}”已有{live}份有效投标，达到上限（{MAX_LIVE_BIDS}份），不能再提交投标",
                            terms.title
                        ),
                    ),
                });
            }
        }
        let standing = match organisation_id {
            Some(o) => ledger.standing(o, now).await?,
            None => None,
        };
        Ok(BidFacts { terms, standing })
    }
}

impl Ledger {
    /// Where this server's bid-sealing key is, and the key once loaded.
    pub fn bid_sealing(&self) -> &BidSealing {
        &self.sealing
    }

    /// The organisation as the registry shows it on the China day of `now`, with the stream
    /// version and position it was read at (recorded by the bid for an auditor to replay).
    async fn standing(
        &self,
        organisation_id: Uuid,
        now: DateTime<Utc>,
    ) -> Result<Option<RegistryStanding>, LedgerError> {
        Ok(self
            .load::<Organisation>(&organisation_id)
            .await?
            .map(|o| RegistryStanding::of(&o.state, o.version, o.position, china_date(now))))
    }

    /// Commits to `content` and seals it for bid `bid_id` of `procurement_id`: the salt's hex
    /// and the box, as a Submit or Replace carries them. With the command id a retry repeats,
    /// the salt is the same on every try (see [`Sealer::commitment_salt`]).
    pub fn seal_bid(
        &self,
        procurement_id: Uuid,
        bid_id: Uuid,
        organisation_id: Uuid,
        content: &BidContent,
        command_id: Option<Uuid>,
    ) -> Result<(String, SealedBox), LedgerError> {
        let sealer = self.sealing.sealer()?;
        let sealing_failed = |e: SealingError| {
            LedgerError::Internal(format!("sealing a bid of {procurement_id} failed: {e}"))
        };
        let salt = sealer
            .commitment_salt(procurement_id, organisation_id, command_id)
            .map_err(sealing_failed)?;
        let sealed = sealer
            .seal_bid(procurement_id, bid_id, content, &salt)
            .map_err(sealing_failed)?;
        Ok((hex::encode(*salt), to_domain(sealed)))
    }

    /// A new bid of `organisation_id` on `procurement_id`, sealed: its new id and the command
    /// that opens its stream.
    pub fn submission(
        &self,
        procurement_id: Uuid,
        organisation_id: Uuid,
        content: BidContent,
        command_id: Option<Uuid>,
    ) -> Result<(Uuid, BidCommand), LedgerError> {
        let bid_id = Uuid::now_v7();
        let (salt, sealed) = self.seal_bid(
            procurement_id,
            bid_id,
            organisation_id,
            &content,
            command_id,
        )?;
        Ok((
            bid_id,
            BidCommand::Submit {
                bid_id,
                procurement_id,
                organisation_id,
                content,
                salt,
                sealed,
            },
        ))
    }

    /// A new content for the live bid `bid`, sealed.
    pub fn replacement(
        &self,
        bid: &Bid,
        content: BidContent,
        command_id: Option<Uuid>,
    ) -> Result<BidCommand, LedgerError> {
        let (Some(bid_id), Some(procurement_id), Some(organisation_id)) =
            (bid.id, bid.procurement_id, bid.organisation_id)
        else {
            return Err(LedgerError::NotFound(Said::new(
                "no bid has been submitted under this id",
                "此编号下尚未提交投标",
            )));
        };
        let (salt, sealed) = self.seal_bid(
            procurement_id,
            bid_id,
            organisation_id,
            &content,
            command_id,
        )?;
        Ok(BidCommand::Replace {
            content,
            salt,
            sealed,
        })
    }

    /// Every live bid of `procurement`, unsealed and with its bidder's registry standing read
    /// again: what the opening decides on. The key is used only at or after the opening time,
    /// by this server's clock.
    pub(super) async fn reveal_bids(
        &self,
        procurement: &Procurement,
    ) -> Result<Vec<RevealedBid>, LedgerError> {
        self.reveal_bids_at(procurement, Utc::now()).await
    }

    async fn reveal_bids_at(
        &self,
        procurement: &Procurement,
        now: DateTime<Utc>,
    ) -> Result<Vec<RevealedBid>, LedgerError> {
        let (Some(procurement_id), Some(terms)) = (procurement.id, procurement.terms.as_ref())
        else {
            return Err(LedgerError::NotFound(Said::new(
                "no procurement to open: it has not been drafted",
                "没有可开标的采购项目：尚未起草",
            )));
        };
        let opener = self
            .sealing
            .sealer()?
            .opening(procurement_id, terms.opening_at, now)
            .map_err(|e| {
                DomainError::violation(rules::BID_SEALED, e.to_string()).zh(sealing_zh(&e))
            })?;
        // Read page by page; the whole is bounded by MAX_LIVE_BIDS, checked at submission.
        const PAGE: usize = 100;
        let mut revealed = Vec::new();
        let mut after = None;
        loop {
            let page =
                bids::live_bids_sealed(self.read.as_ref(), procurement_id, after, PAGE).await?;
            let done = page.len() < PAGE;
            for (row, bid) in page {
                after = Some(row.bid_id);
                let opened = match &bid.sealed {
                    Some(sealed) => opener.reveal(row.bid_id, &to_sealing(sealed)).map_err(|e| {
                        // The opening records the bid as not revealed (NOT_REVEALED); the
                        // reason is for the operator, who may hold the right key elsewhere.
                        tracing::warn!(bid = %row.bid_id, procurement = %procurement_id, error = %e, "a sealed bid does not open");
                    }),
                    None => Err(()),
                };
                let standing = match self.standing(row.organisation_id, now).await? {
                    Some(s) => s,
                    // Every bidder was in the registry when it bid; the opening says it is not.
                    None => RegistryStanding {
                        organisation_id: row.organisation_id,
                        name: row.organisation_id.to_string(),
                        kind: None,
                        status: None,
                        credit_list: None,
                        rating: None,
                        registered_on: None,
                        latest_grade: None,
                        registry_version: 0,
                        registry_position: 0,
                    },
                };
                let (content, salt) = match opened {
                    Ok(r) => {
                        let salt = r.salt_hex();
                        (Some(r.content), Some(salt))
                    }
                    Err(()) => (None, None),
                };
                revealed.push(RevealedBid {
                    bid_id: row.bid_id,
                    organisation_id: row.organisation_id,
                    commitment: bid
                        .commitment
                        .clone()
                        .unwrap_or(civic_domain::procurement::Commitment(row.commitment)),
                    content,
                    salt,
                    standing,
                });
            }
            if done {
                return Ok(revealed);
            }
        }
    }
}
