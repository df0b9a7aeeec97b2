//! "Are you still there?": the idle timer of event mode, as a pure state
//! machine. The caller passes the time (milliseconds, from any clock that
//! only moves forward, e.g. `performance.now()`) and schedules its own ticks.
//!
//! After `idle_after` seconds without activity the timer warns and counts down
//! `countdown` seconds; then it has expired and the UI clears the check, so
//! the next visitor at the stand does not see the last one's answers.
//!
//! Two rules keep that promise when the tablet sleeps or the screen is touched
//! by someone else:
//! - once the warning shows, only an explicit "yes, I am still here"
//!   ([`Idle::dismiss`]) continues; other activity does not silently hide it;
//! - expiry is final: neither activity nor dismissing brings the session back,
//!   even when the first tick after a long sleep is already past the end. The
//!   UI clears the check and then calls [`Idle::start`] or [`Idle::stop`].

/// The default time without activity before the warning, in seconds.
pub const DEFAULT_IDLE_SECONDS: u32 = 90;
/// The shortest time without activity before the warning, in seconds.
pub const MIN_IDLE_SECONDS: u32 = 10;
/// The longest time without activity before the warning, in seconds: a
/// longer one would leave answers on a shared tablet for too long.
pub const MAX_IDLE_SECONDS: u32 = 3600;
/// The countdown of the warning, in seconds: the default and the least, so
/// that someone who reads slowly or uses a screen reader has time to answer
/// (WCAG 2.2.1 asks for at least 20 seconds).
pub const MIN_COUNTDOWN_SECONDS: u32 = 20;

/// Where the timer is at a given moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdleState {
    /// Nothing to show (also while the timer is stopped).
    Active,
    /// Ask "Are you still there?"; the check is cleared in `seconds_left`
    /// seconds (rounded up, so from the countdown down to 1).
    Warning { seconds_left: u32 },
    /// Clear the check.
    Expired,
}

/// The idle timer. Stopped until [`Idle::start`].
#[derive(Debug, Clone, PartialEq)]
pub struct Idle {
    idle_ms: f64,
    countdown_ms: f64,
    /// The last activity, while the timer runs.
    last: Option<f64>,
}

impl Default for Idle {
    fn default() -> Self {
        Idle::new(DEFAULT_IDLE_SECONDS, MIN_COUNTDOWN_SECONDS)
    }
}

impl Idle {
    /// A timer that warns after `idle_after` seconds without activity (kept
    /// within [`MIN_IDLE_SECONDS`]..=[`MAX_IDLE_SECONDS`]) and counts down
    /// `countdown` seconds (at least [`MIN_COUNTDOWN_SECONDS`]).
    pub fn new(idle_after: u32, countdown: u32) -> Idle {
        Idle {
            idle_ms: f64::from(idle_after.clamp(MIN_IDLE_SECONDS, MAX_IDLE_SECONDS)) * 1000.0,
            countdown_ms: f64::from(countdown.max(MIN_COUNTDOWN_SECONDS)) * 1000.0,
            last: None,
        }
    }

    /// Starts (or restarts) the timer at `now`: a check has begun, or the UI
    /// has cleared an expired one and shows a new start.
    pub fn start(&mut self, now_ms: f64) {
        self.last = Some(now_ms);
    }

    /// Stops the timer: nothing on screen needs clearing.
    pub fn stop(&mut self) {
        self.last = None;
    }

    /// A touch, key or scroll at `now`: moves the deadline while the timer is
    /// active, and does nothing while it warns, has expired or is stopped.
    pub fn activity(&mut self, now_ms: f64) {
        if let Some(last) = self.last {
            if self.state(now_ms) == IdleState::Active {
                self.last = Some(now_ms.max(last));
            }
        }
    }

    /// "Yes, I am still here": back to active from `now`, unless the timer has
    /// already expired (then it returns `false` and the check must be cleared).
    pub fn dismiss(&mut self, now_ms: f64) -> bool {
        match self.state(now_ms) {
            IdleState::Expired => false,
            IdleState::Active | IdleState::Warning { .. } => {
                if self.last.is_some() {
                    self.last = Some(now_ms);
                }
                true
            }
        }
    }

    /// The state at `now`. A time before the last activity counts as no time
    /// passed; a time that is not a number counts as expired (the safe side).
    pub fn state(&self, now_ms: f64) -> IdleState {
        let Some(last) = self.last else {
            return IdleState::Active;
        };
        let elapsed = now_ms - last;
        if elapsed.is_nan() {
            return IdleState::Expired;
        }
        let elapsed = elapsed.max(0.0);
        let end = self.idle_ms + self.countdown_ms;
        if elapsed < self.idle_ms {
            IdleState::Active
        } else if elapsed < end {
            let left = ((end - elapsed) / 1000.0).ceil();
            IdleState::Warning {
                seconds_left: (left as u32).max(1),
            }
        } else {
            IdleState::Expired
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T0: f64 = 1_700_000_000_000.0;

    fn running(idle: &mut Idle) -> &mut Idle {
        idle.start(T0);
        idle
    }

    #[test]
    fn goes_active_then_warning_counting_down_then_expired() {
        let mut idle = Idle::default();
        let idle = running(&mut idle);
        assert_eq!(idle.state(T0), IdleState::Active);
        assert_eq!(idle.state(T0 + 89_999.0), IdleState::Active);
        let mut seen = Vec::new();
        let mut t = T0 + 90_000.0;
        while let IdleState::Warning { seconds_left } = idle.state(t) {
            if seen.last() != Some(&seconds_left) {
                seen.push(seconds_left);
            }
            t += 250.0;
        }
        assert_eq!(seen, (1..=20).rev().collect::<Vec<u32>>());
        assert_eq!(t, T0 + 110_000.0);
        assert_eq!(idle.state(t), IdleState::Expired);
        assert_eq!(idle.state(t + 1e9), IdleState::Expired);
    }

    #[test]
    fn warning_shows_whole_seconds_rounded_up() {
        let mut idle = Idle::default();
        let idle = running(&mut idle);
        assert_eq!(idle.state(T0 + 90_000.0), IdleState::Warning { seconds_left: 20 });
        assert_eq!(idle.state(T0 + 90_001.0), IdleState::Warning { seconds_left: 20 });
        assert_eq!(idle.state(T0 + 91_000.0), IdleState::Warning { seconds_left: 19 });
        assert_eq!(idle.state(T0 + 109_999.0), IdleState::Warning { seconds_left: 1 });
        assert_eq!(idle.state(T0 + 110_000.0), IdleState::Expired);
    }

    #[test]
    fn activity_moves_the_deadline_while_active() {
        let mut idle = Idle::default();
        let idle = running(&mut idle);
        idle.activity(T0 + 60_000.0);
        assert_eq!(idle.state(T0 + 149_999.0), IdleState::Active);
        assert_eq!(idle.state(T0 + 150_000.0), IdleState::Warning { seconds_left: 20 });
        // An older time (events out of order) does not move it back.
        idle.activity(T0 + 10_000.0);
        assert_eq!(idle.state(T0 + 149_999.0), IdleState::Active);
    }

    #[test]
    fn activity_does_not_hide_the_warning_but_dismiss_does() {
        let mut idle = Idle::default();
        let idle = running(&mut idle);
        idle.activity(T0 + 95_000.0);
        assert_eq!(idle.state(T0 + 95_000.0), IdleState::Warning { seconds_left: 15 });
        assert!(idle.dismiss(T0 + 100_000.0));
        assert_eq!(idle.state(T0 + 100_000.0), IdleState::Active);
        assert_eq!(idle.state(T0 + 189_999.0), IdleState::Active);
        assert_eq!(idle.state(T0 + 190_000.0), IdleState::Warning { seconds_left: 20 });
    }

    #[test]
    fn expiry_is_final_until_restarted() {
        let mut idle = Idle::default();
        let idle = running(&mut idle);
        // The tablet slept; the first thing after it is a touch.
        let later = T0 + 600_000.0;
        idle.activity(later);
        assert_eq!(idle.state(later), IdleState::Expired);
        assert!(!idle.dismiss(later));
        assert_eq!(idle.state(later + 1.0), IdleState::Expired);
        idle.start(later);
        assert_eq!(idle.state(later + 1.0), IdleState::Active);
    }

    #[test]
    fn a_stopped_timer_stays_active() {
        let mut idle = Idle::default();
        assert_eq!(idle.state(T0 + 1e9), IdleState::Active);
        idle.activity(T0);
        assert_eq!(idle.state(T0 + 1e9), IdleState::Active, "activity does not start it");
        assert!(idle.dismiss(T0));
        assert_eq!(idle.state(T0 + 1e9), IdleState::Active);
        idle.start(T0);
        assert_eq!(idle.state(T0 + 1e9), IdleState::Expired);
        idle.stop();
        assert_eq!(idle.state(T0 + 1e9), IdleState::Active);
    }

    #[test]
    fn settings_are_kept_within_limits() {
        assert_eq!(Idle::new(90, 5), Idle::new(90, 20));
        assert_eq!(Idle::new(90, 0), Idle::default());
        assert_eq!(Idle::new(0, 20), Idle::new(MIN_IDLE_SECONDS, 20));
        assert_eq!(
            Idle::new(u32::MAX, u32::MAX).idle_ms,
            f64::from(MAX_IDLE_SECONDS * 1000)
        );
        let long = Idle::new(120, 30);
        assert_eq!((long.idle_ms, long.countdown_ms), (120_000.0, 30_000.0));
        assert!(Idle::new(u32::MAX, u32::MAX).countdown_ms > 0.0);
    }

    #[test]
    fn odd_times_are_safe() {
        let mut idle = Idle::default();
        let idle = running(&mut idle);
        assert_eq!(idle.state(T0 - 1e6), IdleState::Active, "a clock that went back");
        assert_eq!(idle.state(f64::NAN), IdleState::Expired);
        assert_eq!(idle.state(f64::INFINITY), IdleState::Expired);
        idle.activity(f64::NAN);
        assert_eq!(idle.state(T0 + 1.0), IdleState::Active);
        idle.start(f64::NAN);
        assert_eq!(idle.state(T0), IdleState::Expired);
    }
}
