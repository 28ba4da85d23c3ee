//! People with their titles, organizations, and documents cited in 《》.

use crate::model::{CitedDocument, Organization, Person};
use crate::ArticleContext;

#[derive(Debug, Clone, Default)]
pub struct Found {
    pub people: Vec<Person>,
    pub organizations: Vec<Organization>,
    pub cited_documents: Vec<CitedDocument>,
}

pub struct Entities;

impl Entities {
    pub fn new() -> Self {
        Entities
    }

    /// (Placeholder.)
    pub fn find(&self, _ctx: &ArticleContext) -> Found {
        Found::default()
    }
}

impl Default for Entities {
    fn default() -> Self {
        Self::new()
    }
}
