//! fupin-server: the gRPC service and command line around `fupin-core`.
//!
//! Data flows one way: a proto request is validated ([`request`]), the core extracts on a
//! blocking thread under the replica's limits ([`limits`], [`service`]), and the core's records
//! become proto messages with spans in the client's encoding ([`convert`]). [`server`] wires the
//! service together with health and reflection; [`error`] is the one error type, with one
//! mapping to gRPC statuses.

pub mod convert;
pub mod error;
pub mod limits;
pub mod request;
pub mod server;
pub mod service;

pub use error::Error;
pub use limits::{Limiter, Limits};
pub use service::ExtractApi;
