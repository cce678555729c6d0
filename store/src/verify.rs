use std::collections::HashMap;

use crate::{EventStore, GENESIS_HASH, RecordedEvent, StoreError, chain_hash};

/// The first place where a stream's chain does not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainBreak {
    pub stream: String,
    pub version: u64,
    pub position: u64,
    pub reason: String,
}

impl ChainBreak {
    /// The break a read ran into, when the store refused to read on because a stored event is
    /// corrupt; any other error is given back as it was.
    pub fn from_read_error(e: StoreError) -> Result<Self, StoreError> {
        match e {
            StoreError::Corrupt {
                stream,
                version,
                position,
                reason,
            } => Ok(Self {
                stream,
                version,
                position,
                reason,
            }),
            other => Err(other),
        }
    }
}

impl std::fmt::Display for ChainBreak {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "stream {} version {} (position {}): {}",
            self.stream, self.version, self.position, self.reason
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyReport {
    pub events: u64,
    pub streams: u64,
    pub first_break: Option<ChainBreak>,
}

/// Follows events in global order and checks every stream's versions and hash chain. Memory is
/// one entry per stream, so a whole ledger can be checked in one pass.
#[derive(Default)]
pub struct ChainVerifier {
    heads: HashMap<String, (u64, [u8; 32])>,
    events: u64,
    last_position: u64,
}

impl ChainVerifier {
    pub fn new() -> Self {
        Self::default()
    }

    /// Checks the next event; positions must increase.
    pub fn check(&mut self, event: &RecordedEvent) -> Result<(), ChainBreak> {
        let fail = |reason: String| ChainBreak {
            stream: event.stream.clone(),
            version: event.version,
            position: event.position,
            reason,
        };
        if event.position <= self.last_position {
            return Err(fail(format!(
                "position {} does not follow position {}",
                event.position, self.last_position
            )));
        }
        let (expected_version, prev) = match self.heads.get(&event.stream) {
            None => (0, GENESIS_HASH),
            Some((v, h)) => (v + 1, *h),
        };
        if event.version != expected_version {
            return Err(fail(format!("expected version {expected_version}")));
        }
        let computed = chain_hash(&prev, event).map_err(|e| fail(e.to_string()))?;
        if computed != event.hash {
            return Err(fail(format!(
                "recorded hash {} but the content hashes to {}",
                hex::encode(event.hash),
                hex::encode(computed)
            )));
        }
        self.heads
            .insert(event.stream.clone(), (event.version, computed));
        self.events += 1;
        self.last_position = event.position;
        Ok(())
    }

    pub fn events(&self) -> u64 {
        self.events
    }

    /// Continues a check that an earlier pass took up to position `after`.
    pub fn resuming_after(after: u64) -> Self {
        ChainVerifier {
            last_position: after,
            ..Self::default()
        }
    }

    /// Whether this pass has seen the stream yet.
    pub fn knows(&self, stream: &str) -> bool {
        self.heads.contains_key(stream)
    }

    /// The last event of a stream an earlier pass checked: this pass checks the next one's
    /// version and hash against it.
    pub fn continue_from(&mut self, event: &RecordedEvent) {
        self.heads
            .insert(event.stream.clone(), (event.version, event.hash));
    }

    pub fn streams(&self) -> u64 {
        self.heads.len() as u64
    }
}

/// One bounded stretch of a check over the whole ledger (see [`verify_page`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyPage {
    /// Events checked in this stretch.
    pub events: u64,
    /// Streams whose first event is among them: summed over the stretches, every stream.
    pub streams_begun: u64,
    pub first_break: Option<ChainBreak>,
    /// The position checked up to: the next stretch starts after it.
    pub last_position: u64,
    /// The ledger's head when this stretch began.
    pub head: u64,
}

/// Checks at most `limit` events after position `after`, stopping early once `budget` is spent,
/// so that a request never runs long and a client walks a ledger of any size stretch by stretch.
/// Streams begun before `after` continue from their last event there, whose own link an earlier
/// stretch checked; together the stretches check every link once.
pub async fn verify_page(
    store: &dyn EventStore,
    after: u64,
    limit: usize,
    budget: std::time::Duration,
) -> Result<VerifyPage, StoreError> {
    let started = std::time::Instant::now();
    let head = store.head().await?;
    let mut verifier = ChainVerifier::resuming_after(after);
    let mut last_position = after;
    let mut events = 0;
    let mut streams_begun = 0;
    let report = |events, streams_begun, last_position, first_break| VerifyPage {
        events,
        streams_begun,
        first_break,
        last_position,
        head,
    };
    while events < limit as u64 && started.elapsed() < budget {
        let want = (limit - events as usize).min(2048);
        let page = match store.read_all(last_position + 1, want).await {
            Ok(page) => page,
            Err(e) => {
                let b = ChainBreak::from_read_error(e)?;
                return Ok(report(events, streams_begun, last_position, Some(b)));
            }
        };
        if page.is_empty() {
            break;
        }
        for event in &page {
            if event.version > 0 && !verifier.knows(&event.stream) {
                let previous = store
                    .read_stream(
                        &event.stream,
                        crate::StreamFrom::Version(event.version - 1),
                        crate::Direction::Forwards,
                        1,
                    )
                    .await?;
                if let Some(p) = previous.first().filter(|p| p.version + 1 == event.version) {
                    verifier.continue_from(p);
                }
            }
            if let Err(b) = verifier.check(event) {
                return Ok(report(events, streams_begun, last_position, Some(b)));
            }
            events += 1;
            streams_begun += u64::from(event.version == 0);
            last_position = event.position;
            if started.elapsed() >= budget {
                break;
            }
        }
    }
    Ok(report(events, streams_begun, last_position, None))
}

/// Re-computes every chain of a store. `progress` is called every so often with the number of
/// events checked.
pub async fn verify_store(
    store: &dyn EventStore,
    progress: impl FnMut(u64),
) -> Result<VerifyReport, StoreError> {
    verify_store_paced(store, progress, 1.0).await
}

/// Like [`verify_store`], busy for at most `share` of the time (1.0: as fast as it goes): after
/// each page it waits long enough for that. A server checking its ledger in the background
/// leaves the rest of a core to the requests it serves.
pub async fn verify_store_paced(
    store: &dyn EventStore,
    mut progress: impl FnMut(u64),
    share: f64,
) -> Result<VerifyReport, StoreError> {
    let mut verifier = ChainVerifier::new();
    let mut from = 0;
    loop {
        let started = std::time::Instant::now();
        let page = match store.read_all(from, 2048).await {
            Ok(page) => page,
            Err(e) => {
                return Ok(VerifyReport {
                    events: verifier.events(),
                    streams: verifier.streams(),
                    first_break: Some(ChainBreak::from_read_error(e)?),
                });
            }
        };
        let Some(last) = page.last() else { break };
        from = last.position + 1;
        for event in &page {
            if let Err(b) = verifier.check(event) {
                return Ok(VerifyReport {
                    events: verifier.events(),
                    streams: verifier.streams(),
                    first_break: Some(b),
                });
            }
        }
        progress(verifier.events());
        if share > 0.0 && share < 1.0 {
            tokio::time::sleep(started.elapsed().mul_f64(1.0 / share - 1.0)).await;
        }
    }
    Ok(VerifyReport {
        events: verifier.events(),
        streams: verifier.streams(),
        first_break: None,
    })
}
