//! Runs the core over files and writes its records as JSON, one `<stem>.json` per file, in the
//! shape `../shared/eval/score.py` reads. For developing the core without building the server:
//!
//!     cargo run -p fupin-core --release --example extract_json -- OUT_DIR FILE…

use std::path::Path;

fn main() {
    let mut args = std::env::args().skip(1);
    let out = args.next().expect("usage: extract_json OUT_DIR FILE…");
    std::fs::create_dir_all(&out).expect("create OUT_DIR");
    let extractor = fupin_core::Extractor::new();
    for file in args {
        let text = std::fs::read_to_string(&file).expect("read input");
        let doc = extractor.extract(&text, &fupin_core::Options::default()).expect("extract");
        let stem = Path::new(&file).file_stem().unwrap().to_string_lossy().into_owned();
        let json = serde_json::to_string_pretty(&doc).expect("serialize");
        std::fs::write(Path::new(&out).join(format!("{stem}.json")), json).expect("write");
    }
}
