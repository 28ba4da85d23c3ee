//! A bounded load generator for one replica, on loopback only.
//!
//!     cargo run --release -p fupin-server --example load -- PAGE.txt [--mode stream|unary]
//!         [--clients 2] [--requests 2000] [--window 4] [--addr 127.0.0.1:50051]
//!
//! Without --addr it starts the server in-process on a free loopback port with default limits.
//! `unary` runs --clients tasks that each call Extract in turn; `stream` opens --clients
//! ExtractStreams that each keep --window requests in flight. Either way exactly --requests
//! requests are sent, then it prints requests/s, MB/s of input and latency percentiles.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use fupin_proto::v1 as pb;
use fupin_proto::v1::extract_service_client::ExtractServiceClient;
use tokio::sync::{mpsc, Semaphore};
use tokio_stream::wrappers::ReceiverStream;
use tokio_stream::StreamExt;
use tonic::transport::Channel;

struct Args {
    file: String,
    mode: String,
    clients: usize,
    requests: usize,
    window: usize,
    addr: Option<SocketAddr>,
}

fn parse_args() -> Args {
    let mut args = Args {
        file: String::new(),
        mode: "stream".into(),
        clients: 2,
        requests: 2000,
        window: 4,
        addr: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = || it.next().unwrap_or_else(|| panic!("{a} needs a value"));
        match a.as_str() {
            "--mode" => args.mode = value(),
            "--clients" => args.clients = value().parse().expect("--clients N"),
            "--requests" => args.requests = value().parse().expect("--requests N"),
            "--window" => args.window = value().parse().expect("--window N"),
            "--addr" => args.addr = Some(value().parse().expect("--addr IP:PORT")),
            _ => args.file = a,
        }
    }
    assert!(!args.file.is_empty(), "usage: load PAGE.txt [--mode stream|unary] [--clients N] [--requests N] [--window N] [--addr A]");
    args
}

#[tokio::main]
async fn main() {
    let args = parse_args();
    let text = std::fs::read_to_string(&args.file).expect("read page");
    let addr = match args.addr {
        Some(addr) => addr,
        None => start_server().await,
    };
    assert!(
        addr.ip().is_loopback(),
        "load is only ever sent to loopback addresses"
    );
    let channel = Channel::from_shared(format!("http://{addr}"))
        .unwrap()
        .connect()
        .await
        .expect("connect");
    let client = ExtractServiceClient::new(channel).max_decoding_message_size(256 << 20);

    let per_client = args.requests.div_ceil(args.clients.max(1));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..args.clients.max(1) {
        let count = per_client.min(args.requests.saturating_sub(c * per_client));
        let (client, text) = (client.clone(), text.clone());
        tasks.push(match args.mode.as_str() {
            "unary" => tokio::spawn(unary(client, text, count)),
            "stream" => tokio::spawn(stream(client, text, count, args.window.max(1))),
            other => panic!("unknown mode {other}"),
        });
    }
    let mut latencies = Vec::new();
    let mut refused = 0;
    for task in tasks {
        let (l, r) = task.await.unwrap();
        latencies.extend(l);
        refused += r;
    }
    report(&args, &text, started.elapsed(), latencies, refused);
}

async fn start_server() -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let api = fupin_server::ExtractApi::new(
        Arc::new(fupin_core::Extractor::new()),
        fupin_server::Limits::default(),
    );
    tokio::spawn(fupin_server::server::serve(
        listener,
        api,
        std::future::pending(),
    ));
    addr
}

fn request(text: &str, i: usize) -> pb::ExtractRequest {
    pb::ExtractRequest {
        text: text.to_string(),
        document_id: i.to_string(),
        ..Default::default()
    }
}

/// Calls Extract `count` times in turn; RESOURCE_EXHAUSTED answers are counted, not retried.
async fn unary(
    mut client: ExtractServiceClient<Channel>,
    text: String,
    count: usize,
) -> (Vec<Duration>, usize) {
    let mut latencies = Vec::with_capacity(count);
    let mut refused = 0;
    for i in 0..count {
        let sent = Instant::now();
        match client.extract(request(&text, i)).await {
            Ok(_) => latencies.push(sent.elapsed()),
            Err(s) if s.code() == tonic::Code::ResourceExhausted => refused += 1,
            Err(s) => panic!("{s:?}"),
        }
    }
    (latencies, refused)
}

/// Sends `count` requests over one stream with at most `window` unanswered.
async fn stream(
    mut client: ExtractServiceClient<Channel>,
    text: String,
    count: usize,
    window: usize,
) -> (Vec<Duration>, usize) {
    let (send, outbound) = mpsc::channel(window);
    let slots = Arc::new(Semaphore::new(window));
    let sent_at = Arc::new(std::sync::Mutex::new(VecDeque::with_capacity(count)));
    let sender = {
        let (slots, sent_at) = (Arc::clone(&slots), Arc::clone(&sent_at));
        tokio::spawn(async move {
            for i in 0..count {
                slots.acquire().await.unwrap().forget();
                sent_at.lock().unwrap().push_back(Instant::now());
                if send.send(request(&text, i)).await.is_err() {
                    break;
                }
            }
        })
    };
    let mut responses = client
        .extract_stream(ReceiverStream::new(outbound))
        .await
        .expect("open stream")
        .into_inner();
    let mut latencies = Vec::with_capacity(count);
    let mut refused = 0;
    while latencies.len() + refused < count {
        let response = responses
            .next()
            .await
            .expect("stream ended early")
            .expect("stream failed");
        let sent = sent_at.lock().unwrap().pop_front().expect("a sent request");
        slots.add_permits(1);
        match response.error {
            None => latencies.push(sent.elapsed()),
            Some(_) => refused += 1,
        }
    }
    sender.await.unwrap();
    (latencies, refused)
}

fn report(
    args: &Args,
    text: &str,
    elapsed: Duration,
    mut latencies: Vec<Duration>,
    refused: usize,
) {
    latencies.sort();
    let pct = |p: f64| {
        latencies
            .get(((latencies.len() as f64 * p) as usize).min(latencies.len().saturating_sub(1)))
            .copied()
            .unwrap_or_default()
    };
    let ok = latencies.len() as f64;
    let secs = elapsed.as_secs_f64();
    println!(
        "mode={} clients={} window={} page={} ({} bytes, {} chars)",
        args.mode,
        args.clients,
        args.window,
        args.file,
        text.len(),
        text.chars().count()
    );
    println!(
        "{} ok, {} refused in {:.2} s: {:.0} requests/s, {:.1} MB/s of input",
        latencies.len(),
        refused,
        secs,
        ok / secs,
        ok * text.len() as f64 / secs / 1e6
    );
    println!(
        "latency ms: p50 {:.2}  p90 {:.2}  p99 {:.2}  max {:.2}",
        pct(0.50).as_secs_f64() * 1e3,
        pct(0.90).as_secs_f64() * 1e3,
        pct(0.99).as_secs_f64() * 1e3,
        latencies.last().copied().unwrap_or_default().as_secs_f64() * 1e3
    );
}
