//! `fupin`: serve the extractor over gRPC, run it over files, or check a server's health.

use std::io::Read;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use clap::{Parser, Subcommand, ValueEnum};
use fupin_core::Extractor;
use fupin_proto::v1 as pb;
use fupin_server::{server, service, ExtractApi, Limits};
use tonic_health::pb::health_check_response::ServingStatus;
use tonic_health::pb::health_client::HealthClient;
use tonic_health::pb::HealthCheckRequest;

#[derive(Parser)]
#[command(
    name = "fupin",
    version,
    about = "Structured records from Chinese poverty-alleviation news pages"
)]
struct Cli {
    /// Log as JSON lines instead of text (level from RUST_LOG, default info).
    #[arg(long, global = true, env = "FUPIN_LOG_JSON")]
    log_json: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve fupin.v1.ExtractService with health and reflection.
    Serve(ServeArgs),
    /// Extract files and print each response as proto3 JSON.
    Extract(ExtractArgs),
    /// Ask a server's grpc.health.v1 Check; exit 0 if it is SERVING.
    Health(HealthArgs),
}

#[derive(clap::Args)]
struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "FUPIN_ADDR", default_value = "127.0.0.1:50051")]
    addr: SocketAddr,
    /// Extractions running at once; more unary calls are answered RESOURCE_EXHAUSTED
    /// [default: the number of cores].
    #[arg(long, env = "FUPIN_MAX_CONCURRENT")]
    max_concurrent: Option<usize>,
    /// Largest text one request may carry, in UTF-8 bytes (at most the core's 4 MiB).
    #[arg(long, env = "FUPIN_MAX_TEXT_BYTES", default_value_t = fupin_core::MAX_INPUT_BYTES)]
    max_text_bytes: usize,
    /// Time one request may take, waiting for a slot included, in milliseconds.
    #[arg(long, env = "FUPIN_TIMEOUT_MS", default_value_t = 30_000)]
    timeout_ms: u64,
    /// Requests of one ExtractStream worked on at once [default: the number of cores].
    #[arg(long, env = "FUPIN_STREAM_WINDOW")]
    stream_window: Option<usize>,
}

#[derive(Clone, Copy, ValueEnum)]
enum SpanEncoding {
    CodePoint,
    Utf8,
    Utf16,
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// YYYY-MM-DD that relative dates (今年, 去年, 12月21日) resolve against.
    #[arg(long)]
    reference_date: Option<String>,
    /// Unit of span offsets.
    #[arg(long, value_enum, default_value = "code-point")]
    encoding: SpanEncoding,
    /// Write one <stem>.json per file here instead of printing (required for several files).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Also read the paths of pages from this file, one a line (`-`: standard input), for
    /// batches too large for a command line.
    #[arg(long)]
    files_from: Option<PathBuf>,
    /// Files extracted at once [default: the number of cores].
    #[arg(long)]
    jobs: Option<usize>,
    /// Text files of pages (UTF-8); `-` reads standard input.
    #[arg(required_unless_present = "files_from")]
    files: Vec<PathBuf>,
}

#[derive(clap::Args)]
struct HealthArgs {
    /// Server address.
    #[arg(long, env = "FUPIN_ADDR", default_value = "127.0.0.1:50051")]
    addr: String,
    /// Service to ask about; empty for the whole server.
    #[arg(long, default_value = "")]
    service: String,
    /// Give up after this many milliseconds.
    #[arg(long, default_value_t = 3_000)]
    timeout_ms: u64,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let default_level = if matches!(cli.command, Command::Serve(_)) {
        "info"
    } else {
        "warn"
    };
    init_logging(cli.log_json, default_level);
    let result = match cli.command {
        Command::Serve(args) => runtime().and_then(|rt| rt.block_on(serve(args))),
        Command::Extract(args) => extract(args),
        Command::Health(args) => runtime().and_then(|rt| rt.block_on(health(args))),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("fupin: {e}");
            ExitCode::FAILURE
        }
    }
}

type CliResult = Result<ExitCode, Box<dyn std::error::Error>>;

fn init_logging(json: bool, default_level: &str) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default_level));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if json {
        builder.json().init();
    } else {
        builder.init();
    }
}

fn runtime() -> Result<tokio::runtime::Runtime, Box<dyn std::error::Error>> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?)
}

async fn serve(args: ServeArgs) -> CliResult {
    let defaults = Limits::default();
    let limits = Limits {
        max_concurrent: args.max_concurrent.unwrap_or(defaults.max_concurrent),
        timeout: Duration::from_millis(args.timeout_ms),
        stream_window: args.stream_window.unwrap_or(defaults.stream_window),
        ..defaults
    }
    .with_max_text_bytes(args.max_text_bytes);
    let started = std::time::Instant::now();
    let extractor = Arc::new(Extractor::new());
    tracing::info!(
        millis = started.elapsed().as_millis() as u64,
        "extractor ready"
    );
    let listener = tokio::net::TcpListener::bind(args.addr).await?;
    tracing::info!(
        addr = %listener.local_addr()?,
        max_concurrent = limits.max_concurrent,
        max_text_bytes = limits.max_text_bytes,
        timeout_ms = limits.timeout.as_millis() as u64,
        stream_window = limits.stream_window,
        "serving fupin.v1.ExtractService"
    );
    server::serve(
        listener,
        ExtractApi::new(extractor, limits),
        server::shutdown_signal(),
    )
    .await?;
    Ok(ExitCode::SUCCESS)
}

/// Extracts every file on `--jobs` threads sharing one extractor; a file that cannot be read
/// or extracted is reported and skipped, and the exit code says whether any failed.
fn extract(mut args: ExtractArgs) -> CliResult {
    if let Some(list) = &args.files_from {
        let list = if list.as_os_str() == "-" {
            std::io::read_to_string(std::io::stdin())?
        } else {
            std::fs::read_to_string(list)?
        };
        args.files.extend(
            list.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(PathBuf::from),
        );
    }
    if args.out.is_none() && args.files.len() > 1 {
        return Err("several files need --out DIR".into());
    }
    if let Some(dir) = &args.out {
        std::fs::create_dir_all(dir)?;
    }
    let extractor = Extractor::new();
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .clamp(1, args.files.len().max(1));
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            scope.spawn(|| {
                while let Some(file) = args.files.get(next.fetch_add(1, Ordering::Relaxed)) {
                    if let Err(e) = extract_file(&extractor, &args, file) {
                        eprintln!("fupin: {}: {e}", file.display());
                        failed.store(true, Ordering::Relaxed);
                    }
                }
            });
        }
    });
    Ok(if failed.into_inner() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

fn extract_file(
    extractor: &Extractor,
    args: &ExtractArgs,
    file: &Path,
) -> Result<(), Box<dyn std::error::Error>> {
    let stdin = file.as_os_str() == "-";
    let bytes = if stdin {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf)?;
        buf
    } else {
        std::fs::read(file)?
    };
    let text = String::from_utf8(bytes).map_err(|e| format!("not UTF-8 text ({e})"))?;
    let document_id = if stdin {
        "-".to_string()
    } else {
        file_name(file)
    };
    let request = pb::ExtractRequest {
        text,
        document_id,
        reference_date: args.reference_date.clone().unwrap_or_default(),
        encoding: match args.encoding {
            SpanEncoding::CodePoint => pb::Encoding::CodePoint,
            SpanEncoding::Utf8 => pb::Encoding::Utf8,
            SpanEncoding::Utf16 => pb::Encoding::Utf16,
        } as i32,
    };
    let response = service::extract(extractor, request, fupin_core::MAX_INPUT_BYTES)?;
    let json = serde_json::to_string_pretty(&response)? + "\n";
    match &args.out {
        Some(dir) => {
            let stem = if stdin {
                "stdin".into()
            } else {
                file.file_stem()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned()
            };
            std::fs::write(dir.join(format!("{stem}.json")), json)?;
        }
        None => print!("{json}"),
    }
    Ok(())
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

async fn health(args: HealthArgs) -> CliResult {
    let uri = if args.addr.contains("://") {
        args.addr.clone()
    } else {
        format!("http://{}", args.addr)
    };
    let timeout = Duration::from_millis(args.timeout_ms);
    let channel = tonic::transport::Endpoint::from_shared(uri)?
        .connect_timeout(timeout)
        .timeout(timeout)
        .connect()
        .await?;
    let response = HealthClient::new(channel)
        .check(HealthCheckRequest {
            service: args.service,
        })
        .await?;
    let status =
        ServingStatus::try_from(response.into_inner().status).unwrap_or(ServingStatus::Unknown);
    println!("{}", status.as_str_name());
    Ok(if status == ServingStatus::Serving {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
