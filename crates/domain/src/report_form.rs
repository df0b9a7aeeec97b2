//! The shape of the report form's content (`content/report.toml`): types
//! only; the data is [`super::content::REPORT`], the logic
//! [`super::report`].

use super::organisation::Organisation;
use super::text::Text;

/// One choice of the form: a way of contact (with the question for its
/// `detail`), a thing given, a step taken, a piece of evidence.
#[derive(Debug)]
pub struct ReportChoice {
    pub id: &'static str,
    pub label: Text,
    pub detail: Option<Text>,
}

/// A place to report: shown when `when` is empty or one of its tags fits
/// the report (see [`super::report::Report::tags`]).
#[derive(Debug)]
pub struct ReportPlace {
    pub id: &'static str,
    pub when: &'static [&'static str],
    pub title: Text,
    pub how: Text,
    pub organisation: Option<&'static Organisation>,
    /// The page this was compared with, and when.
    pub source: &'static str,
    pub checked: &'static str,
}

/// Everything of `report.toml`.
#[derive(Debug)]
pub struct ReportForm {
    pub channels: &'static [ReportChoice],
    pub given: &'static [ReportChoice],
    pub done: &'static [ReportChoice],
    pub evidence: &'static [ReportChoice],
    /// What to bring to an aangifte, from `bring_source`.
    pub bring: &'static [Text],
    pub bring_source: &'static str,
    pub bring_checked: &'static str,
    pub places: &'static [ReportPlace],
}
