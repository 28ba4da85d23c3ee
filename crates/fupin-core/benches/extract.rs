//! Throughput of the whole extraction on the seed pages, beside a single jieba-rs `cut` pass over
//! the same text: the design target is at least half of `cut`'s throughput.
//!
//! The seed pages are read from `../shared/seeds` beside the checkout; without them the benchmark
//! says so and measures nothing.
//!
//!     cargo bench -p fupin-core --bench extract

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use fupin_core::{Extractor, Options};

fn seed_pages() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("no seed pages at {}: nothing to measure", dir.display());
        return Vec::new();
    };
    let mut pages: Vec<(String, String)> = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .filter_map(|e| {
            let name = e.path().file_stem()?.to_string_lossy().into_owned();
            Some((name, std::fs::read_to_string(e.path()).ok()?))
        })
        .collect();
    pages.sort();
    pages
}

fn bench(c: &mut Criterion) {
    let pages = seed_pages();
    if pages.is_empty() {
        return;
    }
    let all: String = pages.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join("\n\n");
    let extractor = Extractor::new();
    let jieba = jieba_rs::Jieba::new();
    let options = Options::default();

    let mut group = c.benchmark_group("all_seed_pages");
    group.throughput(Throughput::Bytes(all.len() as u64));
    group.bench_function("fupin_extract", |b| {
        b.iter(|| {
            for (_, text) in &pages {
                black_box(extractor.extract(black_box(text), &options).unwrap());
            }
        })
    });
    group.bench_function("jieba_cut_hmm", |b| {
        b.iter(|| {
            for (_, text) in &pages {
                black_box(jieba.cut(black_box(text), true));
            }
        })
    });
    group.finish();

    let mut group = c.benchmark_group("per_page");
    for (name, text) in &pages {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name.as_str(), |b| {
            b.iter(|| black_box(extractor.extract(black_box(text), &options).unwrap()))
        });
    }
    group.finish();

    c.bench_function("extractor_new", |b| b.iter(|| black_box(Extractor::new())));
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(4));
    targets = bench
}
criterion_main!(benches);
