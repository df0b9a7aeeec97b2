//! The thin platform layer: the only code that touches browser APIs
//! (document, storage, timers, print, speech, service worker). Each concern
//! has its own file; functions here never panic on what the browser returns.

pub mod device;
pub mod document;
pub mod fetch;
pub mod service_worker;
pub mod speech;
pub mod storage;
