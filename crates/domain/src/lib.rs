//! The pure layer: the domain of the check as plain Rust data and functions.
//!
//! Nothing in here touches the DOM, storage, timers or the network, and it
//! imports no Leptos, web-sys, wasm-bindgen or gloo (a test in
//! `tests/layers.rs` enforces that). Everything here is tested natively with
//! `cargo test`.

pub mod check;
pub mod content;
pub mod event;
pub mod format;
pub mod iban;
pub mod ics;
pub mod keys;
pub mod lang;
pub mod memory;
pub mod organisation;
pub mod packs;
pub mod plan_link;
pub mod presentation_form;
pub mod qr;
pub mod report;
pub mod report_form;
pub mod score;
pub mod session;
pub mod stored;
pub mod text;

pub use lang::Lang;
