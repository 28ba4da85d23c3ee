//! The one error type of the core.

/// Why a text could not be extracted. Every variant names the reason in words a client can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    #[error("text is empty or blank")]
    EmptyText,
    #[error("text is {len} bytes, more than the {max} bytes one request may carry")]
    TooLarge { len: usize, max: usize },
}
