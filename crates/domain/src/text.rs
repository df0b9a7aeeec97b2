//! What a text is, and the shape of the content's list of languages: types
//! only. The words themselves are generated into [`super::content`]; the
//! texts of language packs are looked up through [`super::packs::Packs`].

/// A text: the first language's words when they are built into the app (the
/// texts every screen needs), else empty, and its number, by which a
/// language pack holds it.
#[derive(Debug, PartialEq, Eq)]
pub struct Text(pub &'static str, pub u16);

/// One language of the app.
#[derive(Debug)]
pub struct Language {
    pub code: &'static str,
    pub name: &'static str,
    pub rtl: bool,
    /// Offered in the language switch (the test pseudo-locale is not).
    pub listed: bool,
    /// For a translation no native speaker has checked yet: "not yet
    /// checked" in the language itself (content/languages.toml); empty
    /// otherwise.
    pub not_reviewed: &'static str,
    /// Its language packs: for the first language one per check and per
    /// deferred part (the rest is built in), for the others one with
    /// everything.
    pub packs: &'static [PackInfo],
}

/// A language pack the app can load: its file under the app's own address,
/// and what the file must say about itself.
#[derive(Debug)]
pub struct PackInfo {
    pub file: &'static str,
    /// `all`, a check kind whose own texts it holds, or a deferred part
    /// (`checks`, `more`).
    pub part: &'static str,
    pub fingerprint: u32,
    /// The numbers of the texts it holds: `start..start + count`.
    pub start: usize,
    pub count: usize,
}
