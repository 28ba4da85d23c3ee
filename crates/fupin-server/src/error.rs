//! The one error type of the server crate, and its one mapping to gRPC statuses.

use std::time::Duration;

use fupin_proto::v1::Failure;
use tonic::{Code, Status};
use tonic_types::{ErrorDetails, StatusExt};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The request cannot be served as sent; `field` names the request field at fault, and the
    /// description names it too, for clients that show only the message.
    #[error("{description}")]
    InvalidArgument {
        field: &'static str,
        description: String,
    },
    /// Every extraction slot of this replica is taken: the client should back off and retry,
    /// or send to another replica.
    #[error("server busy: all {limit} extraction slots are in use, retry later")]
    Busy { limit: usize },
    #[error("extraction did not finish within {0:?}")]
    Timeout(Duration),
    #[error("internal error: {0}")]
    Internal(String),
    #[error("transport: {0}")]
    Transport(#[from] tonic::transport::Error),
    #[error("reflection: {0}")]
    Reflection(#[from] tonic_reflection::server::Error),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

impl Error {
    pub fn invalid(field: &'static str, description: impl Into<String>) -> Self {
        Error::InvalidArgument {
            field,
            description: description.into(),
        }
    }

    pub fn code(&self) -> Code {
        match self {
            Error::InvalidArgument { .. } => Code::InvalidArgument,
            Error::Busy { .. } => Code::ResourceExhausted,
            Error::Timeout(_) => Code::DeadlineExceeded,
            Error::Internal(_) | Error::Transport(_) | Error::Reflection(_) | Error::Io(_) => {
                Code::Internal
            }
        }
    }

    /// The request field at fault, for an invalid argument.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            Error::InvalidArgument { field, .. } => Some(field),
            _ => None,
        }
    }

    /// The same error as the in-band `Failure` of one stream response.
    pub fn to_failure(&self) -> Failure {
        Failure {
            code: self.code() as i32,
            message: self.to_string(),
            field: self.field().unwrap_or_default().to_string(),
        }
    }
}

impl From<fupin_core::Error> for Error {
    fn from(e: fupin_core::Error) -> Self {
        match e {
            fupin_core::Error::EmptyText | fupin_core::Error::TooLarge { .. } => {
                Error::invalid("text", e.to_string())
            }
        }
    }
}

/// Invalid arguments carry a `google.rpc.BadRequest` naming the field, so clients can tell
/// which part of the request to fix without parsing the message.
impl From<Error> for Status {
    fn from(e: Error) -> Self {
        match &e {
            Error::InvalidArgument { field, description } => Status::with_error_details(
                Code::InvalidArgument,
                e.to_string(),
                ErrorDetails::with_bad_request_violation(*field, description.clone()),
            ),
            _ => Status::new(e.code(), e.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_argument_names_the_field_in_bad_request_details() {
        let status = Status::from(Error::invalid("encoding", "unknown value 9"));
        assert_eq!(status.code(), Code::InvalidArgument);
        let violations = status
            .get_details_bad_request()
            .expect("bad request details")
            .field_violations;
        assert_eq!(violations.len(), 1);
        assert_eq!(violations[0].field, "encoding");
        assert_eq!(violations[0].description, "unknown value 9");
    }

    #[test]
    fn core_errors_are_invalid_text() {
        let e = Error::from(fupin_core::Error::TooLarge { len: 10, max: 5 });
        assert_eq!(e.code(), Code::InvalidArgument);
        assert_eq!(e.field(), Some("text"));
    }

    #[test]
    fn busy_is_resource_exhausted_in_band_and_out() {
        let e = Error::Busy { limit: 2 };
        assert_eq!(
            Status::from(Error::Busy { limit: 2 }).code(),
            Code::ResourceExhausted
        );
        let failure = e.to_failure();
        assert_eq!(failure.code, Code::ResourceExhausted as i32);
        assert!(failure.field.is_empty());
    }
}
