//! One GraphQL WebSocket (graphql-transport-ws, or the older subscriptions-transport-ws): the
//! protocol is async-graphql's; around it, the session is bounded in time. It is closed
//! - `4408` when `connection_init` does not come within [`CONNECTION_INIT_TIMEOUT`],
//! - `4401` when the token it was opened with expires (every subscription on it ends, and no
//!   further operation can run on it),
//! - `1009` when a message is larger than [`MAX_BODY_BYTES`] (axum refuses to read it),
//! - `1001` when the server shuts down,
//! - without a word when the client leaves a message unread for [`SEND_TIMEOUT`].

use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_graphql::Data;
use async_graphql::http::{WebSocketProtocols, WsMessage};
use axum::extract::ws::{CloseFrame, Message, WebSocket};
use futures::{SinkExt, StreamExt};
use tokio::sync::watch;

use crate::graphql::{self, Lang};
use crate::server::{App, MAX_BODY_BYTES, viewer_from};

/// How long a client has, once its socket is open, to send `connection_init`. Clients send it
/// at once (graphql-ws waits 3 s for it by default); ten seconds allows a slow link, and
/// closes the sockets opened only to hold a connection.
pub const CONNECTION_INIT_TIMEOUT: Duration = Duration::from_secs(10);

/// How long a client may leave a message from the server unread (its socket's buffers full)
/// before the session gives up on it: it bounds what a client that stopped reading holds, and
/// keeps the expiry and shutdown closes above from waiting behind it.
pub const SEND_TIMEOUT: Duration = Duration::from_secs(10);

/// Where the session stands with its viewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Session {
    /// No `connection_init` yet.
    Opening,
    /// Initialised; the viewer's token expires at this Unix time (never for anonymous).
    Open { expires: Option<i64> },
}

pub(crate) async fn serve(socket: WebSocket, app: App, protocol: WebSocketProtocols, lang: Lang) {
    let (mut sink, stream) = socket.split();
    // Why reading stopped, if the client broke the rules; the session closes with it.
    let read_error: Arc<Mutex<Option<(u16, String)>>> = Arc::default();
    let input = {
        let read_error = read_error.clone();
        stream
            .scan((), move |(), item| {
                futures::future::ready(match item {
                    Ok(message) => Some(message),
                    Err(e) => {
                        if let Ok(mut slot) = read_error.lock() {
                            *slot = Some(close_for(e));
                        }
                        None
                    }
                })
            })
            .filter_map(|message| {
                futures::future::ready(match message {
                    Message::Text(_) | Message::Binary(_) => Some(message.into_data()),
                    _ => None,
                })
            })
    };
    let (session_tx, mut session) = watch::channel(Session::Opening);
    let key = app.key.clone();
    let mut messages = async_graphql::http::WebSocket::new(app.schema.clone(), input, protocol)
        .on_connection_init(move |payload| async move {
            // GraphiQL sends its headers as the connection_init payload.
            let header = |name: &str| {
                payload
                    .get(name)
                    .or_else(|| payload.get(name.to_ascii_lowercase()))
                    .and_then(|v| v.as_str())
            };
            let authorization = header("Authorization");
            // A browser cannot set the upgrade's Accept-Language (it sends its own), so a
            // client that lets its user choose (the console) says the choice here.
            let lang =
                header("Accept-Language").map_or(lang, |h| Lang::from_accept_language(Some(h)));
            let viewer = viewer_from(authorization, &key, lang)
                .map_err(|m| graphql::error("UNAUTHENTICATED", m))?;
            session_tx.send_replace(Session::Open {
                expires: viewer.0.as_ref().map(|c| c.exp),
            });
            let mut data = Data::default();
            data.insert(viewer);
            data.insert(lang);
            Ok(data)
        });
    let opening = tokio::time::sleep(CONNECTION_INIT_TIMEOUT);
    tokio::pin!(opening);
    let closing = app.closing();
    tokio::pin!(closing);
    loop {
        let now = *session.borrow_and_update();
        let expiry = async move {
            match now {
                Session::Open { expires: Some(exp) } => {
                    let at = chrono::DateTime::from_timestamp(exp, 0).unwrap_or_default();
                    let left = (at - chrono::Utc::now()).to_std().unwrap_or_default();
                    tokio::time::sleep(left).await;
                }
                _ => std::future::pending().await,
            }
        };
        let (message, last) = tokio::select! {
            // `biased`: an expired token or a shutdown wins over a message that arrives at
            // the same time.
            biased;
            () = expiry => (
                close(4401, "the token expired: connect again with a new token"),
                true,
            ),
            () = &mut closing => (close(1001, "the server is shutting down"), true),
            () = &mut opening, if now == Session::Opening => (
                close(4408, "connection_init did not come in time"),
                true,
            ),
            next = messages.next() => match next {
                Some(WsMessage::Text(text)) => (Message::Text(text.into()), false),
                Some(WsMessage::Close(code, reason)) => (close_owned(code, reason), true),
                None => {
                    let refused = read_error.lock().ok().and_then(|mut e| e.take());
                    match refused {
                        Some((code, reason)) => (close_owned(code, reason), true),
                        None => break,
                    }
                }
            },
        };
        let sent = tokio::time::timeout(SEND_TIMEOUT, sink.send(message)).await;
        if !matches!(sent, Ok(Ok(()))) || last {
            break;
        }
    }
    let _ = tokio::time::timeout(SEND_TIMEOUT, sink.close()).await;
}

fn close(code: u16, reason: &'static str) -> Message {
    close_owned(code, reason.to_owned())
}

fn close_owned(code: u16, reason: String) -> Message {
    Message::Close(Some(CloseFrame {
        code,
        reason: reason.into(),
    }))
}

/// The close code for a message the client should not have sent.
fn close_for(error: axum::Error) -> (u16, String) {
    match error
        .into_inner()
        .downcast::<tungstenite::Error>()
        .map(|e| *e)
    {
        Ok(tungstenite::Error::Capacity(_)) => (
            1009,
            format!("the message is larger than {} KiB", MAX_BODY_BYTES / 1024),
        ),
        _ => (1002, "the message could not be read".to_owned()),
    }
}
