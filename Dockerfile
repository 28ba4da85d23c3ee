# syntax=docker/dockerfile:1
# Multi-stage build of the `fupin` binary. The proto is compiled by the pure-Rust protox crate
# and the core embeds its dictionaries, so the build needs no protoc and the runtime image needs
# nothing but the binary and glibc.

FROM rust:1-bookworm AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked -p fupin-server \
    && cp target/release/fupin /usr/local/bin/fupin

FROM debian:bookworm-slim
RUN useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin fupin
COPY --from=build /usr/local/bin/fupin /usr/local/bin/fupin
USER 10001:10001
EXPOSE 50051
ENV FUPIN_LOG_JSON=true
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
    CMD ["fupin", "health", "--addr", "127.0.0.1:50051"]
ENTRYPOINT ["fupin"]
CMD ["serve", "--addr", "0.0.0.0:50051"]
