//! Parts used on more than one screen.

mod back_to_start;
mod organisation_card;
mod read_aloud;
mod translation_note;

pub use back_to_start::BackToStart;
pub use organisation_card::OrganisationCard;
pub use read_aloud::ReadAloud;
pub use translation_note::TranslationNote;
