//! The ambassador's PIN, kept only as a salted key derived from it with a
//! standard KDF: PBKDF2-HMAC-SHA-256 with [`ROUNDS`] iterations, the number
//! OWASP's Password Storage Cheat Sheet asks for (May 2023).
//!
//! A PIN of 4 to 6 digits has at most about a million values, so no hash can
//! keep it from someone who has the stored text and time to try them all: the
//! hash keeps the PIN out of plain sight in storage, and the iterations make
//! each try cost something. The PIN keeps visitors at the stand out of the
//! ambassador's screen; it is not a password for anything else, and the
//! ambassador is told not to reuse one.
//!
//! The salt is 16 random bytes from the caller (the browser's random source,
//! through `platform`), so the same PIN on two tablets is stored differently.

use std::fmt;

/// The shortest PIN.
pub const MIN_DIGITS: usize = 4;
/// The longest PIN.
pub const MAX_DIGITS: usize = 6;
/// PBKDF2-HMAC-SHA-256 iterations for a new PIN (OWASP, May 2023: 600 000).
pub const ROUNDS: u32 = 600_000;
/// The most iterations a stored PIN may ask for: stored text cannot make the
/// tablet work for minutes.
const MAX_ROUNDS: u32 = 10_000_000;

/// Why a PIN is not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinError {
    TooShort,
    TooLong,
    /// Something other than the digits 0 to 9.
    NotDigits,
}

impl fmt::Display for PinError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PinError::TooShort => "a PIN has at least 4 digits",
            PinError::TooLong => "a PIN has at most 6 digits",
            PinError::NotDigits => "a PIN has only the digits 0 to 9",
        })
    }
}

/// Whether `s` is a PIN: only the ASCII digits 0 to 9, 4 to 6 of them. Other
/// characters are reported before the length; nothing is trimmed.
pub fn validate_pin(s: &str) -> Result<(), PinError> {
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        Err(PinError::NotDigits)
    } else if s.len() < MIN_DIGITS {
        Err(PinError::TooShort)
    } else if s.len() > MAX_DIGITS {
        Err(PinError::TooLong)
    } else {
        Ok(())
    }
}

/// A PIN as its salt and derived key: PBKDF2-HMAC-SHA-256 of the PIN with the
/// salt, `rounds` iterations, 32 bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct PinHash {
    rounds: u32,
    salt: [u8; 16],
    hash: [u8; 32],
}

/// The version prefix of [`PinHash::to_storage`]. Version 1 (10 000 rounds
/// of a hand-made SHA-256 chain) is no longer read: such settings are set
/// aside, and the ambassador chooses the PIN again.
const STORAGE_VERSION: &str = "v2";

impl PinHash {
    /// Hashes a valid PIN with the caller's random `salt`.
    pub fn new(pin: &str, salt: [u8; 16]) -> Result<PinHash, PinError> {
        validate_pin(pin)?;
        Ok(PinHash {
            rounds: ROUNDS,
            salt,
            hash: derive(pin.as_bytes(), &salt, ROUNDS),
        })
    }

    /// Whether `pin` is the PIN this was made from. Something that is not a
    /// valid PIN never matches. The hashes are compared without stopping at the
    /// first difference.
    pub fn verify(&self, pin: &str) -> bool {
        if validate_pin(pin).is_err() {
            return false;
        }
        let tried = derive(pin.as_bytes(), &self.salt, self.rounds);
        tried
            .iter()
            .zip(self.hash.iter())
            .fold(0u8, |diff, (a, b)| diff | (a ^ b))
            == 0
    }

    /// `v2:<rounds>:<salt, 32 hex digits>:<hash, 64 hex digits>`.
    pub fn to_storage(&self) -> String {
        format!(
            "{STORAGE_VERSION}:{}:{}:{}",
            self.rounds,
            hex(&self.salt),
            hex(&self.hash)
        )
    }

    /// Reads [`PinHash::to_storage`]'s text back; `None` for anything else,
    /// including another version.
    pub fn from_storage(s: &str) -> Option<PinHash> {
        let mut parts = s.split(':');
        let (Some(STORAGE_VERSION), Some(rounds), Some(salt), Some(hash), None) =
            (parts.next(), parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return None;
        };
        let rounds = (rounds.bytes().all(|b| b.is_ascii_digit()) && !rounds.starts_with('0'))
            .then(|| rounds.parse::<u32>().ok())
            .flatten()
            .filter(|r| (1..=MAX_ROUNDS).contains(r))?;
        Some(PinHash {
            rounds,
            salt: unhex(salt)?,
            hash: unhex(hash)?,
        })
    }
}

/// Never shows the salt or hash, so a log line or a test failure leaks neither.
impl fmt::Debug for PinHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PinHash(..)")
    }
}

fn derive(pin: &[u8], salt: &[u8; 16], rounds: u32) -> [u8; 32] {
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(pin, salt, rounds, &mut key);
    key
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Exactly `2 × N` lowercase hex digits.
fn unhex<const N: usize>(s: &str) -> Option<[u8; N]> {
    fn digit(c: u8) -> Option<u8> {
        match c {
            b'0'..=b'9' => Some(c - b'0'),
            b'a'..=b'f' => Some(c - b'a' + 10),
            _ => None,
        }
    }
    let s = s.as_bytes();
    if s.len() != 2 * N {
        return None;
    }
    let mut out = [0u8; N];
    for (byte, pair) in out.iter_mut().zip(s.chunks_exact(2)) {
        *byte = digit(pair[0])? << 4 | digit(pair[1])?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SALT_A: [u8; 16] = [7; 16];
    const SALT_B: [u8; 16] = [8; 16];

    #[test]
    fn the_derivation_is_pbkdf2_hmac_sha256() {
        // Computed independently with Python's hashlib.pbkdf2_hmac('sha256',
        // pin, salt, 600000); a change here would lock every ambassador out
        // of their stored PIN.
        let h = PinHash::new("1234", core::array::from_fn(|i| i as u8)).unwrap();
        assert_eq!(
            hex(&h.hash),
            "9f39d9c71c22c4c459bc2cbacc6d74e2184185d671d91f0a34a6834413a0849d"
        );
        let h = PinHash::new("482916", [0xff; 16]).unwrap();
        assert_eq!(
            hex(&h.hash),
            "0809dded11d375a300b9c12649ce104c15cddaa4d64c5643aa73db2a868079cf"
        );
        assert_eq!(ROUNDS, 600_000, "OWASP's number for PBKDF2-HMAC-SHA-256");
    }

    #[test]
    fn a_stored_pin_keeps_its_own_rounds() {
        // Fewer rounds than a new PIN gets: still verified as stored, so a
        // later change of ROUNDS locks nobody out.
        let salt = [7u8; 16];
        let stored = format!("v2:1000:{}:{}", hex(&salt), hex(&derive(b"2468", &salt, 1000)));
        let h = PinHash::from_storage(&stored).expect("readable");
        assert!(h.verify("2468"));
        assert!(!h.verify("2469"));
        assert_eq!(h.to_storage(), stored);
    }

    #[test]
    fn pins_are_four_to_six_digits() {
        for ok in ["0000", "1234", "12345", "987654"] {
            assert_eq!(validate_pin(ok), Ok(()), "{ok}");
        }
        assert_eq!(validate_pin(""), Err(PinError::TooShort));
        assert_eq!(validate_pin("123"), Err(PinError::TooShort));
        assert_eq!(validate_pin("1234567"), Err(PinError::TooLong));
        for bad in ["12a4", " 1234", "1234 ", "12-34", "١٢٣٤", "１２３４", "abcd", "12.5"] {
            assert_eq!(validate_pin(bad), Err(PinError::NotDigits), "{bad}");
        }
        assert_eq!(PinHash::new("123", SALT_A), Err(PinError::TooShort));
    }

    #[test]
    fn the_right_pin_verifies_and_a_wrong_one_fails() {
        let h = PinHash::new("2468", SALT_A).unwrap();
        assert!(h.verify("2468"));
        for wrong in ["2469", "24680", "8642", "0000", "", "246", "2468 ", "abcd"] {
            assert!(!h.verify(wrong), "{wrong}");
        }
    }

    #[test]
    fn a_salt_makes_the_same_pin_differ() {
        let a = PinHash::new("2468", SALT_A).unwrap();
        let b = PinHash::new("2468", SALT_B).unwrap();
        assert_ne!(a.hash, b.hash);
        assert_ne!(a.to_storage(), b.to_storage());
        assert!(a.verify("2468") && b.verify("2468"));
    }

    #[test]
    fn debug_output_hides_the_hash() {
        let h = PinHash::new("2468", SALT_A).unwrap();
        assert_eq!(format!("{h:?}"), "PinHash(..)");
    }

    #[test]
    fn storage_round_trips() {
        let h = PinHash::new("135790", SALT_B).unwrap();
        let text = h.to_storage();
        assert!(text.starts_with("v2:600000:0808"), "{text}");
        assert_eq!(text.len(), "v2:600000:".len() + 32 + 1 + 64);
        let back = PinHash::from_storage(&text).unwrap();
        assert_eq!(back, h);
        assert!(back.verify("135790"));
    }

    #[test]
    fn damaged_or_newer_storage_is_refused() {
        let text = PinHash::new("1357", SALT_A).unwrap().to_storage();
        for cut in 0..text.len() {
            assert_eq!(PinHash::from_storage(&text[..cut]), None, "cut at {cut}");
        }
        assert_eq!(PinHash::from_storage(&text.replacen("v2", "v3", 1)), None, "newer");
        assert_eq!(
            PinHash::from_storage(&text.replacen("v2:600000", "v1", 1)),
            None,
            "the old hand-made chain"
        );
        for rounds in ["0", "0600000", "10000001", "6e5", ""] {
            let odd = text.replacen("600000", rounds, 1);
            assert_eq!(PinHash::from_storage(&odd), None, "{odd}");
        }
        assert_eq!(PinHash::from_storage(&format!("{text}:")), None);
        assert_eq!(PinHash::from_storage(&format!("{text}0")), None);
        assert_eq!(PinHash::from_storage(&text.to_uppercase().replacen('V', "v", 1)), None);
        assert_eq!(PinHash::from_storage(&text.replacen('0', "g", 1)), None);
        assert_eq!(PinHash::from_storage(&format!(" {text}")), None);
    }

    #[test]
    fn garbage_never_panics() {
        let text = PinHash::new("1357", SALT_A).unwrap().to_storage();
        let mut rng = super::super::tests::XorShift(0x9e37_79b9_7f4a_7c15);
        for _ in 0..2000 {
            let mut bytes = text.as_bytes().to_vec();
            let at = rng.below(bytes.len());
            bytes[at] = rng.byte();
            let _ = PinHash::from_storage(&String::from_utf8_lossy(&bytes));
            let _ = PinHash::from_storage(&rng.text(b"v12:0123456789abcdef\xc3\xa9", 120));
        }
    }
}
