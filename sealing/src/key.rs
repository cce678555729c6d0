//! The deployment's master key file and the keys derived from it.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use chacha20poly1305::aead::Generate;
use hkdf::Hkdf;
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::SealingError;

/// The key file's name in a data directory.
pub const KEY_FILE: &str = "bid-sealing.key";

pub(crate) const KEY_BYTES: usize = 32;
/// 64 hex digits, and a newline that an editor or `echo` restoring a backup may add.
const HEX_CHARS: usize = KEY_BYTES * 2;

/// The HKDF salt: separates these keys from anything else ever derived from the same bytes.
const HKDF_SALT: &[u8] = b"civic-ledger/bid-sealing/v1";
const INFO_PROCUREMENT_KEY: &[u8] = b"procurement-key";
const INFO_KEY_ID: &[u8] = b"key-id";
const INFO_COMMITMENT_SALT: &[u8] = b"commitment-salt";

/// Names a master key without revealing it: 16 hex digits derived from the key (HKDF, its own
/// label), recorded in every sealed box so that a box sealed under another deployment key is
/// told apart from a tampered one.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct KeyId(pub String);

impl KeyId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for KeyId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The master key; its bytes are wiped when it is dropped.
#[derive(Clone)]
pub(crate) struct MasterKey(Zeroizing<[u8; KEY_BYTES]>);

impl MasterKey {
    pub(crate) fn from_bytes(bytes: [u8; KEY_BYTES]) -> Self {
        MasterKey(Zeroizing::new(bytes))
    }

    fn hkdf(&self) -> Hkdf<Sha256> {
        Hkdf::<Sha256>::new(Some(HKDF_SALT), self.0.as_slice())
    }

    pub(crate) fn id(&self) -> KeyId {
        let mut id = [0u8; 8];
        // HKDF-SHA256 expands to at most 255 × 32 bytes; 8 cannot fail.
        let _ = self.hkdf().expand(INFO_KEY_ID, &mut id);
        KeyId(hex::encode(id))
    }

    /// The key of one procurement, derived rather than stored: the master key alone opens
    /// every procurement, and a leaked procurement key opens no other one.
    pub(crate) fn procurement_key(&self, procurement_id: Uuid) -> Zeroizing<[u8; KEY_BYTES]> {
        let mut key = Zeroizing::new([0u8; KEY_BYTES]);
        // 32 bytes is within HKDF-SHA256's limit; this cannot fail.
        let _ = self.hkdf().expand_multi_info(
            &[INFO_PROCUREMENT_KEY, procurement_id.as_bytes()],
            key.as_mut_slice(),
        );
        key
    }

    /// The salt of the commitment an organisation makes under one command id: the same on every
    /// retry of that command (so a retry is told from another command by its digest), secret
    /// until the opening reveals it, and unrelated to any other command's.
    pub(crate) fn commitment_salt(
        &self,
        procurement_id: Uuid,
        organisation_id: Uuid,
        command_id: Uuid,
    ) -> Zeroizing<[u8; crate::SALT_BYTES]> {
        let mut salt = Zeroizing::new([0u8; crate::SALT_BYTES]);
        // 32 bytes is within HKDF-SHA256's limit; this cannot fail.
        let _ = self.hkdf().expand_multi_info(
            &[
                INFO_COMMITMENT_SALT,
                procurement_id.as_bytes(),
                organisation_id.as_bytes(),
                command_id.as_bytes(),
            ],
            salt.as_mut_slice(),
        );
        salt
    }

    /// Loads the key file, creating it on first use.
    ///
    /// A new key is written to a private temporary file (create_new, mode 0600, fsync) and put
    /// in place with a hard link, which — unlike a rename — fails when the file already exists:
    /// two servers starting together on a new data directory must not each seal with their
    /// own key and then replace the other's, leaving bids that nothing can open. The loser of
    /// that race loads the winner's key.
    pub(crate) fn open_or_create(path: &Path) -> Result<Self, SealingError> {
        // The second attempt follows a lost race, after which the file exists.
        for _ in 0..2 {
            match load(path) {
                Err(SealingError::KeyFileIo { source, .. })
                    if source.kind() == std::io::ErrorKind::NotFound => {}
                loaded => return loaded,
            }
            if let Some(key) = create(path)? {
                return Ok(key);
            }
        }
        load(path)
    }
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> SealingError + '_ {
    move |source| SealingError::KeyFileIo {
        path: path.to_path_buf(),
        source,
    }
}

fn damaged(path: &Path, found: impl Into<String>) -> SealingError {
    SealingError::KeyFileDamaged {
        path: path.to_path_buf(),
        found: found.into(),
    }
}

fn load(path: &Path) -> Result<MasterKey, SealingError> {
    let file = std::fs::File::open(path).map_err(io(path))?;
    // The opened file's own metadata, so that what is checked is what is read.
    let meta = file.metadata().map_err(io(path))?;
    if !meta.is_file() {
        return Err(damaged(path, "not a regular file"));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = meta.permissions().mode() & 0o7777;
        if mode & 0o077 != 0 {
            return Err(SealingError::KeyFileExposed {
                path: path.to_path_buf(),
                mode,
            });
        }
    }
    let len = meta.len();
    if len != HEX_CHARS as u64 && len != HEX_CHARS as u64 + 1 {
        return Err(damaged(path, format!("{len} bytes")));
    }
    let mut text = Zeroizing::new(Vec::with_capacity(HEX_CHARS + 1));
    file.take(HEX_CHARS as u64 + 2)
        .read_to_end(&mut text)
        .map_err(io(path))?;
    let digits = match text.as_slice() {
        [digits @ .., b'\n'] => digits,
        digits => digits,
    };
    let mut key = [0u8; KEY_BYTES];
    if digits.len() != HEX_CHARS || hex::decode_to_slice(digits, &mut key).is_err() {
        return Err(damaged(path, "not 64 hex characters"));
    }
    Ok(MasterKey::from_bytes(key))
}

/// Writes a new key file; `None` when another process created one first.
fn create(path: &Path) -> Result<Option<MasterKey>, SealingError> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).map_err(io(path))?;
    let bytes =
        <[u8; KEY_BYTES]>::try_generate().map_err(|e| SealingError::Random(e.to_string()))?;
    let key = MasterKey::from_bytes(bytes);
    let text = Zeroizing::new(hex::encode(key.0.as_slice()));
    let name = path
        .file_name()
        .map_or_else(|| KEY_FILE.into(), |n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(".{name}.{}.tmp", Uuid::now_v7()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let written = options.open(&tmp).and_then(|mut f| {
        f.write_all(text.as_bytes())?;
        f.sync_all()
    });
    let linked = written.and_then(|()| std::fs::hard_link(&tmp, path));
    let _ = std::fs::remove_file(&tmp);
    match linked {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Ok(None),
        Err(e) => return Err(io(path)(e)),
    }
    // The new name must survive a crash too, or bids sealed after it could lose their key.
    #[cfg(unix)]
    std::fs::File::open(&dir)
        .and_then(|d| d.sync_all())
        .map_err(io(path))?;
    Ok(Some(key))
}
