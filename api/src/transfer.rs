//! Export and import as JSON Lines: one recorded event per line, in position order, exactly as
//! recorded (ids, versions, instants, hashes). `docs/canonical-form.md` tells an auditor how to
//! re-compute every hash of such a file.

use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;

use civic_store::{ChainVerifier, EventStore, RecordedEvent, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum TransferError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("line {line}: {detail}; nothing was imported")]
    Broken { line: u64, detail: String },
    #[error("import goes into an empty ledger, and this one already holds {0} events")]
    NotEmpty(u64),
}

const PAGE: usize = 4096;

/// Writes every event; returns how many.
pub async fn export(
    store: &dyn EventStore,
    mut out: impl Write,
    mut progress: impl FnMut(u64),
) -> Result<u64, TransferError> {
    let mut from = 0;
    let mut count = 0;
    loop {
        let page = store.read_all(from, PAGE).await?;
        let Some(last) = page.last() else { break };
        from = last.position + 1;
        write_lines(&page, &mut out)?;
        count += page.len() as u64;
        progress(count);
    }
    out.flush()?;
    Ok(count)
}

/// The export format: each event as one line of JSON.
fn write_lines(page: &[RecordedEvent], mut out: impl Write) -> std::io::Result<()> {
    for event in page {
        serde_json::to_writer(&mut out, event).map_err(std::io::Error::from)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// The events up to position `head` as [`export`] writes them, a page at a time, for an HTTP
/// download: memory holds one page, whatever the size of the ledger, and events appended while
/// it runs are left out, so the download is the ledger exactly as it stood at `head`.
pub fn export_pages(
    store: std::sync::Arc<dyn EventStore>,
    head: u64,
) -> impl futures::Stream<Item = Result<Vec<u8>, TransferError>> + Send + 'static {
    futures::stream::try_unfold(0u64, move |after| {
        let store = store.clone();
        async move {
            if after >= head {
                return Ok(None);
            }
            let want = usize::try_from(head - after).unwrap_or(PAGE).min(PAGE);
            let page = store.read_all(after + 1, want).await?;
            let Some(last) = page.last() else {
                return Ok(None);
            };
            let next = last.position;
            let mut lines = Vec::new();
            write_lines(&page, &mut lines)?;
            Ok(Some((lines, next)))
        }
    })
}

fn parse_line(line: &str, number: u64) -> Result<RecordedEvent, TransferError> {
    serde_json::from_str(line).map_err(|e| TransferError::Broken {
        line: number,
        detail: format!("not an exported event ({e})"),
    })
}

/// Checks an export without writing anything: every line is a recorded event and every
/// stream's chain holds. Returns how many events it holds; `progress` gets the line number every
/// 100,000 lines. [`import`] runs this over the whole file first.
pub fn check(export: impl BufRead, mut progress: impl FnMut(u64)) -> Result<u64, TransferError> {
    let mut verifier = ChainVerifier::new();
    let mut number = 0;
    for line in export.lines() {
        let line = line?;
        number += 1;
        if line.trim().is_empty() {
            continue;
        }
        let event = parse_line(&line, number)?;
        verifier.check(&event).map_err(|b| TransferError::Broken {
            line: number,
            detail: b.to_string(),
        })?;
        if number % 100_000 == 0 {
            progress(number);
        }
    }
    Ok(verifier.events())
}

/// Checks every chain of the file, then imports it into an empty store. A file with any broken
/// chain writes nothing.
pub async fn import(
    store: &dyn EventStore,
    path: &Path,
    mut progress: impl FnMut(&str, u64),
) -> Result<u64, TransferError> {
    let head = store.head().await?;
    if head > 0 {
        return Err(TransferError::NotEmpty(head));
    }
    check(BufReader::new(File::open(path)?), |n| {
        progress("checked", n)
    })?;
    let mut batch = Vec::with_capacity(1000);
    let mut imported = 0;
    let mut number = 0;
    for line in BufReader::new(File::open(path)?).lines() {
        let line = line?;
        number += 1;
        if line.trim().is_empty() {
            continue;
        }
        batch.push(parse_line(&line, number)?);
        if batch.len() == 1000 {
            imported += batch.len() as u64;
            store.import(std::mem::take(&mut batch)).await?;
            if imported % 100_000 == 0 {
                progress("imported", imported);
            }
        }
    }
    imported += batch.len() as u64;
    store.import(batch).await?;
    Ok(imported)
}
