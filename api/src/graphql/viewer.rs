use civic_domain::Organisation;

use super::errors::{forbidden_zh, unauthenticated};
use crate::auth::{Claims, Role};

/// Who is asking: the verified claims of the bearer token, if any.
#[derive(Debug, Clone, Default)]
pub struct Viewer(pub Option<Claims>);

/// How much personal data a viewer may see of one organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PiiAccess {
    Full,
    Masked,
    Hidden,
}

impl PiiAccess {
    pub fn show(self, full: &str, masked: &str) -> Option<String> {
        match self {
            PiiAccess::Full => Some(full.to_owned()),
            PiiAccess::Masked => Some(masked.to_owned()),
            PiiAccess::Hidden => None,
        }
    }
}

impl Viewer {
    /// The caller's claims, or UNAUTHENTICATED naming what needed them.
    pub fn signed_in(&self, what: &str) -> async_graphql::Result<&Claims> {
        self.0.as_ref().ok_or_else(|| unauthenticated(what))
    }

    pub fn pii_access(&self, org: &Organisation) -> PiiAccess {
        let Some(c) = &self.0 else {
            return PiiAccess::Hidden;
        };
        let own_jurisdiction = c
            .jurisdiction
            .as_deref()
            .is_some_and(|j| org.jurisdiction.as_ref().is_some_and(|o| o.as_str() == j));
        match c.role {
            Role::Auditor | Role::Admin => PiiAccess::Full,
            Role::Registrar if own_jurisdiction => PiiAccess::Full,
            Role::Ngo if c.organisation.is_some() && c.organisation == org.id => PiiAccess::Full,
            _ => PiiAccess::Masked,
        }
    }

    /// A registrar of exactly this jurisdiction (a national registrar, 100000, acts on national
    /// organisations only).
    pub fn require_registrar(&self, jurisdiction: &str) -> async_graphql::Result<&Claims> {
        let c = self.signed_in("registering organisations")?;
        if c.role != Role::Registrar {
            return Err(forbidden_zh(
                format!(
                    "registration is done by registrars; your token's role is {}",
                    c.role.as_str()
                ),
                format!(
                    "登记事项由登记管理机关办理，您的令牌角色是 {}",
                    c.role.as_str()
                ),
            ));
        }
        if c.jurisdiction.as_deref() != Some(jurisdiction) {
            return Err(forbidden_zh(
                format!(
                    "this organisation belongs to registration authority {jurisdiction}; your token acts for {}",
                    c.jurisdiction.as_deref().unwrap_or("no jurisdiction")
                ),
                format!(
                    "该社会组织由登记管理机关 {jurisdiction} 管辖，您的令牌代表 {}",
                    c.jurisdiction.as_deref().unwrap_or("无管辖区域")
                ),
            ));
        }
        Ok(c)
    }

    /// Reading the raw event history: auditors and administrators everywhere, registrars within
    /// their jurisdiction (checked by the caller against the stream).
    pub fn require_history_reader(&self) -> async_graphql::Result<&Claims> {
        let c = self.signed_in("reading the event history")?;
        match c.role {
            Role::Auditor | Role::Admin | Role::Registrar => Ok(c),
            other => Err(super::errors::wrong_role(
                "the event history is open to auditors and registrars",
                "事件记录仅供审计人员和登记管理机关工作人员查看",
                other,
            )),
        }
    }

    /// Auditing the whole ledger (verifying its chains, exporting it, every record's changes):
    /// auditors and administrators only.
    pub fn require_auditor(&self, what: &str) -> async_graphql::Result<&Claims> {
        let c = self.signed_in(what)?;
        match c.role {
            Role::Auditor | Role::Admin => Ok(c),
            other => Err(super::errors::wrong_role(
                format!("{what} is open to auditors and administrators"),
                format!("{}仅限审计人员和系统管理员", super::errors::act_zh(what)),
                other,
            )),
        }
    }
}
