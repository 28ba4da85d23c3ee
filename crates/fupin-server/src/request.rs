//! Turns a proto request into what the core needs, or says which field is wrong.

use fupin_core::span::Encoding;
use fupin_core::{Date, Options};
use fupin_proto::v1 as pb;

use crate::Error;

/// A request that passed validation.
#[derive(Debug, Clone)]
pub struct Valid {
    pub document_id: String,
    pub text: String,
    pub options: Options,
    pub encoding: pb::Encoding,
}

impl Valid {
    /// The encoding the core's span conversion counts in.
    pub fn core_encoding(&self) -> Encoding {
        match self.encoding {
            pb::Encoding::Utf8 => Encoding::Utf8,
            pb::Encoding::Utf16 => Encoding::Utf16,
            pb::Encoding::Unspecified | pb::Encoding::CodePoint => Encoding::CodePoint,
        }
    }
}

/// Checks every field of `request`. Text with control characters, NULs or any script is valid;
/// only empty or blank text and text over `max_text_bytes` are not.
pub fn validate(request: pb::ExtractRequest, max_text_bytes: usize) -> Result<Valid, Error> {
    let pb::ExtractRequest {
        text,
        document_id,
        reference_date,
        encoding,
    } = request;
    if text.trim().is_empty() {
        return Err(Error::invalid("text", "text is empty or blank"));
    }
    if text.len() > max_text_bytes {
        return Err(Error::invalid(
            "text",
            format!(
                "text is {} bytes, more than the {max_text_bytes} bytes one request may carry",
                text.len()
            ),
        ));
    }
    let encoding = match pb::Encoding::try_from(encoding) {
        Ok(pb::Encoding::Unspecified) => pb::Encoding::CodePoint,
        Ok(e) => e,
        Err(_) => {
            return Err(Error::invalid(
                "encoding",
                format!("encoding value {encoding} is not one of fupin.v1.Encoding"),
            ))
        }
    };
    let reference_date = match reference_date.trim() {
        "" => None,
        s => Some(Date::parse_iso(s).ok_or_else(|| {
            Error::invalid(
                "reference_date",
                format!("reference_date `{s}` is not a date of the form YYYY-MM-DD"),
            )
        })?),
    };
    Ok(Valid {
        document_id,
        text,
        options: Options { reference_date },
        encoding,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(text: &str) -> pb::ExtractRequest {
        pb::ExtractRequest {
            text: text.into(),
            ..Default::default()
        }
    }

    fn field_of(r: Result<Valid, Error>) -> Option<&'static str> {
        r.err().and_then(|e| e.field())
    }

    #[test]
    fn blank_text_is_invalid() {
        assert_eq!(
            field_of(validate(request(" \u{3000}\n"), 100)),
            Some("text")
        );
        assert_eq!(field_of(validate(request(""), 100)), Some("text"));
    }

    #[test]
    fn control_characters_are_valid_text() {
        let v = validate(request("扶贫\0\u{7}工作"), 100).unwrap();
        assert_eq!(v.text, "扶贫\0\u{7}工作");
    }

    #[test]
    fn oversized_text_is_invalid() {
        assert_eq!(field_of(validate(request("扶贫"), 5)), Some("text"));
        assert!(validate(request("扶贫"), 6).is_ok());
    }

    #[test]
    fn unknown_encoding_is_invalid() {
        let r = pb::ExtractRequest {
            encoding: 42,
            ..request("扶贫")
        };
        assert_eq!(field_of(validate(r, 100)), Some("encoding"));
    }

    #[test]
    fn unspecified_encoding_means_code_points() {
        let v = validate(request("扶贫"), 100).unwrap();
        assert_eq!(v.encoding, pb::Encoding::CodePoint);
        assert_eq!(v.core_encoding(), Encoding::CodePoint);
        let r = pb::ExtractRequest {
            encoding: pb::Encoding::Utf16 as i32,
            ..request("扶贫")
        };
        assert_eq!(validate(r, 100).unwrap().core_encoding(), Encoding::Utf16);
    }

    #[test]
    fn reference_date_is_parsed_or_refused() {
        let r = pb::ExtractRequest {
            reference_date: "2020-12-21".into(),
            ..request("扶贫")
        };
        let date = validate(r, 100).unwrap().options.reference_date.unwrap();
        assert_eq!((date.year, date.month, date.day), (2020, 12, 21));
        let r = pb::ExtractRequest {
            reference_date: "2020-02-30".into(),
            ..request("扶贫")
        };
        assert_eq!(field_of(validate(r, 100)), Some("reference_date"));
        let r = pb::ExtractRequest {
            reference_date: "去年".into(),
            ..request("扶贫")
        };
        assert_eq!(field_of(validate(r, 100)), Some("reference_date"));
    }
}
