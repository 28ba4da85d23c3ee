//! The `fupin.v1.ExtractService` handlers: request → validate → core (on a blocking thread,
//! under a slot of the [`Limiter`]) → convert.

use std::pin::Pin;
use std::sync::Arc;
use std::time::Instant;

use fupin_core::Extractor;
use fupin_proto::v1 as pb;
use fupin_proto::v1::extract_service_server::ExtractService;
use futures::{Stream, StreamExt};
use tonic::{Request, Response, Status, Streaming};

use crate::limits::{Limiter, Limits, Slot};
use crate::request::{validate, Valid};
use crate::{convert, Error};

/// The service state every call shares: the extractor, built once at start-up, and the limits.
#[derive(Clone)]
pub struct ExtractApi {
    extractor: Arc<Extractor>,
    limiter: Limiter,
    limits: Limits,
}

impl ExtractApi {
    pub fn new(extractor: Arc<Extractor>, limits: Limits) -> Self {
        ExtractApi {
            extractor,
            limiter: Limiter::new(limits.max_concurrent),
            limits,
        }
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// The extraction slots, shared with every clone of this service.
    pub fn limiter(&self) -> &Limiter {
        &self.limiter
    }

    fn validate(&self, request: pb::ExtractRequest) -> Result<Valid, Error> {
        validate(request, self.limits.max_text_bytes)
    }

    /// When a request that starts now must be answered.
    fn deadline(&self) -> tokio::time::Instant {
        tokio::time::Instant::now() + self.limits.timeout
    }

    /// Runs the core on a blocking thread until `deadline`. The slot moves into that thread, so
    /// it is given back when the work really ends, even if the caller stopped waiting.
    async fn run(
        &self,
        request: Valid,
        slot: Slot,
        deadline: tokio::time::Instant,
    ) -> Result<pb::ExtractResponse, Error> {
        let extractor = Arc::clone(&self.extractor);
        let work = tokio::task::spawn_blocking(move || {
            let _slot = slot;
            extract_valid(&extractor, &request)
        });
        match tokio::time::timeout_at(deadline, work).await {
            Ok(Ok(result)) => result,
            Ok(Err(join)) => Err(Error::Internal(format!("extraction failed: {join}"))),
            Err(_) => Err(Error::Timeout(self.limits.timeout)),
        }
    }

    /// One request of a stream: waits for a slot (the stream window bounds how many wait), and
    /// reports a failure in-band so the stream goes on.
    async fn stream_one(&self, request: pb::ExtractRequest) -> pb::ExtractResponse {
        let document_id = request.document_id.clone();
        let deadline = self.deadline();
        let result = async {
            let valid = self.validate(request)?;
            let slot = self.limiter.acquire(deadline).await?;
            self.run(valid, slot, deadline).await
        }
        .await;
        result.unwrap_or_else(|e| {
            log_failure(&document_id, &e);
            pb::ExtractResponse {
                document_id,
                error: Some(e.to_failure()),
                ..Default::default()
            }
        })
    }
}

/// Validates and extracts `request` in the calling thread: what the service runs on a blocking
/// thread and the command line runs directly.
pub fn extract(
    extractor: &Extractor,
    request: pb::ExtractRequest,
    max_text_bytes: usize,
) -> Result<pb::ExtractResponse, Error> {
    extract_valid(extractor, &validate(request, max_text_bytes)?)
}

fn extract_valid(extractor: &Extractor, request: &Valid) -> Result<pb::ExtractResponse, Error> {
    let started = Instant::now();
    let document = extractor.extract(&request.text, &request.options)?;
    let response = convert::response(request, document);
    tracing::debug!(
        document_id = request.document_id,
        bytes = request.text.len(),
        articles = response.articles.len(),
        micros = started.elapsed().as_micros() as u64,
        "extracted"
    );
    Ok(response)
}

/// Client mistakes and overload are routine (info); anything else is the server's fault (error).
fn log_failure(document_id: &str, e: &Error) {
    match e {
        Error::InvalidArgument { .. } | Error::Busy { .. } | Error::Timeout(_) => {
            tracing::info!(document_id, code = ?e.code(), error = %e, "request failed")
        }
        _ => tracing::error!(document_id, code = ?e.code(), error = %e, "request failed"),
    }
}

type ResponseStream = Pin<Box<dyn Stream<Item = Result<pb::ExtractResponse, Status>> + Send>>;

#[tonic::async_trait]
impl ExtractService for ExtractApi {
    async fn extract(
        &self,
        request: Request<pb::ExtractRequest>,
    ) -> Result<Response<pb::ExtractResponse>, Status> {
        let request = request.into_inner();
        let document_id = request.document_id.clone();
        let result = async {
            let valid = self.validate(request)?;
            let slot = self.limiter.try_acquire()?;
            self.run(valid, slot, self.deadline()).await
        }
        .await;
        result.map(Response::new).map_err(|e| {
            log_failure(&document_id, &e);
            e.into()
        })
    }

    type ExtractStreamStream = ResponseStream;

    /// Works on up to `stream_window` requests of the stream at once and answers in request
    /// order. A broken inbound stream ends the response stream with its status.
    async fn extract_stream(
        &self,
        request: Request<Streaming<pb::ExtractRequest>>,
    ) -> Result<Response<Self::ExtractStreamStream>, Status> {
        let api = self.clone();
        let responses = request
            .into_inner()
            .map(move |item| {
                let api = api.clone();
                async move {
                    match item {
                        Ok(request) => Ok(api.stream_one(request).await),
                        Err(status) => Err(status),
                    }
                }
            })
            .buffered(self.limits.stream_window.max(1));
        Ok(Response::new(Box::pin(responses)))
    }
}
