//! What keeps one replica responsive under any load: a bound on request size, on time, and on
//! how many extractions run at once.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::Error;

/// The limits of one replica.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// The largest gRPC message accepted, in bytes (text plus a little framing). Larger ones are
    /// refused by tonic before they are decoded.
    pub max_request_bytes: usize,
    /// The largest `text`, in UTF-8 bytes. Never more than the core accepts.
    pub max_text_bytes: usize,
    /// Extractions running at once. Extraction is CPU-bound, so about one per core; a unary call
    /// beyond it is answered `RESOURCE_EXHAUSTED` at once rather than queued.
    pub max_concurrent: usize,
    /// How long one request may take, waiting for a slot included (streams wait; unary calls don't).
    pub timeout: Duration,
    /// How many requests of one `ExtractStream` are worked on at once.
    pub stream_window: usize,
}

/// Room for the request's other fields and protobuf framing on top of the text itself.
const FRAMING_BYTES: usize = 64 * 1024;

impl Default for Limits {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        Limits {
            max_request_bytes: fupin_core::MAX_INPUT_BYTES + FRAMING_BYTES,
            max_text_bytes: fupin_core::MAX_INPUT_BYTES,
            max_concurrent: cores,
            timeout: Duration::from_secs(30),
            stream_window: cores,
        }
    }
}

impl Limits {
    /// Limits for a given text size: the message limit follows the text limit, and the text
    /// limit never exceeds what the core accepts.
    pub fn with_max_text_bytes(self, max_text_bytes: usize) -> Self {
        let max_text_bytes = max_text_bytes.min(fupin_core::MAX_INPUT_BYTES);
        Limits {
            max_text_bytes,
            max_request_bytes: max_text_bytes + FRAMING_BYTES,
            ..self
        }
    }
}

/// The extraction slots of a replica, shared by every call and stream.
#[derive(Debug, Clone)]
pub struct Limiter {
    slots: Arc<Semaphore>,
    limit: usize,
}

/// One extraction slot, given back when dropped.
pub type Slot = OwnedSemaphorePermit;

impl Limiter {
    pub fn new(limit: usize) -> Self {
        let limit = limit.max(1);
        Limiter {
            slots: Arc::new(Semaphore::new(limit)),
            limit,
        }
    }

    /// A slot now, or `Busy`: for unary calls, whose clients retry elsewhere.
    pub fn try_acquire(&self) -> Result<Slot, Error> {
        self.slots
            .clone()
            .try_acquire_owned()
            .map_err(|_| Error::Busy { limit: self.limit })
    }

    /// A slot as soon as one is free, or `Busy` at `deadline`: for streams, whose requests are
    /// already bounded by the stream window.
    pub async fn acquire(&self, deadline: tokio::time::Instant) -> Result<Slot, Error> {
        match tokio::time::timeout_at(deadline, self.slots.clone().acquire_owned()).await {
            Ok(Ok(slot)) => Ok(slot),
            _ => Err(Error::Busy { limit: self.limit }),
        }
    }

    pub fn available(&self) -> usize {
        self.slots.available_permits()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn try_acquire_fails_when_all_slots_are_held() {
        let limiter = Limiter::new(1);
        let held = limiter.try_acquire().unwrap();
        assert!(matches!(
            limiter.try_acquire(),
            Err(Error::Busy { limit: 1 })
        ));
        drop(held);
        assert!(limiter.try_acquire().is_ok());
    }

    #[tokio::test]
    async fn acquire_gives_up_after_its_wait() {
        let limiter = Limiter::new(1);
        let _held = limiter.try_acquire().unwrap();
        let r = limiter
            .acquire(tokio::time::Instant::now() + Duration::from_millis(10))
            .await;
        assert!(matches!(r, Err(Error::Busy { .. })));
    }

    #[test]
    fn text_limit_never_exceeds_the_core_limit() {
        let l = Limits::default().with_max_text_bytes(usize::MAX / 2);
        assert_eq!(l.max_text_bytes, fupin_core::MAX_INPUT_BYTES);
        let l = Limits::default().with_max_text_bytes(1000);
        assert_eq!(l.max_request_bytes, 1000 + FRAMING_BYTES);
    }
}
