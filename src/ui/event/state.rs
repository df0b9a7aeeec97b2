//! Event mode's shared state and what it does: switching on and off, the
//! tally, the idle timer and the wipe between visitors.

use leptos::prelude::*;

use crate::domain::event::{EventSettings, Idle, IdleState, Tally};
use crate::domain::session::Step;
use crate::platform::{device, speech};
use crate::ui::records::{self, NotKept};
use crate::ui::{AppState, Visitor};
use leptos::task::spawn_local;

/// After this many wrong PINs in a row the PIN screen waits a minute.
const WRONG_PINS_ALLOWED: u32 = 5;
const PIN_WAIT_MS: f64 = 60_000.0;

/// A plain message about stored data that could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventNotice {
    SettingsDamaged,
    TallyDamaged,
}

#[derive(Debug, Clone, Copy)]
pub struct EventState {
    /// Event mode is on when there are settings.
    pub settings: RwSignal<Option<EventSettings>>,
    pub tally: RwSignal<Tally>,
    pub idle: RwSignal<Idle>,
    /// What the idle timer says now.
    pub idle_state: RwSignal<IdleState>,
    /// The ambassador typed the PIN (until they go back to the visitors):
    /// part of the visitor (`AppState::unlocked`), so the wipe locks again.
    pub unlocked: RwSignal<bool>,
    /// Wrong PINs in a row, and when the last one was typed.
    wrong_pins: RwSignal<(u32, f64)>,
    /// The check kind in progress, and whether it was counted as started /
    /// completed (each once per visitor and kind): part of the visitor.
    counted: RwSignal<(&'static str, bool, bool)>,
    pub notice: RwSignal<Option<EventNotice>>,
    /// The extra history entry that keeps the back button in the app, held
    /// while event mode is on (dropped with the app, or when it is off).
    held: StoredValue<Option<device::HistoryHold>, LocalStorage>,
}

impl EventState {
    pub fn is_on(&self) -> bool {
        self.settings.with(Option::is_some)
    }

    /// The settings' one writer: keeps them on the device (or removes
    /// them), and only then in the app, so that event mode is never on
    /// without the PIN that ends it being kept.
    async fn save(&self, settings: Option<EventSettings>) -> Result<(), NotKept> {
        records::write_settings(settings.clone()).await?;
        if let Some(s) = &settings {
            super::load_part().await;
            self.idle.set(s.idle());
        }
        self.settings.set(settings);
        Ok(())
    }

    /// Event mode as the device kept it, when the app starts.
    pub(crate) fn resume(&self, settings: EventSettings) {
        self.idle.set(settings.idle());
        self.settings.set(Some(settings));
        self.start();
    }

    /// Switches event mode on with these settings, kept on the device.
    pub async fn switch_on(&self, app: AppState, settings: EventSettings) -> Result<(), NotKept> {
        self.save(Some(settings)).await?;
        self.start();
        self.wipe_visitor(app);
        Ok(())
    }

    /// Leaves event mode (the PIN was given): its settings go, the tally
    /// stays until it is cleared.
    pub fn switch_off(&self, app: AppState) {
        let event = *self;
        spawn_local(async move {
            let _ = event.save(None).await;
            event.held.set_value(None);
            event.unlocked.set(false);
            event.idle.update(|i| i.stop());
            event.idle_state.set(IdleState::Active);
            app.start_again();
        });
    }

    /// Saves a new idle time.
    pub async fn set_idle_seconds(&self, seconds: u32) -> Result<(), NotKept> {
        let Some(mut settings) = self.settings.get_untracked() else {
            return Ok(());
        };
        settings.idle_seconds = seconds;
        self.save(Some(settings)).await?;
        self.idle.update(|i| i.start(device::now_ms()));
        Ok(())
    }

    /// Checks a PIN; a minute's wait after too many wrong ones. `None` while
    /// waiting.
    pub fn try_pin(&self, pin: &str) -> Option<bool> {
        let now = device::now_ms();
        let (wrong, last) = self.wrong_pins.get_untracked();
        if wrong >= WRONG_PINS_ALLOWED && now - last < PIN_WAIT_MS {
            return None;
        }
        let right = self
            .settings
            .with_untracked(|s| s.as_ref().is_some_and(|s| s.pin.verify(pin)));
        if right {
            self.wrong_pins.set((0, now));
            self.unlocked.set(true);
        } else {
            let wrong = if wrong >= WRONG_PINS_ALLOWED { 1 } else { wrong + 1 };
            self.wrong_pins.set((wrong, now));
        }
        Some(right)
    }

    /// Everything of the visitor goes (the whole [`Visitor`]: answers,
    /// screen, language, text size, an unlocked ambassador's screen), and a
    /// voice reading aloud stops. Back to the welcome screen.
    pub fn wipe_visitor(&self, app: AppState) {
        speech::stop();
        app.set_visitor(Visitor::default());
        self.idle.update(|i| i.start(device::now_ms()));
        self.idle_state.set(IdleState::Active);
    }

    pub fn clear_tally(&self) {
        self.tally.set(Tally::new());
    }

    /// Counts the visitor's check: started when it opens, completed when the
    /// result shows; each once per visitor.
    fn count(&self, app: AppState) {
        let now = app
            .session
            .with(|s| s.as_ref().map(|s| (s.check(), s.step() == Step::Result)));
        let Some((check, done)) = now else {
            self.counted.set(("", false, false));
            return;
        };
        let (kind, started, completed) = self.counted.get_untracked();
        // Another kind of check opened: it counts of its own.
        let (started, completed) = if kind == check.kind {
            (started, completed)
        } else {
            (false, false)
        };
        // The counting itself is code of the event part (loaded before event
        // mode went on), not of the first load.
        let day = device::today();
        // The finished session, to be scored there.
        let result = (done && !completed).then(|| app.session.get_untracked()).flatten();
        if !started || result.is_some() {
            let (event, kind) = (*self, check.kind);
            spawn_local(async move {
                let _ = part!(super::record_check(event, day, kind, !started, result)).await;
            });
        }
        if !started || (done && !completed) {
            self.counted.set((check.kind, true, completed || done));
        }
    }

    /// A presentation to `audience` ended, with the hands counted per
    /// scenario `(kind, scenario, safe, all)`: counted in the tally when
    /// event mode is on (and so only behind the PIN); else nothing is kept.
    pub fn record_presentation(&self, audience: &str, hands: &[(&str, &str, u32, u32)]) {
        if self.is_on() {
            self.tally.update(|t| {
                let _ = t.record_presentation(audience, hands);
            });
        }
    }

    /// Event mode begins: the idle timer starts and the back button stays
    /// in the app.
    fn start(&self) {
        self.idle.update(|i| i.start(device::now_ms()));
        self.held.set_value(device::hold_history());
    }

    fn tick(&self, app: AppState) {
        if !self.is_on() {
            return;
        }
        let now = device::now_ms();
        let state = self.idle.with_untracked(|i| i.state(now));
        // Nothing of a visitor on the screen: nothing to warn about or wipe.
        let untouched = app.untouched();
        match state {
            IdleState::Active => {}
            _ if untouched || self.unlocked.get_untracked() => self.idle.update(|i| i.start(now)),
            IdleState::Warning { .. } => {}
            IdleState::Expired => return self.wipe_visitor(app),
        }
        let state = self.idle.with_untracked(|i| i.state(now));
        if self.idle_state.get_untracked() != state {
            self.idle_state.set(state);
        }
    }

    /// "Yes, I want to go on".
    pub fn dismiss_warning(&self) {
        let now = device::now_ms();
        self.idle.update(|i| {
            i.dismiss(now);
        });
        self.idle_state.set(IdleState::Active);
    }
}

/// Reads event mode's settings and tally from the device. Damaged data is
/// set aside under `<key>.damaged` with a message, never a crash.
pub fn provide_event_state(app: AppState) -> EventState {
    let event = EventState {
        settings: RwSignal::new(None),
        tally: RwSignal::new(Tally::new()),
        idle: RwSignal::new(Idle::default()),
        idle_state: RwSignal::new(IdleState::Active),
        unlocked: app.unlocked,
        wrong_pins: RwSignal::new((0, 0.0)),
        counted: app.counted,
        notice: RwSignal::new(None),
        held: StoredValue::new_local(None),
    };
    provide_context(event);
    // Activity and the idle timer's tick, for as long as the app runs (both
    // do nothing while event mode is off); dropped with it.
    crate::ui::own(device::on_activity(move || {
        if event.is_on() {
            event.idle.update_untracked(|i| i.activity(device::now_ms()));
        }
    }));
    if let Ok(tick) = set_interval_with_handle(move || event.tick(app), std::time::Duration::from_millis(500)) {
        on_cleanup(move || tick.clear());
    }
    // Counting lives as long as the app, whenever event mode is switched on.
    Effect::new(move |_| {
        if event.is_on() {
            event.count(app);
        }
    });
    // The tally's one writer: whenever it changes it is written, or its key
    // removed when it is empty again (what was just read is written back
    // the same, in the current version). Counts only: nothing of a visitor.
    Effect::new(move |ran: Option<()>| {
        event.tally.track();
        if ran.is_some() {
            spawn_local(async move {
                let _ = records::write_tally(event).await;
            });
        }
    });
    event
}

pub fn use_event() -> EventState {
    expect_context::<EventState>()
}
