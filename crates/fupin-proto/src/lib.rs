//! The `fupin.v1` protobuf contract as Rust: prost messages, the tonic client and server of
//! `ExtractService`, serde impls that follow the proto3 JSON mapping (what grpcurl prints), and
//! the encoded file descriptor set that server reflection serves.

/// Package `fupin.v1`.
pub mod v1 {
    #![allow(clippy::all, missing_docs)]
    include!(concat!(env!("OUT_DIR"), "/fupin.v1.rs"));
    include!(concat!(env!("OUT_DIR"), "/fupin.v1.serde.rs"));
}

/// The encoded `FileDescriptorSet` of `fupin/v1/extract.proto`, for server reflection.
pub const FILE_DESCRIPTOR_SET: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/fupin_descriptor.bin"));

#[cfg(test)]
mod tests {
    use super::v1::*;

    #[test]
    fn json_uses_lower_camel_case_and_prefixed_enum_names() {
        let response = ExtractResponse {
            document_id: "d1".into(),
            encoding: Encoding::CodePoint as i32,
            articles: vec![Article {
                kind: ArticleKind::News as i32,
                primary_region: Some(Region {
                    code: "130706".into(),
                    full_name: "河北省张家口市下花园区".into(),
                    level: RegionLevel::County as i32,
                    ..Default::default()
                }),
                places: vec![Place {
                    r#type: PlaceType::Village as i32,
                    parent_code: Some("130706".into()),
                    ..Default::default()
                }],
                contributors: vec![Contributor {
                    role: Role::Correspondent as i32,
                    ..Default::default()
                }],
                facts: vec![Fact {
                    value: 0.0,
                    value_max: Some(10.0),
                    year_end: Some(2019),
                    qualifier: Qualifier::Range as i32,
                    ..Default::default()
                }],
                cited_documents: vec![CitedDocument::default()],
                topic: Some(Topic {
                    poverty_related: true,
                    themes: vec![Theme::SocialSecurity as i32],
                    ..Default::default()
                }),
                ..Default::default()
            }],
            ..Default::default()
        };
        let json = serde_json::to_value(&response).unwrap();
        assert_eq!(json["documentId"], "d1");
        assert_eq!(json["encoding"], "ENCODING_CODE_POINT");
        let article = &json["articles"][0];
        assert_eq!(article["kind"], "ARTICLE_KIND_NEWS");
        assert_eq!(
            article["primaryRegion"]["fullName"],
            "河北省张家口市下花园区"
        );
        assert_eq!(article["primaryRegion"]["level"], "REGION_LEVEL_COUNTY");
        assert_eq!(article["places"][0]["type"], "PLACE_TYPE_VILLAGE");
        assert_eq!(article["places"][0]["parentCode"], "130706");
        assert_eq!(article["contributors"][0]["role"], "ROLE_CORRESPONDENT");
        assert_eq!(article["facts"][0]["value"], 0.0);
        assert_eq!(article["facts"][0]["valueMax"], 10.0);
        assert_eq!(article["facts"][0]["yearEnd"], 2019);
        assert_eq!(article["facts"][0]["qualifier"], "QUALIFIER_RANGE");
        assert_eq!(article["topic"]["povertyRelated"], true);
        assert_eq!(article["topic"]["themes"][0], "THEME_SOCIAL_SECURITY");
        assert!(article["citedDocuments"].is_array());
    }

    #[test]
    fn json_round_trips() {
        let request = ExtractRequest {
            text: "扶贫".into(),
            document_id: "a".into(),
            reference_date: "2020-12-31".into(),
            encoding: Encoding::Utf16 as i32,
        };
        let json = serde_json::to_string(&request).unwrap();
        assert!(json.contains("\"referenceDate\":\"2020-12-31\""));
        assert!(json.contains("\"ENCODING_UTF16\""));
        let back: ExtractRequest = serde_json::from_str(&json).unwrap();
        assert_eq!(back, request);
    }
}
