//! The service over real gRPC on a loopback port: the generated client, health, reflection,
//! validation errors, limits and graceful shutdown.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use fupin_core::Extractor;
use fupin_proto::v1 as pb;
use fupin_proto::v1::extract_service_client::ExtractServiceClient;
use fupin_server::{server, ExtractApi, Limits};
use serde_json::Value;
use tokio::net::TcpListener;
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;
use tokio_stream::wrappers::ReceiverStream;
use tokio_stream::StreamExt;
use tonic::transport::Channel;
use tonic::Code;
use tonic_types::StatusExt;

/// A short page written for these tests: a headline, a byline, two paragraphs, an astral
/// character (U+20000) and an emoji, so code points, UTF-8 and UTF-16 offsets all differ.
const PAGE: &str = "𠀀某县扶贫工作取得新进展\n\n本报讯（记者 张明）今年以来，某县投入扶贫资金3510万元，帮助1200户群众增收😀。\n\n全县新建农村道路12公里，覆盖8个贫困村。\n";

fn extractor() -> Arc<Extractor> {
    static EXTRACTOR: OnceLock<Arc<Extractor>> = OnceLock::new();
    Arc::clone(EXTRACTOR.get_or_init(|| Arc::new(Extractor::new())))
}

struct TestServer {
    url: String,
    api: ExtractApi,
    stop: Option<oneshot::Sender<()>>,
    handle: JoinHandle<Result<(), fupin_server::Error>>,
}

impl TestServer {
    async fn start(limits: Limits) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let api = ExtractApi::new(extractor(), limits);
        let (stop, stopped) = oneshot::channel::<()>();
        let handle = tokio::spawn(server::serve(listener, api.clone(), async {
            let _ = stopped.await;
        }));
        TestServer {
            url,
            api,
            stop: Some(stop),
            handle,
        }
    }

    async fn channel(&self) -> Channel {
        Channel::from_shared(self.url.clone())
            .unwrap()
            .connect()
            .await
            .unwrap()
    }

    async fn client(&self) -> ExtractServiceClient<Channel> {
        ExtractServiceClient::new(self.channel().await).max_decoding_message_size(64 << 20)
    }

    /// Asks the server to stop and waits (bounded) for it to finish.
    async fn shut_down(mut self) {
        self.stop.take().unwrap().send(()).unwrap();
        let result = tokio::time::timeout(Duration::from_secs(10), self.handle).await;
        result
            .expect("server stops")
            .expect("server task")
            .expect("server ok");
    }
}

fn request(id: &str, text: &str, encoding: pb::Encoding) -> pb::ExtractRequest {
    pb::ExtractRequest {
        text: text.into(),
        document_id: id.into(),
        encoding: encoding as i32,
        ..Default::default()
    }
}

/// Every span of a response, in document order, found through its JSON form so no record kind
/// can be forgotten.
fn spans(response: &pb::ExtractResponse) -> Vec<(u64, u64)> {
    fn walk(v: &Value, out: &mut Vec<(u64, u64)>) {
        match v {
            Value::Object(map) => {
                for (key, value) in map {
                    if key == "span" || key.ends_with("Span") {
                        if let (Some(s), Some(e)) = (value["start"].as_u64(), value["end"].as_u64())
                        {
                            out.push((s, e));
                        }
                    }
                    walk(value, out);
                }
            }
            Value::Array(items) => items.iter().for_each(|i| walk(i, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::to_value(response).unwrap(), &mut out);
    out
}

/// The UTF-16 and UTF-8 offsets of code point offset `n` of `text`.
fn utf16_and_utf8(text: &str, n: u64) -> (u64, u64) {
    let before = text.chars().take(n as usize);
    before.fold((0, 0), |(u16s, u8s), c| {
        (u16s + c.len_utf16() as u64, u8s + c.len_utf8() as u64)
    })
}

fn field_violation(status: &tonic::Status) -> String {
    let details = status
        .get_details_bad_request()
        .expect("BadRequest details");
    details
        .field_violations
        .first()
        .expect("a field violation")
        .field
        .clone()
}

#[tokio::test]
async fn extract_echoes_the_document_id_and_keeps_spans_in_range() {
    let server = TestServer::start(Limits::default()).await;
    let mut client = server.client().await;
    let response = client
        .extract(request("page-7", PAGE, pb::Encoding::Unspecified))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(response.document_id, "page-7");
    assert_eq!(response.encoding, pb::Encoding::CodePoint as i32);
    assert!(response.error.is_none());
    let spans = spans(&response);
    assert!(
        !spans.is_empty(),
        "every input lands in an article or in discarded, each with a span"
    );
    let len = PAGE.chars().count() as u64;
    for (start, end) in spans {
        assert!(
            start <= end && end <= len,
            "span {start}..{end} outside 0..{len}"
        );
    }
    server.shut_down().await;
}

#[tokio::test]
async fn spans_differ_by_encoding_exactly_as_the_text_says() {
    let server = TestServer::start(Limits::default()).await;
    let mut client = server.client().await;
    let mut by_encoding = Vec::new();
    for encoding in [
        pb::Encoding::CodePoint,
        pb::Encoding::Utf16,
        pb::Encoding::Utf8,
    ] {
        let response = client
            .extract(request("e", PAGE, encoding))
            .await
            .unwrap()
            .into_inner();
        assert_eq!(response.encoding, encoding as i32);
        by_encoding.push(spans(&response));
    }
    let [code_points, utf16, utf8] = <[_; 3]>::try_from(by_encoding).unwrap();
    assert_eq!(code_points.len(), utf16.len());
    assert_eq!(code_points.len(), utf8.len());
    let mut differs = false;
    for ((cp, u16s), u8s) in code_points.iter().zip(&utf16).zip(&utf8) {
        let (start16, start8) = utf16_and_utf8(PAGE, cp.0);
        let (end16, end8) = utf16_and_utf8(PAGE, cp.1);
        assert_eq!(*u16s, (start16, end16));
        assert_eq!(*u8s, (start8, end8));
        assert!(PAGE.is_char_boundary(start8 as usize) && PAGE.is_char_boundary(end8 as usize));
        differs |= cp.1 != end16;
    }
    assert!(
        differs,
        "the astral character before the body must shift UTF-16 offsets"
    );
    server.shut_down().await;
}

#[tokio::test]
async fn stream_answers_in_order_and_reports_bad_requests_in_band() {
    let server = TestServer::start(Limits::default()).await;
    let mut client = server.client().await;
    let requests: Vec<_> = (0..6)
        .map(|i| {
            let text = if i == 3 { "  " } else { PAGE };
            request(&format!("doc-{i}"), text, pb::Encoding::Utf16)
        })
        .collect();
    let mut responses = client
        .extract_stream(tokio_stream::iter(requests))
        .await
        .unwrap()
        .into_inner();
    let mut ids = Vec::new();
    while let Some(response) = responses.next().await {
        let response = response.expect("the stream goes on past a bad request");
        if response.document_id == "doc-3" {
            let failure = response.error.as_ref().expect("in-band failure");
            assert_eq!(failure.code, Code::InvalidArgument as i32);
            assert_eq!(failure.field, "text");
            assert!(response.articles.is_empty());
        } else {
            assert!(response.error.is_none());
            assert_eq!(response.encoding, pb::Encoding::Utf16 as i32);
            assert!(!spans(&response).is_empty());
        }
        ids.push(response.document_id);
    }
    assert_eq!(ids, ["doc-0", "doc-1", "doc-2", "doc-3", "doc-4", "doc-5"]);
    server.shut_down().await;
}

#[tokio::test]
async fn health_is_serving() {
    use tonic_health::pb::{
        health_check_response::ServingStatus, health_client::HealthClient, HealthCheckRequest,
    };
    let server = TestServer::start(Limits::default()).await;
    let mut health = HealthClient::new(server.channel().await);
    for service in ["", "fupin.v1.ExtractService"] {
        let status = health
            .check(HealthCheckRequest {
                service: service.into(),
            })
            .await
            .unwrap()
            .into_inner()
            .status;
        assert_eq!(status, ServingStatus::Serving as i32, "service {service:?}");
    }
    server.shut_down().await;
}

#[tokio::test]
async fn reflection_lists_the_services_in_v1_and_v1alpha() {
    use tonic_reflection::pb::{v1, v1alpha};
    let server = TestServer::start(Limits::default()).await;

    let mut client =
        v1::server_reflection_client::ServerReflectionClient::new(server.channel().await);
    let list = v1::ServerReflectionRequest {
        host: String::new(),
        message_request: Some(v1::server_reflection_request::MessageRequest::ListServices(
            String::new(),
        )),
    };
    let mut replies = client
        .server_reflection_info(tokio_stream::once(list))
        .await
        .unwrap()
        .into_inner();
    let Some(v1::server_reflection_response::MessageResponse::ListServicesResponse(listed)) =
        replies.next().await.unwrap().unwrap().message_response
    else {
        panic!("expected a service list");
    };
    let names: Vec<_> = listed.service.into_iter().map(|s| s.name).collect();
    for expected in [
        "fupin.v1.ExtractService",
        "grpc.health.v1.Health",
        "grpc.reflection.v1.ServerReflection",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "{expected} missing from {names:?}"
        );
    }

    let mut client =
        v1alpha::server_reflection_client::ServerReflectionClient::new(server.channel().await);
    let list = v1alpha::ServerReflectionRequest {
        host: String::new(),
        message_request: Some(
            v1alpha::server_reflection_request::MessageRequest::ListServices(String::new()),
        ),
    };
    let mut replies = client
        .server_reflection_info(tokio_stream::once(list))
        .await
        .unwrap()
        .into_inner();
    let Some(v1alpha::server_reflection_response::MessageResponse::ListServicesResponse(listed)) =
        replies.next().await.unwrap().unwrap().message_response
    else {
        panic!("expected a service list");
    };
    assert!(listed
        .service
        .iter()
        .any(|s| s.name == "fupin.v1.ExtractService"));
    server.shut_down().await;
}

#[tokio::test]
async fn invalid_requests_name_the_field_at_fault() {
    let server = TestServer::start(Limits::default()).await;
    let mut client = server.client().await;
    let cases = [
        (request("a", "", pb::Encoding::Unspecified), "text"),
        (
            request("b", " \n\u{3000}\t", pb::Encoding::Unspecified),
            "text",
        ),
        (
            pb::ExtractRequest {
                encoding: 42,
                ..request("c", PAGE, pb::Encoding::Unspecified)
            },
            "encoding",
        ),
        (
            pb::ExtractRequest {
                reference_date: "2020-13-01".into(),
                ..request("d", PAGE, pb::Encoding::Unspecified)
            },
            "reference_date",
        ),
    ];
    for (req, field) in cases {
        let status = client.extract(req).await.expect_err("must be refused");
        assert_eq!(status.code(), Code::InvalidArgument, "{status:?}");
        assert_eq!(field_violation(&status), field);
    }
    server.shut_down().await;
}

#[tokio::test]
async fn control_characters_and_odd_text_are_valid_input() {
    let server = TestServer::start(Limits::default()).await;
    let mut client = server.client().await;
    for text in [
        "扶贫\0工作\u{1}\u{7f}",
        "１２３４５６７",
        "\u{feff}abc 扶贫 😀😀",
        "。，、；：？！",
    ] {
        let response = client
            .extract(request("x", text, pb::Encoding::Utf16))
            .await
            .unwrap()
            .into_inner();
        let len16 = text.encode_utf16().count() as u64;
        assert!(spans(&response).iter().all(|&(s, e)| s <= e && e <= len16));
    }
    server.shut_down().await;
}

#[tokio::test]
async fn oversized_requests_are_refused() {
    let limits = Limits::default().with_max_text_bytes(1000);
    let message_limit = limits.max_request_bytes;
    let server = TestServer::start(limits).await;
    let mut client = server.client().await;

    // Over the text limit but within the message limit: the service says which field.
    let status = client
        .extract(request("a", &"扶".repeat(400), pb::Encoding::Unspecified))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::InvalidArgument);
    assert_eq!(field_violation(&status), "text");

    // Over the message limit: tonic refuses to decode it and answers OUT_OF_RANGE.
    let status = client
        .extract(request(
            "b",
            &"贫".repeat(message_limit / 3 + 10),
            pb::Encoding::Unspecified,
        ))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::OutOfRange, "{status:?}");
    assert!(status.message().contains("too large"), "{status:?}");

    // The server is still fine afterwards.
    client
        .extract(request("c", "扶贫", pb::Encoding::Unspecified))
        .await
        .unwrap();
    server.shut_down().await;
}

#[tokio::test]
async fn calls_beyond_the_concurrency_limit_are_resource_exhausted() {
    let limits = Limits {
        max_concurrent: 1,
        timeout: Duration::from_millis(200),
        ..Limits::default()
    };
    let server = TestServer::start(limits).await;
    let mut client = server.client().await;

    // Hold the only slot, as a long extraction would.
    let held = server.api.limiter().try_acquire().unwrap();
    let status = client
        .extract(request("a", PAGE, pb::Encoding::Unspecified))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::ResourceExhausted);

    // A stream waits for a slot up to the timeout, then reports the request busy in-band.
    let mut responses = client
        .extract_stream(tokio_stream::once(request(
            "s",
            PAGE,
            pb::Encoding::Unspecified,
        )))
        .await
        .unwrap()
        .into_inner();
    let response = responses.next().await.unwrap().unwrap();
    assert_eq!(response.error.unwrap().code, Code::ResourceExhausted as i32);

    drop(held);
    let response = client
        .extract(request("b", PAGE, pb::Encoding::Unspecified))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(response.document_id, "b");
    assert_eq!(
        server.api.limiter().available(),
        1,
        "the slot is given back after the call"
    );
    server.shut_down().await;
}

#[tokio::test]
async fn shutdown_lets_an_open_stream_finish() {
    let server = TestServer::start(Limits::default()).await;
    let mut client = server.client().await;
    let (send, requests) = mpsc::channel(4);
    send.send(request("first", PAGE, pb::Encoding::Unspecified))
        .await
        .unwrap();
    let mut responses = client
        .extract_stream(ReceiverStream::new(requests))
        .await
        .unwrap()
        .into_inner();
    assert_eq!(
        responses.next().await.unwrap().unwrap().document_id,
        "first"
    );

    // Shutdown starts while the stream is open; the stream still gets its next answer.
    let TestServer {
        url, stop, handle, ..
    } = server;
    stop.unwrap().send(()).unwrap();
    tokio::time::sleep(Duration::from_millis(50)).await;
    send.send(request("second", PAGE, pb::Encoding::Unspecified))
        .await
        .unwrap();
    let second = responses
        .next()
        .await
        .unwrap()
        .expect("in-flight stream is served during shutdown");
    assert_eq!(second.document_id, "second");
    assert!(second.error.is_none());
    drop(send);
    assert!(responses.next().await.is_none(), "the stream ends cleanly");

    let stopped = tokio::time::timeout(Duration::from_secs(10), handle)
        .await
        .expect("server stops after the stream");
    stopped.unwrap().unwrap();
    assert!(
        Channel::from_shared(url).unwrap().connect().await.is_err(),
        "no new connections after shutdown"
    );
}

#[tokio::test]
async fn the_command_line_path_and_the_service_give_the_same_response() {
    let server = TestServer::start(Limits::default()).await;
    let mut client = server.client().await;
    for encoding in [pb::Encoding::CodePoint, pb::Encoding::Utf16] {
        let req = pb::ExtractRequest {
            reference_date: "2020-12-21".into(),
            ..request("same", PAGE, encoding)
        };
        let direct =
            fupin_server::service::extract(&extractor(), req.clone(), fupin_core::MAX_INPUT_BYTES)
                .unwrap();
        let served = client.extract(req).await.unwrap().into_inner();
        assert_eq!(direct, served);
    }
    server.shut_down().await;
}

#[tokio::test]
async fn a_request_over_its_time_is_deadline_exceeded_and_its_slot_comes_back() {
    // A zero timeout cannot be met by any extraction, least of all of a few hundred kilobytes.
    let limits = Limits {
        max_concurrent: 1,
        timeout: Duration::ZERO,
        ..Limits::default()
    };
    let server = TestServer::start(limits).await;
    let mut client = server.client().await;
    let big = PAGE.repeat(2000);
    let status = client
        .extract(request("slow", &big, pb::Encoding::Unspecified))
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::DeadlineExceeded, "{status:?}");

    // The abandoned extraction still holds its slot until it really ends, then gives it back.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    while server.api.limiter().available() == 0 {
        assert!(
            tokio::time::Instant::now() < deadline,
            "slot never given back"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    server.shut_down().await;
}
