//! The QR code of the take-home link, as one SVG path, so that a visitor at
//! a market stand can scan their plan onto their own phone. Made on the
//! device by `qrcodegen`; nothing is sent anywhere.
//!
//! Error correction is Medium (15 % of the code may be smudged or covered),
//! raised to a higher level when that fits in the same version, and the
//! smallest version that holds the text is used: the fewer and larger the
//! modules, the farther away a phone can read it.

use qrcodegen::{QrCode, QrCodeEcc};

/// The light border a reader needs around the code, in modules (ISO/IEC
/// 18004); the path leaves it to the `viewBox`, see [`Qr::view_box`].
pub const QUIET_ZONE: u32 = 4;

/// A QR code as an SVG path: module (x, y) is the unit square from (x, y) to
/// (x + 1, y + 1), (0, 0) the top left.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Qr {
    /// Modules per side, without the quiet zone.
    pub size: u32,
    /// One path `d` of the dark modules: per row, each run of dark modules
    /// as one rectangle `M{x} {y}h{run}v1h-{run}z`, rows top to bottom,
    /// runs left to right.
    pub path: String,
}

impl Qr {
    /// The QR version (1 to 40): the size is 17 + 4 × version.
    pub fn version(&self) -> u32 {
        (self.size.saturating_sub(17)) / 4
    }

    /// The `viewBox` that shows the code with its quiet zone.
    pub fn view_box(&self) -> String {
        let side = self.size + 2 * QUIET_ZONE;
        format!("-{QUIET_ZONE} -{QUIET_ZONE} {side} {side}")
    }
}

/// The QR code of `text`; `None` if the text does not fit in a QR code.
pub fn svg_path(text: &str) -> Option<Qr> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            path.push_str(&format!("M{start} {y}h{run}v1h-{run}z"));
        }
    }
    Some(Qr {
        size: u32::try_from(size).ok()?,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::super::event::tests::XorShift;
    use super::*;
    use std::collections::BTreeSet;

    /// A take-home link as long as a whole plan makes it: 100 characters.
    fn link() -> String {
        let base = "https://veiligcheck.example.nl/#p1.";
        let body: String = "aZ09-_xYq3Kd".chars().cycle().take(100 - base.len()).collect();
        format!("{base}{body}")
    }

    /// The dark modules a path draws, read back from its rectangles (and
    /// checking that every command is one of the expected shape).
    fn modules(qr: &Qr) -> BTreeSet<(u32, u32)> {
        let mut dark = BTreeSet::new();
        for rect in qr.path.split_terminator('z') {
            let rest = rect.strip_prefix('M').expect("starts with M");
            let (xy, rest) = rest.split_once('h').expect("h");
            let (run, back) = rest.split_once("v1h-").expect("v1h-");
            assert_eq!(run, back, "{rect}");
            let (x, y) = xy.split_once(' ').expect("x y");
            let (x, y, run): (u32, u32, u32) = (x.parse().unwrap(), y.parse().unwrap(), run.parse().unwrap());
            assert!(run >= 1 && x + run <= qr.size && y < qr.size, "{rect}");
            for x in x..x + run {
                assert!(dark.insert((x, y)), "drawn twice: {x} {y}");
            }
        }
        dark
    }

    #[test]
    fn a_100_character_link_is_a_small_code() {
        let link = link();
        assert_eq!(link.len(), 100);
        let qr = svg_path(&link).expect("fits");
        println!(
            "a 100-character link: version {}, {} modules a side",
            qr.version(),
            qr.size
        );
        // Version 6 (41 × 41) at Medium: byte mode holds 106 bytes there.
        assert_eq!((qr.version(), qr.size), (6, 41));
        assert_eq!(qr.view_box(), "-4 -4 49 49");
        let code = QrCode::encode_text(&link, QrCodeEcc::Medium).unwrap();
        assert_eq!(
            code.error_correction_level(),
            QrCodeEcc::Medium,
            "no higher level fits version 6"
        );
    }

    #[test]
    fn the_finder_patterns_are_in_three_corners() {
        let qr = svg_path(&link()).expect("fits");
        let dark = modules(&qr);
        let last = qr.size - 1;
        for (cx, cy) in [(3, 3), (last - 3, 3), (3, last - 3)] {
            // A 7 × 7 dark ring, a light ring inside it, a 3 × 3 dark centre.
            for dy in -3i32..=3 {
                for dx in -3i32..=3 {
                    let ring = dx.abs().max(dy.abs());
                    let at = ((cx as i32 + dx) as u32, (cy as i32 + dy) as u32);
                    assert_eq!(dark.contains(&at), ring != 2, "finder at {cx} {cy}, module {at:?}");
                }
            }
        }
    }

    #[test]
    fn the_path_matches_the_code_and_uses_only_its_commands() {
        let link = link();
        let qr = svg_path(&link).expect("fits");
        assert!(
            qr.path.chars().all(|c| c.is_ascii_digit() || "Mhvz -".contains(c)),
            "{}",
            qr.path
        );
        assert!(qr.path.starts_with("M0 0h7v1h-7z"), "{}", &qr.path[..40]);
        let code = QrCode::encode_text(&link, QrCodeEcc::Medium).unwrap();
        let dark = modules(&qr);
        for y in 0..qr.size {
            for x in 0..qr.size {
                assert_eq!(dark.contains(&(x, y)), code.get_module(x as i32, y as i32), "{x} {y}");
            }
        }
    }

    #[test]
    fn the_same_text_gives_the_same_code() {
        let a = svg_path(&link()).expect("fits");
        assert_eq!(svg_path(&link()), Some(a.clone()));
        assert_ne!(svg_path(&link().replace("aZ", "bZ")), Some(a));
    }

    #[test]
    fn text_that_does_not_fit_gives_none() {
        assert_eq!(svg_path("").map(|q| q.size), Some(21));
        // Version 40 at Medium holds 2331 bytes; the level is never lowered.
        assert_eq!(svg_path(&"a".repeat(2331)).map(|q| q.version()), Some(40));
        assert_eq!(svg_path(&"a".repeat(2332)), None);
        let mut rng = XorShift(0x1234_5678_9abc_def1);
        for _ in 0..40 {
            let text = rng.text(&[], 400);
            let qr = svg_path(&text).expect("400 bytes fit");
            assert_eq!(qr.size, 17 + 4 * qr.version());
            modules(&qr);
        }
    }
}
