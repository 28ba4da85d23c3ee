//! The gRPC server of one replica: the extract service, `grpc.health.v1` health, and server
//! reflection in both v1 and v1alpha (grpcurl 1.8 speaks only v1alpha).

use std::future::Future;
use std::time::Duration;

use fupin_proto::v1::extract_service_server::ExtractServiceServer;
use tokio::net::TcpListener;
use tonic::transport::server::TcpIncoming;
use tonic::transport::Server;

use crate::{Error, ExtractApi};

const KEEPALIVE: Duration = Duration::from_secs(30);

/// Serves `api` on `listener` until `shutdown` resolves, then stops accepting connections, lets
/// in-flight calls and streams finish, and returns.
pub async fn serve(
    listener: TcpListener,
    api: ExtractApi,
    shutdown: impl Future<Output = ()>,
) -> Result<(), Error> {
    let (health, health_service) = tonic_health::server::health_reporter();
    health
        .set_serving::<ExtractServiceServer<ExtractApi>>()
        .await;

    // google.rpc's error details are registered too, so grpcurl can print the BadRequest of
    // an INVALID_ARGUMENT instead of raw bytes.
    let reflection = || {
        tonic_reflection::server::Builder::configure()
            .register_encoded_file_descriptor_set(fupin_proto::FILE_DESCRIPTOR_SET)
            .register_encoded_file_descriptor_set(tonic_health::pb::FILE_DESCRIPTOR_SET)
            .register_encoded_file_descriptor_set(tonic_types::pb::FILE_DESCRIPTOR_SET)
    };
    let max_request_bytes = api.limits().max_request_bytes;
    let extract = ExtractServiceServer::new(api).max_decoding_message_size(max_request_bytes);

    let incoming = TcpIncoming::from(listener).with_nodelay(Some(true));
    let shutdown = async move {
        shutdown.await;
        tracing::info!("shutting down: finishing in-flight requests");
        health
            .set_not_serving::<ExtractServiceServer<ExtractApi>>()
            .await;
    };
    Server::builder()
        // Pings find a bulk client that vanished mid-stream, and keep idle streams open
        // through middleboxes that drop quiet connections.
        .http2_keepalive_interval(Some(KEEPALIVE))
        .http2_keepalive_timeout(Some(KEEPALIVE / 3))
        .add_service(health_service)
        .add_service(reflection().build_v1()?)
        .add_service(reflection().build_v1alpha()?)
        .add_service(extract)
        .serve_with_incoming_shutdown(incoming, shutdown)
        .await?;
    tracing::info!("stopped");
    Ok(())
}

/// Resolves on SIGTERM (what Kubernetes and Docker send) or Ctrl-C.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::warn!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = term => {}
    }
}
