//! Parts used on more than one screen.

mod back_to_start;
mod organisation_card;

pub use back_to_start::BackToStart;
pub use organisation_card::OrganisationCard;
