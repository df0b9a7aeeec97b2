//! The ambassador's PIN, kept only as a salted, iterated hash.
//!
//! A PIN of 4 to 6 digits has at most about a million values, so no hash can
//! keep it from someone who has the stored text and time to try them all: the
//! hash keeps the PIN out of plain sight in storage, and the 10 000 rounds make
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
/// How many times SHA-256 is applied.
pub const ROUNDS: u32 = 10_000;

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

/// A PIN as its salt and hash: `hash` is SHA-256 applied [`ROUNDS`] times, the
/// first time over `salt‖pin`, each next time over `salt‖pin‖previous hash`.
#[derive(Clone, PartialEq, Eq)]
pub struct PinHash {
    salt: [u8; 16],
    hash: [u8; 32],
}

/// The version prefix of [`PinHash::to_storage`].
const STORAGE_VERSION: &str = "v1";

impl PinHash {
    /// Hashes a valid PIN with the caller's random `salt`.
    pub fn new(pin: &str, salt: [u8; 16]) -> Result<PinHash, PinError> {
        validate_pin(pin)?;
        Ok(PinHash {
            salt,
            hash: derive(pin.as_bytes(), &salt),
        })
    }

    /// Whether `pin` is the PIN this was made from. Something that is not a
    /// valid PIN never matches. The hashes are compared without stopping at the
    /// first difference.
    pub fn verify(&self, pin: &str) -> bool {
        if validate_pin(pin).is_err() {
            return false;
        }
        let tried = derive(pin.as_bytes(), &self.salt);
        tried
            .iter()
            .zip(self.hash.iter())
            .fold(0u8, |diff, (a, b)| diff | (a ^ b))
            == 0
    }

    /// `v1:<salt, 32 hex digits>:<hash, 64 hex digits>`.
    pub fn to_storage(&self) -> String {
        format!("{STORAGE_VERSION}:{}:{}", hex(&self.salt), hex(&self.hash))
    }

    /// Reads [`PinHash::to_storage`]'s text back; `None` for anything else,
    /// including another version.
    pub fn from_storage(s: &str) -> Option<PinHash> {
        let mut parts = s.split(':');
        let (Some(STORAGE_VERSION), Some(salt), Some(hash), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return None;
        };
        Some(PinHash {
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

fn derive(pin: &[u8], salt: &[u8; 16]) -> [u8; 32] {
    // salt‖pin‖previous: at most 54 bytes, one SHA-256 block per round.
    let mut buf = [0u8; 16 + MAX_DIGITS + 32];
    let base = 16 + pin.len();
    buf[..16].copy_from_slice(salt);
    buf[16..base].copy_from_slice(pin);
    let mut hash = sha256::digest(&buf[..base]);
    for _ in 1..ROUNDS {
        buf[base..base + 32].copy_from_slice(&hash);
        hash = sha256::digest(&buf[..base + 32]);
    }
    hash
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    out
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

/// SHA-256 (FIPS 180-4), small and without dependencies; checked against the
/// standard's test vectors below.
mod sha256 {
    const K: [u32; 64] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
        0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
        0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
        0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
        0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
        0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
        0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2,
    ];

    const H0: [u32; 8] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ];

    /// One 64-byte block into the state.
    fn compress(state: &mut [u32; 8], block: &[u8]) {
        let mut w = [0u32; 64];
        for (i, word) in block.chunks_exact(4).enumerate().take(16) {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = *state;
        for i in 0..64 {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = h
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            h = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (s, v) in state.iter_mut().zip([a, b, c, d, e, f, g, h]) {
            *s = s.wrapping_add(v);
        }
    }

    pub fn digest(data: &[u8]) -> [u8; 32] {
        let mut state = H0;
        let mut blocks = data.chunks_exact(64);
        for block in &mut blocks {
            compress(&mut state, block);
        }
        // The rest, the 1 bit, zeros and the length in bits: one or two blocks.
        let rest = blocks.remainder();
        let mut tail = [0u8; 128];
        tail[..rest.len()].copy_from_slice(rest);
        tail[rest.len()] = 0x80;
        let end = if rest.len() < 56 { 64 } else { 128 };
        let bits = (data.len() as u64).wrapping_mul(8);
        tail[end - 8..end].copy_from_slice(&bits.to_be_bytes());
        for block in tail[..end].chunks_exact(64) {
            compress(&mut state, block);
        }
        let mut out = [0u8; 32];
        for (chunk, word) in out.chunks_exact_mut(4).zip(state) {
            chunk.copy_from_slice(&word.to_be_bytes());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SALT_A: [u8; 16] = [7; 16];
    const SALT_B: [u8; 16] = [8; 16];

    #[test]
    fn sha256_matches_the_fips_test_vectors() {
        let cases: [(&[u8], &str); 4] = [
            (b"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (b"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            (
                b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
            ),
            (
                b"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
                "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1",
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(
                hex(&sha256::digest(input)),
                expected,
                "{:?}",
                String::from_utf8_lossy(input)
            );
        }
        assert_eq!(
            hex(&sha256::digest(&vec![b'a'; 1_000_000])),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        );
    }

    #[test]
    fn sha256_pads_every_length_around_a_block_edge() {
        // 55, 56 and 64 bytes take the one-block and two-block paths of the padding.
        let cases = [
            (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
            (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
            (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        ];
        for (n, expected) in cases {
            assert_eq!(hex(&sha256::digest(&vec![b'a'; n])), expected, "{n} bytes");
        }
    }

    #[test]
    fn the_derivation_is_pinned() {
        // Computed independently (Python's hashlib); a change here would lock
        // every ambassador out of their stored PIN.
        let h = PinHash::new("1234", core::array::from_fn(|i| i as u8)).unwrap();
        assert_eq!(
            hex(&h.hash),
            "40cc9fd302a642957c65970415e81ee5e7d4b7859edab4af7ee41d51e2bee54b"
        );
        let h = PinHash::new("482916", [0xff; 16]).unwrap();
        assert_eq!(
            hex(&h.hash),
            "ddd769dca2b67bfd99130094c8e53f95bce122c28eff9129ac2945d664036e8f"
        );
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
        assert!(text.starts_with("v1:0808"), "{text}");
        assert_eq!(text.len(), 3 + 32 + 1 + 64);
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
        assert_eq!(PinHash::from_storage(&text.replacen("v1", "v2", 1)), None);
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
