//! Reading aloud with the device's own voices. A voice that is not on the
//! device (`localService` false) would send the text to a speech service
//! elsewhere, so it is never used; with no local voice for the language the
//! app offers no read-aloud at all.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

fn synth() -> Option<SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

/// `nl-NL` and `nl` both match `nl`; `en-GB` matches `en`.
fn speaks(voice: &SpeechSynthesisVoice, code: &str) -> bool {
    let lang = voice.lang();
    let primary = lang.split(['-', '_']).next().unwrap_or("");
    primary.eq_ignore_ascii_case(code.split('-').next().unwrap_or(code))
}

/// A voice on this device for the language `code`.
fn local_voice(code: &str) -> Option<SpeechSynthesisVoice> {
    let voices = synth()?.get_voices();
    voices
        .iter()
        .filter_map(|v| v.dyn_into::<SpeechSynthesisVoice>().ok())
        .find(|v| v.local_service() && speaks(v, code))
}

/// Whether the text can be read aloud in `code` on this device.
pub fn can_read(code: &str) -> bool {
    local_voice(code).is_some()
}

/// Reads `text` aloud in `code` with a local voice, stopping whatever was
/// being read; `on_end` runs when it is done or stopped. Returns false, and
/// reads nothing, without a local voice.
pub fn read(text: &str, code: &str, on_end: impl FnOnce() + 'static) -> bool {
    let (Some(synth), Some(voice)) = (synth(), local_voice(code)) else {
        return false;
    };
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
        return false;
    };
    synth.cancel();
    utterance.set_voice(Some(&voice));
    // Slightly slower than the default, for people who read less easily.
    utterance.set_rate(0.9);
    let done = Closure::once_into_js(on_end);
    utterance.set_onend(Some(done.unchecked_ref()));
    utterance.set_onerror(Some(done.unchecked_ref()));
    synth.speak(&utterance);
    true
}

/// Stops reading aloud.
pub fn stop() {
    if let Some(synth) = synth() {
        synth.cancel();
    }
}

/// Calls `changed` whenever the browser's list of voices changes (it loads
/// them after the page starts), while the returned value is kept.
pub fn on_voices_changed(changed: impl Fn() + 'static) -> Option<VoicesWatch> {
    let synth = synth()?;
    let callback = Closure::<dyn Fn()>::new(changed);
    synth.set_onvoiceschanged(Some(callback.as_ref().unchecked_ref()));
    Some(VoicesWatch {
        synth,
        _callback: callback,
    })
}

/// See [`on_voices_changed`].
#[must_use = "changes are no longer noticed once this is dropped"]
pub struct VoicesWatch {
    synth: web_sys::SpeechSynthesis,
    _callback: Closure<dyn Fn()>,
}

impl Drop for VoicesWatch {
    fn drop(&mut self) {
        self.synth.set_onvoiceschanged(None);
    }
}
