//! Hostile clients: requests built to stall the server, connections held open without a
//! request, sockets that never initialise or outlive their token. Each is refused or closed
//! within a bound, and the server keeps answering everyone else.

use std::time::{Duration, Instant};

use futures::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;

use crate::support::*;

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// `{ ...L0 }` where each of `L0`…`L9` spreads the next ten times: about 900 bytes that expand
/// to 10¹⁰ selections.
fn fan_out() -> String {
    let mut q = String::from("{ ...L0 }");
    for level in 0..10 {
        q.push_str(&format!(" fragment L{level} on Query {{"));
        for _ in 0..10 {
            q.push_str(&format!(" ...L{}", level + 1));
        }
        q.push_str(" }");
    }
    q.push_str(" fragment L10 on Query { __typename }");
    q
}

async fn connect(server: &Server) -> Socket {
    tokio_tungstenite::connect_async(server.ws_request())
        .await
        .unwrap()
        .0
}

async fn send(ws: &mut Socket, message: Value) {
    ws.send(Message::Text(message.to_string().into()))
        .await
        .unwrap();
}

/// Connects and initialises, with a token if given.
async fn open(server: &Server, token: Option<&str>) -> Socket {
    let mut ws = connect(server).await;
    let payload = match token {
        Some(t) => json!({ "Authorization": format!("Bearer {t}") }),
        None => json!({}),
    };
    send(
        &mut ws,
        json!({ "type": "connection_init", "payload": payload }),
    )
    .await;
    let ack = next_text(&mut ws, Duration::from_secs(10)).await;
    assert_eq!(ack["type"], "connection_ack", "{ack}");
    ws
}

/// What the server sent next on a socket (a text message, a close frame, or the end).
#[derive(Debug)]
enum Next {
    Text(Value),
    Closed(Option<u16>),
}

async fn next(ws: &mut Socket, within: Duration) -> Next {
    let deadline = Instant::now() + within;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match tokio::time::timeout(left, ws.next()).await {
            Err(_) => panic!("nothing from the server within {within:?}"),
            Ok(None | Some(Err(_))) => return Next::Closed(None),
            Ok(Some(Ok(Message::Text(t)))) => return Next::Text(serde_json::from_str(&t).unwrap()),
            Ok(Some(Ok(Message::Close(frame)))) => {
                return Next::Closed(frame.map(|f| u16::from(f.code)));
            }
            Ok(Some(Ok(_))) => {}
        }
    }
}

async fn next_text(ws: &mut Socket, within: Duration) -> Value {
    match next(ws, within).await {
        Next::Text(v) => v,
        other => panic!("expected a message, got {other:?}"),
    }
}

/// How long until the server closes this connection, while `drip` is sent a byte at a time
/// every `every`; panics if it is still open after `bound`.
async fn closed_after(
    stream: TcpStream,
    drip: impl Iterator<Item = u8>,
    every: Duration,
    bound: Duration,
) -> Duration {
    let started = Instant::now();
    let (mut read, mut write) = stream.into_split();
    let reader = async move {
        let mut buffer = [0u8; 4096];
        while let Ok(n) = read.read(&mut buffer).await {
            if n == 0 {
                break;
            }
        }
    };
    let writer = async move {
        for byte in drip {
            if write.write_all(&[byte]).await.is_err() {
                break;
            }
            tokio::time::sleep(every).await;
        }
        std::future::pending::<()>().await;
    };
    tokio::select! {
        () = reader => {}
        () = writer => {}
        () = tokio::time::sleep(bound) => panic!("the connection was still open after {bound:?}"),
    }
    started.elapsed()
}

/// A server in `dir` that serves at most `limit` connections at once.
fn with_max_connections(dir: &std::path::Path, limit: u32) -> Server {
    Server::start_with(&[
        "--data-dir".to_owned(),
        dir.to_str().unwrap().to_owned(),
        "--max-connections".to_owned(),
        limit.to_string(),
    ])
}

/// The header-read timeout (10 s), and a margin for a loaded test machine.
const DROPPED_WITHIN: Duration = Duration::from_secs(14);

#[tokio::test]
async fn a_fragment_fan_out_is_refused_before_it_runs_and_the_server_stays_up() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path());
    let query = fan_out();
    assert!(query.len() < 1000, "a small query: {} bytes", query.len());

    // Two such requests used to hold both cores; four at once now get their answer at once.
    let started = Instant::now();
    let answers = futures::future::join_all((0..4).map(|_| {
        tokio::time::timeout(
            Duration::from_secs(5),
            server.gql(None, &query, Value::Null),
        )
    }))
    .await;
    for answer in answers {
        let r = answer.expect("an answer within 5 s");
        let ext = error_extensions(&r);
        assert_eq!(ext["code"], "VALIDATION", "{r}");
        let message = r["errors"][0]["message"].as_str().unwrap();
        assert!(
            message.contains("once its fragments are expanded"),
            "{message}"
        );
    }
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(server.get("/healthz").await, (200, "ok".to_owned()));

    // A fragment that spreads itself is refused too, not followed forever.
    let r = server
        .gql(
            None,
            "{ ...A } fragment A on Query { ...B } fragment B on Query { __typename ...A }",
            Value::Null,
        )
        .await;
    assert_eq!(error_extensions(&r)["code"], "VALIDATION", "{r}");

    // The same holds over WebSocket.
    let mut ws = open(&server, None).await;
    send(
        &mut ws,
        json!({ "id": "1", "type": "subscribe", "payload": { "query": query } }),
    )
    .await;
    let refused = next_text(&mut ws, Duration::from_secs(5)).await;
    let errors = refused["payload"]
        .get("errors")
        .unwrap_or(&refused["payload"]);
    assert_eq!(errors[0]["extensions"]["code"], "VALIDATION", "{refused}");

    // Legitimate fragments still work.
    let data = server
        .ok(
            None,
            "{ ...Q } fragment Q on Query { organisations { ...C } } fragment C on OrganisationConnection { totalCount }",
            Value::Null,
        )
        .await;
    assert_eq!(data["organisations"]["totalCount"], 0);

    let took = server.terminate_within(Duration::from_secs(5));
    assert!(took < Duration::from_secs(5), "{took:?}");
}

/// graphql-js `getIntrospectionQuery()` (graphql 16.9, as bundled in GraphiQL 3.9, and sent by
/// Apollo, graphql-codegen and most schema-loading clients), verbatim with its default options.
const INTROSPECTION_QUERY: &str = r#"
    query IntrospectionQuery {
      __schema {
        
        queryType { name }
        mutationType { name }
        subscriptionType { name }
        types {
          ...FullType
        }
        directives {
          name
          description
          
          locations
          args {
            ...InputValue
          }
        }
      }
    }

    fragment FullType on __Type {
      kind
      name
      description
      
      
      fields(includeDeprecated: true) {
        name
        description
        args {
          ...InputValue
        }
        type {
          ...TypeRef
        }
        isDeprecated
        deprecationReason
      }
      inputFields {
        ...InputValue
      }
      interfaces {
        ...TypeRef
      }
      enumValues(includeDeprecated: true) {
        name
        description
        isDeprecated
        deprecationReason
      }
      possibleTypes {
        ...TypeRef
      }
    }

    fragment InputValue on __InputValue {
      name
      description
      type { ...TypeRef }
      defaultValue
      
      
    }

    fragment TypeRef on __Type {
      kind
      name
      ofType {
        kind
        name
        ofType {
          kind
          name
          ofType {
            kind
            name
            ofType {
              kind
              name
              ofType {
                kind
                name
                ofType {
                  kind
                  name
                  ofType {
                    kind
                    name
                    ofType {
                      kind
                      name
                      ofType {
                        kind
                        name
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  "#;

#[tokio::test]
async fn the_standard_introspection_query_works_and_introspection_abuse_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path());
    let r = server.gql(None, INTROSPECTION_QUERY, Value::Null).await;
    assert!(r.get("errors").is_none(), "{r:#}");
    let types = r["data"]["__schema"]["types"].as_array().expect("types");
    assert!(
        types.iter().any(|t| t["name"] == "Organisation"),
        "the schema's own types are listed"
    );
    assert_eq!(r["data"]["__schema"]["queryType"]["name"], "Query");

    // Lists in lists in lists in lists multiply the answer: refused, however it is written.
    let abuse = "{ __schema { types { ...T } } } fragment T on __Type { fields { type { ofType { fields { type { ofType { fields { name } } } } } } } }";
    let r = server.gql(None, abuse, Value::Null).await;
    assert_eq!(error_extensions(&r)["code"], "VALIDATION", "{r}");
}

#[tokio::test]
async fn an_expired_token_ends_its_websocket_subscriptions() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path());
    let registrar = token(dir.path(), "registrar", Some("440304"));
    let auditor = issue_token(
        dir.path(),
        "auditor",
        "short-lived-auditor",
        &["--ttl", "6s"],
    );
    let issued = Instant::now();

    let mut ws = open(&server, Some(&auditor)).await;
    send(
        &mut ws,
        json!({ "id": "1", "type": "subscribe", "payload": {
        "query": "subscription { ledgerEvents { stream kind } }"
    } }),
    )
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let applied = |n: u32| futian_application(&format!("福田区短时协会{n}"), 60 + n);
    apply(&server, &registrar, applied(1)).await;
    let event = next_text(&mut ws, Duration::from_secs(5)).await;
    assert_eq!(event["type"], "next", "{event}");
    assert!(
        issued.elapsed() < Duration::from_secs(5),
        "received while the token was valid"
    );

    // The token expires (5 to 6 s after it was issued: `exp` is in whole seconds): the socket
    // is closed with 4401.
    match next(&mut ws, Duration::from_secs(8)).await {
        Next::Closed(code) => assert_eq!(code, Some(4401)),
        Next::Text(m) => panic!("an event after the token expired: {m}"),
    }
    assert!(
        issued.elapsed() >= Duration::from_secs(4),
        "{:?}",
        issued.elapsed()
    );
    apply(&server, &registrar, applied(2)).await;
    // Nothing more arrives, and no new operation runs on that socket.
    let _ = ws
        .send(Message::Text(
            json!({ "id": "2", "type": "subscribe", "payload": { "query": "{ __typename }" } })
                .to_string()
                .into(),
        ))
        .await;
    assert!(matches!(
        next(&mut ws, Duration::from_secs(2)).await,
        Next::Closed(_)
    ));

    // Connecting again with the expired token is refused.
    let mut again = connect(&server).await;
    send(&mut again, json!({ "type": "connection_init", "payload": { "Authorization": format!("Bearer {auditor}") } })).await;
    assert!(matches!(
        next(&mut again, Duration::from_secs(5)).await,
        Next::Closed(_)
    ));
}

#[tokio::test]
async fn slow_and_idle_connections_are_closed() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path());
    let address = server.address().to_owned();

    // Slowloris: a request head sent a byte every half second, never finished.
    let slowloris = async {
        let stream = TcpStream::connect(&address).await.unwrap();
        let head = b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
            .iter()
            .copied()
            .chain(std::iter::repeat(b'a'));
        closed_after(stream, head, Duration::from_millis(500), DROPPED_WITHIN).await
    };
    // A connection that never sends anything.
    let silent = async {
        let stream = TcpStream::connect(&address).await.unwrap();
        closed_after(stream, std::iter::empty(), Duration::ZERO, DROPPED_WITHIN).await
    };
    // A keep-alive connection left idle after its request.
    let idle = async {
        let mut stream = TcpStream::connect(&address).await.unwrap();
        stream
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
            .await
            .unwrap();
        let mut answer = [0u8; 1024];
        let n = stream.read(&mut answer).await.unwrap();
        assert!(String::from_utf8_lossy(&answer[..n]).starts_with("HTTP/1.1 200"));
        closed_after(stream, std::iter::empty(), Duration::ZERO, DROPPED_WITHIN).await
    };
    // A body sent a byte every half second is cut off with 408.
    let slow_body = async {
        let stream = TcpStream::connect(&address).await.unwrap();
        let (mut read, mut write) = stream.into_split();
        write
            .write_all(b"POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
            .await
            .unwrap();
        let drip = async move {
            while write.write_all(b" ").await.is_ok() {
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
            std::future::pending::<()>().await;
        };
        let mut answer = vec![0u8; 4096];
        let n = tokio::select! {
            n = read.read(&mut answer) => n.unwrap(),
            () = drip => unreachable!(),
            () = tokio::time::sleep(DROPPED_WITHIN) => panic!("no answer to a slow body"),
        };
        String::from_utf8_lossy(&answer[..n]).into_owned()
    };
    let (slow, silent, idle, slow_body) = tokio::join!(slowloris, silent, idle, slow_body);
    assert!(slow_body.starts_with("HTTP/1.1 408"), "{slow_body}");
    assert!(
        slow > Duration::from_secs(5),
        "the slow client was given its time: {slow:?}"
    );
    let _ = (silent, idle);
    assert_eq!(server.get("/healthz").await, (200, "ok".to_owned()));
}

#[tokio::test]
async fn websockets_must_initialise_and_keep_to_the_message_limit() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path());

    let mut silent = connect(&server).await;
    let started = Instant::now();
    let oversized = async {
        let mut ws = open(&server, None).await;
        let query = format!("{{ __typename }} # {}", "x".repeat(2 * 1024 * 1024));
        let _ = ws
            .send(Message::Text(
                json!({ "id": "1", "type": "subscribe", "payload": { "query": query } })
                    .to_string()
                    .into(),
            ))
            .await;
        match next(&mut ws, Duration::from_secs(5)).await {
            // The close frame may be lost when the socket closes on the unread rest.
            Next::Closed(code) => assert!(matches!(code, None | Some(1009)), "{code:?}"),
            Next::Text(m) => panic!("a 2 MiB message was answered: {m}"),
        }
        // The server keeps serving, over HTTP and WebSocket.
        assert_eq!(server.get("/healthz").await, (200, "ok".to_owned()));
        let mut ws = open(&server, None).await;
        send(
            &mut ws,
            json!({ "id": "1", "type": "subscribe", "payload": { "query": "{ __typename }" } }),
        )
        .await;
        let answer = next_text(&mut ws, Duration::from_secs(5)).await;
        assert_eq!(answer["payload"]["data"]["__typename"], "Query", "{answer}");
    };
    let never_initialised = async {
        match next(&mut silent, DROPPED_WITHIN).await {
            Next::Closed(code) => assert_eq!(code, Some(4408)),
            Next::Text(m) => panic!("{m}"),
        }
        started.elapsed()
    };
    let ((), waited) = tokio::join!(oversized, never_initialised);
    assert!(waited > Duration::from_secs(5), "{waited:?}");
}

#[tokio::test]
async fn clients_over_the_connection_limit_wait_for_a_slot_and_get_one() {
    let out = cli(&["serve", "--max-connections", "0"]);
    assert!(!out.status.success(), "a limit of 0 connections is refused");

    let dir = tempfile::tempdir().unwrap();
    let server = with_max_connections(dir.path(), 2);
    // Two clients take both slots and send nothing.
    let holders = [
        TcpStream::connect(server.address()).await.unwrap(),
        TcpStream::connect(server.address()).await.unwrap(),
    ];
    tokio::time::sleep(Duration::from_millis(300)).await;
    let started = Instant::now();
    let (status, body) = tokio::time::timeout(DROPPED_WITHIN, server.get("/healthz"))
        .await
        .expect("/healthz answers once the idle holders are closed");
    assert_eq!((status, body.as_str()), (200, "ok"));
    let waited = started.elapsed();
    assert!(
        waited > Duration::from_secs(5),
        "the third client waited for a slot ({waited:?})"
    );
    drop(holders);
}

#[tokio::test]
async fn sigterm_stops_the_server_promptly_with_sockets_open() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path());
    let auditor = token(dir.path(), "auditor", None);
    let mut ws = open(&server, Some(&auditor)).await;
    send(
        &mut ws,
        json!({ "id": "1", "type": "subscribe", "payload": {
        "query": "subscription { ledgerEvents { position } }"
    } }),
    )
    .await;
    let _idle = TcpStream::connect(server.address()).await.unwrap();
    let mut keep_alive = TcpStream::connect(server.address()).await.unwrap();
    keep_alive
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await
        .unwrap();
    let mut answer = [0u8; 1024];
    let _ = keep_alive.read(&mut answer).await.unwrap();
    // Refused requests sent just before the signal do not hold it up either.
    let query = fan_out();
    let _ = tokio::time::timeout(
        Duration::from_secs(5),
        server.gql(None, &query, Value::Null),
    )
    .await
    .expect("refused at once");
    tokio::time::sleep(Duration::from_millis(200)).await;

    let took = server.terminate_within(Duration::from_secs(5));
    assert!(took < Duration::from_secs(5), "{took:?}");
    match next(&mut ws, Duration::from_secs(2)).await {
        Next::Closed(code) => assert!(matches!(code, None | Some(1001)), "{code:?}"),
        Next::Text(m) => panic!("{m}"),
    }
}

#[tokio::test]
async fn websockets_cannot_take_every_connection() {
    let dir = tempfile::tempdir().unwrap();
    let server = with_max_connections(dir.path(), 4);
    // Half the connections may be WebSockets …
    let _held = [open(&server, None).await, open(&server, None).await];
    match tokio_tungstenite::connect_async(server.ws_request()).await {
        Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
            assert_eq!(response.status(), 503);
        }
        other => panic!("a third WebSocket was accepted: {:?}", other.map(|_| ())),
    }
    // … so that plain requests still get through at once.
    let started = Instant::now();
    assert_eq!(server.get("/healthz").await, (200, "ok".to_owned()));
    assert!(started.elapsed() < Duration::from_secs(2));
}
