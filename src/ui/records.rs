//! Reading and writing the stored records (the opt-in memory, event mode's
//! settings and tally) as a part of its own.
//!
//! The records' code (serde_json, their shapes, the migrations of older
//! versions) measured about 20 kB brotli: more than most visitors ever
//! need, since a device with nothing stored reads nothing. In a release
//! build (`split`) it is a file of its own, fetched only when the device
//! holds a record ([`restore`]) or one is written; the first load only asks
//! whether a key exists.
//!
//! Every function here reads the newest value when it runs, not when it was
//! called, so writes that wait for the part together still end with the
//! newest value stored. If the part cannot be loaded (offline before the
//! service worker kept it), nothing is read, and then nothing is written
//! either, so what the device holds is never overwritten unread.

use std::cell::Cell;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::content::ui;
use crate::domain::event::{EventSettings, Tally};
use crate::domain::keys;
use crate::domain::memory::Memory;
use crate::domain::stored::ReadError;
use crate::platform::storage;

use super::event::{self, EventNotice, EventState};
use super::{keep, AppState};

/// The part with the records' code could not be loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartMissing;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for PartMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> PartMissing {
        PartMissing
    }
}

/// Why a record was not kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotKept {
    /// Storage is missing or refused.
    Unavailable,
    /// The records' part could not be loaded, or what is stored could not
    /// be read and must not be overwritten.
    PartMissing,
}

thread_local! {
    /// Whether what the device holds was read (or there was nothing):
    /// only then may the app write.
    static READ: Cell<bool> = const { Cell::new(true) };
}

/// What the device holds could not be read: nothing may be written, and
/// the page says so.
fn unread(state: AppState) {
    READ.with(|r| r.set(false));
    state.notice.set(Some(&ui::APP_PAGE_UNAVAILABLE));
}

fn may_write() -> Result<(), NotKept> {
    READ.with(Cell::get).then_some(()).ok_or(NotKept::PartMissing)
}

/// Reads what the device keeps, then opens a plan link in the address (on
/// a person's own device), then sets `done`. With nothing stored, all of
/// it happens at once and the records' part is not loaded.
pub fn restore(state: AppState, event: EventState, done: RwSignal<bool>) {
    let event_kept = storage::has(keys::EVENT_SETTINGS) || storage::has(keys::TALLY);
    let memory_kept = storage::has(keys::MEMORY);
    if !event_kept && !memory_kept {
        keep::open_from_address(state);
        done.set(true);
        return;
    }
    spawn_local(async move {
        if event_kept {
            match part!(read_event(event)).await {
                Ok(Some(settings)) => {
                    event::load_part().await;
                    event.resume(settings);
                }
                Ok(None) => {}
                Err(PartMissing) => unread(state),
            }
        }
        // A stand's tablet neither remembers a visitor nor opens a plan
        // from its address.
        if !event.is_on() {
            if memory_kept && part!(read_memory(state)).await.is_err() {
                unread(state);
            }
            keep::open_from_address(state);
        }
        done.set(true);
    });
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(stored, wasm_split_path = ::leptos::wasm_split, fallible)
)]
/// Reads the tally into `event`, and returns the settings kept, if any.
fn read_event(event: EventState) -> Result<Option<EventSettings>, PartMissing> {
    match storage::load::<Tally>(keys::TALLY) {
        Ok(Some(tally)) => event.tally.set(tally),
        Ok(None) => {}
        Err(_) => event.notice.set(Some(EventNotice::TallyDamaged)),
    }
    Ok(match storage::load::<EventSettings>(keys::EVENT_SETTINGS) {
        Ok(settings) => settings,
        Err(_) => {
            event.notice.set(Some(EventNotice::SettingsDamaged));
            None
        }
    })
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(stored, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn read_memory(state: AppState) -> Result<(), PartMissing> {
    match storage::load::<Memory>(keys::MEMORY) {
        Ok(Some(memory)) => state.memory.set(memory),
        Ok(None) => {}
        Err(error) => state.notice.set(Some(match error {
            ReadError::Newer { .. } => &ui::MEMORY_NEWER,
            ReadError::Unreadable => &ui::MEMORY_DAMAGED,
        })),
    }
    Ok(())
}

/// Writes a record: removes its key when it is `empty`, else waits for
/// `save`, a call into the records' part (made only then).
async fn write<F>(key: &str, empty: bool, save: impl FnOnce() -> F) -> Result<(), NotKept>
where
    F: std::future::Future<Output = Result<Result<(), NotKept>, PartMissing>>,
{
    may_write()?;
    if empty {
        storage::remove(key);
        return Ok(());
    }
    save().await.map_err(|PartMissing| NotKept::PartMissing)?
}

/// Writes the memory as it is now (or removes its key when it is empty).
pub async fn write_memory(state: AppState) -> Result<(), NotKept> {
    let empty = state.memory.with_untracked(Memory::is_empty);
    write(keys::MEMORY, empty, || part!(save_memory(state))).await
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(stored, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn save_memory(state: AppState) -> Result<Result<(), NotKept>, PartMissing> {
    let saved = state.memory.with_untracked(|m| storage::save(keys::MEMORY, m));
    Ok(saved.map_err(|storage::Unavailable| NotKept::Unavailable))
}

/// Writes the tally as it is now (or removes its key when it is empty).
pub async fn write_tally(event: EventState) -> Result<(), NotKept> {
    let empty = event.tally.with_untracked(Tally::is_empty);
    write(keys::TALLY, empty, || part!(save_tally(event))).await
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(stored, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn save_tally(event: EventState) -> Result<Result<(), NotKept>, PartMissing> {
    let saved = event.tally.with_untracked(|t| storage::save(keys::TALLY, t));
    Ok(saved.map_err(|storage::Unavailable| NotKept::Unavailable))
}

/// Writes event mode's settings, or removes them (switching the mode off
/// removes them even when what the device held could not be read).
pub async fn write_settings(settings: Option<EventSettings>) -> Result<(), NotKept> {
    match settings {
        None => {
            storage::remove(keys::EVENT_SETTINGS);
            Ok(())
        }
        Some(settings) => write(keys::EVENT_SETTINGS, false, || part!(save_settings(settings))).await,
    }
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(stored, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn save_settings(settings: EventSettings) -> Result<Result<(), NotKept>, PartMissing> {
    let saved = storage::save(keys::EVENT_SETTINGS, &settings);
    Ok(saved.map_err(|storage::Unavailable| NotKept::Unavailable))
}
