//! Compiles `proto/fupin/v1/extract.proto` with the pure-Rust `protox` compiler (no `protoc`
//! needed on any machine that builds this), then generates from the one descriptor set:
//! the prost messages and tonic client/server (`tonic-prost-build`), the serde impls of the
//! proto3 JSON mapping (`pbjson-build`), and the encoded set itself for server reflection.

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Read at run time, not with env!(): a build script binary may be reused for another
    // checkout of the same sources.
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?).join("../../proto");
    let proto = root.join("fupin/v1/extract.proto");
    println!("cargo:rerun-if-changed={}", proto.display());

    let mut compiler = protox::Compiler::new([&root])?;
    compiler.include_source_info(true).include_imports(true);
    compiler.open_file(&proto)?;
    let descriptor_bytes = compiler.encode_file_descriptor_set();
    let out_dir = PathBuf::from(std::env::var("OUT_DIR")?);
    std::fs::write(out_dir.join("fupin_descriptor.bin"), &descriptor_bytes)?;

    tonic_prost_build::configure()
        .build_client(true)
        .build_server(true)
        .compile_fds(compiler.file_descriptor_set())?;

    // Every field is emitted, defaults included: a `value` of 0 or a `povertyRelated` of false
    // is an answer, and readers of the JSON should not have to know proto3's defaults.
    pbjson_build::Builder::new()
        .register_descriptors(&descriptor_bytes)?
        .emit_fields()
        .build(&[".fupin.v1"])?;
    Ok(())
}
