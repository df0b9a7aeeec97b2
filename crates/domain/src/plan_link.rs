//! The plan inside a link: a finished check written into the fragment of a
//! URL (`https://host/#p1.…`), so that a visitor can scan a QR code at a
//! market stand and take their plan home on their own phone. The fragment
//! never leaves the browser, so nothing is sent anywhere.
//!
//! A link holds a [`Snapshot`]: the language, a fingerprint of the check's
//! id and structure ([`shape_of`]), which names the check, the profile and
//! the answers. It is
//! written as `p<version>.` followed by base64url (no padding) of a bit
//! stream and a CRC-24 over the version and the stream.
//!
//! Version 2, the bit stream (most significant bit first; a "number" is
//! groups of 4 bits, lowest first, each followed by one bit that says
//! whether another group follows; no needless zero groups; a "name" is a
//! number, its length (1 to 64), then 7 bits per ASCII character, each one
//! of `a-z`, `A-Z`, `0-9` and `-`):
//!
//! - language: a name, its code (`nl`); one bit: the quick check (its
//!   result offers to go on with the full check); shape: 32 bits, which names the
//!   check (it is made from the check's id). A code and a fingerprint, not
//!   places in a list, so that a link keeps its meaning when a check or a
//!   language is added; the check's own id is not written, which keeps a
//!   whole plan at 54 characters (a QR code of 37×37 squares holds it with
//!   an address of up to 29 characters, 41×41 up to 51);
//! - the number of profile questions written, then per profile question one
//!   bit "answered" and, if answered, the number of option bits followed by
//!   those bits (bit n: option n chosen; the last bit is set);
//! - the number of questions written, the number of scenarios written, then
//!   one nibble per question and per scenario: 0 not answered, 1 don't know,
//!   2–14 option 0–12, 15 option 13 or more, followed by a number: the option
//!   minus 13;
//! - zero bits up to a whole byte, then the three bytes of the CRC.
//!
//! Version 1 began with two numbers instead of the language's name: the
//! check's and the language's places in the lists of that time (the check's
//! is not needed, the shape names it; the language's is read through
//! [`V1_LANGUAGES`]).
//!
//! The last profile question, question and scenario written is answered,
//! and indices are below [`LIMIT`]: there is one way to write each
//! snapshot, which the decoder insists on.
//!
//! Links live on in people's phones and on paper, so every future version
//! must keep a decoder and a test for every older version: add the new
//! version to [`VERSIONS_SUPPORTED`] and its sample link to the test that
//! walks that list, and never change an old sample.
//!
//! Decoding takes whatever a URL holds and never panics: every read is
//! checked and every failure is a [`LinkError`].

use std::collections::BTreeMap;

use super::check::Check;
use super::content::Kind;
use super::score::{Answer, Item};
use super::Lang;

/// The versions of the link that [`decode`] reads; [`encode`] writes the last.
pub const VERSIONS_SUPPORTED: &[u8] = &[1, 2];

/// Version 1 wrote the language as its place in the content's list, which
/// was this then. Frozen: links of that version live on in people's phones
/// and on paper.
pub const V1_LANGUAGES: &[&str] = &["nl", "en", "ar-XB"];

/// The longest name (check id, language code) a link holds.
const MAX_NAME: usize = 64;
// The prefix is written with one digit.
const _: () = assert!(VERSIONS_SUPPORTED[VERSIONS_SUPPORTED.len() - 1] < 10);

/// Indices (of profile questions, options, questions and scenarios) must be
/// below this to be written; a check has far fewer. It also bounds the work
/// of decoding.
pub const LIMIT: usize = 1024;

/// A check's answers, apart from the check itself: what a link carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    /// The language's code (`nl`).
    pub lang: String,
    /// The answers are of the quick check (`Route::Quick`).
    pub quick: bool,
    /// The check the answers belong to, by its id and structure
    /// ([`shape_of`]).
    pub shape: u32,
    /// Per profile question: the chosen options; see `Session`.
    pub profile: BTreeMap<usize, Vec<usize>>,
    pub answers: BTreeMap<Item, Answer>,
}

/// Why a link cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkError {
    /// There is no fragment.
    Empty,
    /// The fragment is something other than a plan (it does not start with
    /// `p` and a digit).
    NotAPlan,
    /// A plan from a version of the app this one does not know (newer).
    UnknownVersion,
    /// Characters that do not belong, a wrong length, a part missing or a
    /// checksum that does not match: the link was damaged on its way.
    Damaged,
    /// The plan belongs to a check that is not in the content, or whose
    /// questions have changed since.
    OtherCheck,
    /// The plan's language is not in the content.
    UnknownLanguage,
}

/// A 32-bit fingerprint (FNV-1a) of a check's structure: its kind and the
/// ids, in order, of its profile questions, questions and scenarios and of
/// their options. Texts are left out, so correcting a text keeps old links
/// working; adding, removing or reordering questions or options does not.
pub fn shape_of(check: &Check) -> u32 {
    let mut h = Fnv::default();
    h.str(check.kind);
    let profile = check.profile.iter().map(|q| (q.id, q.options.iter().map(|o| o.id)));
    let questions = check.questions.iter().map(|q| (q.id, q.options.iter().map(|o| o.id)));
    let scenarios = check.scenarios.iter().map(|s| (s.id, s.options.iter().map(|o| o.id)));
    h.list(b'P', profile);
    h.list(b'Q', questions);
    h.list(b'S', scenarios);
    h.0
}

struct Fnv(u32);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0x811c_9dc5)
    }
}

impl Fnv {
    fn byte(&mut self, b: u8) {
        self.0 = (self.0 ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }

    /// A string and a separator (ids never hold a zero byte).
    fn str(&mut self, s: &str) {
        s.bytes().for_each(|b| self.byte(b));
        self.byte(0);
    }

    /// A marker and a length: the start of a list.
    fn len(&mut self, marker: u8, len: usize) {
        self.byte(marker);
        (len as u64).to_le_bytes().iter().for_each(|&b| self.byte(b));
    }

    /// A list of ids with their options' ids. Every list starts with its
    /// length and every id ends with a zero byte, so no two structures run
    /// together.
    fn list<'a, O>(&mut self, marker: u8, items: impl ExactSizeIterator<Item = (&'a str, O)>)
    where
        O: ExactSizeIterator<Item = &'a str>,
    {
        self.len(marker, items.len());
        for (id, options) in items {
            self.str(id);
            self.len(b'o', options.len());
            options.for_each(|o| self.str(o));
        }
    }
}

/// Writes a snapshot as a link fragment (without the `#`), in the newest
/// version: see [`encode_parts`].
pub fn encode(snap: &Snapshot) -> String {
    encode_parts(&snap.lang, snap.quick, snap.shape, &snap.profile, &snap.answers)
}

/// Writes a check's answers as a link fragment (without the `#`), in the
/// newest version, straight from the session's own maps. Profile options
/// are written as a set (sorted, once each), and indices of [`LIMIT`] or
/// more are left out; a session has neither, and comes back from
/// [`decode`] exactly.
pub fn encode_parts(
    lang: &str,
    quick: bool,
    shape: u32,
    profile: &BTreeMap<usize, Vec<usize>>,
    answers: &BTreeMap<Item, Answer>,
) -> String {
    let head = |w: &mut BitWriter| {
        w.name(lang);
        w.bit(quick);
    };
    let stream = body(head, shape, profile, answers);
    seal(*VERSIONS_SUPPORTED.last().unwrap_or(&2), stream)
}

/// The bit stream after the head (the language, written by `head`).
fn body(
    head: impl FnOnce(&mut BitWriter),
    shape: u32,
    profile: &BTreeMap<usize, Vec<usize>>,
    answers: &BTreeMap<Item, Answer>,
) -> Vec<u8> {
    let mut w = BitWriter::default();
    head(&mut w);
    w.bits(u64::from(shape), 32);

    // The profile: a mask of the chosen options per question, up to the
    // last question with one written.
    let width = |chosen: &Vec<usize>| chosen.iter().filter(|&&o| o < LIMIT).max().map_or(0, |&o| o + 1);
    let count = profile.keys().filter(|&&q| q < LIMIT).max().map_or(0, |&q| q + 1);
    w.number(count);
    for q in 0..count {
        match profile.get(&q) {
            None => w.bit(false),
            Some(chosen) => {
                w.bit(true);
                let width = width(chosen);
                w.number(width);
                (0..width).for_each(|o| w.bit(chosen.contains(&o)));
            }
        }
    }

    let written = |item: &Item, answer: &Answer| {
        let (Item::Question(i) | Item::Scenario(i)) = *item;
        i < LIMIT && !matches!(*answer, Answer::Option(o) if o >= LIMIT)
    };
    let last = |scenario: bool| {
        answers
            .iter()
            .filter(|(item, answer)| written(item, answer))
            .filter_map(|(&item, _)| match item {
                Item::Question(i) if !scenario => Some(i + 1),
                Item::Scenario(i) if scenario => Some(i + 1),
                _ => None,
            })
            .max()
            .unwrap_or(0)
    };
    let (questions, scenarios) = (last(false), last(true));
    w.number(questions);
    w.number(scenarios);
    let items = (0..questions)
        .map(Item::Question)
        .chain((0..scenarios).map(Item::Scenario));
    for item in items {
        match answers
            .get_key_value(&item)
            .filter(|(i, a)| written(i, a))
            .map(|(_, &a)| a)
        {
            None => w.bits(0, 4),
            Some(Answer::DontKnow) => w.bits(1, 4),
            Some(Answer::Option(o)) if o < 13 => w.bits(o as u64 + 2, 4),
            Some(Answer::Option(o)) => {
                w.bits(15, 4);
                w.number(o - 13);
            }
        }
    }

    w.bytes
}

/// The link of a payload: the version prefix and base64url of the payload
/// followed by its CRC-24.
fn seal(version: u8, mut payload: Vec<u8>) -> String {
    let crc = crc24(version, &payload);
    payload.extend_from_slice(&crc.to_be_bytes()[1..]);
    let mut link = String::from("p");
    link.push(char::from(b'0' + version % 10));
    link.push('.');
    link.push_str(&base64url(&payload));
    link
}

/// Reads a link fragment (with or without the leading `#`). It checks the
/// link itself, not whether it fits the content: see [`decode_for_content`].
pub fn decode(fragment: &str) -> Result<Snapshot, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment).as_bytes();
    if fragment.is_empty() {
        return Err(LinkError::Empty);
    }
    let Some((&b'p', rest)) = fragment.split_first() else {
        return Err(LinkError::NotAPlan);
    };
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits == 0 {
        return Err(LinkError::NotAPlan);
    }
    let (number, rest) = rest.split_at(digits);
    let Some((&b'.', body)) = rest.split_first() else {
        return Err(LinkError::Damaged);
    };
    match number {
        b"1" => decode_body(1, body),
        b"2" => decode_body(2, body),
        _ => Err(LinkError::UnknownVersion),
    }
}

/// Reads a link and checks it against the content: a check must have its
/// shape, and the language must exist. Indices the check does
/// not have are left for `Session::restore` to drop.
pub fn decode_for_content(fragment: &str) -> Result<(&'static Check, Snapshot), LinkError> {
    let snap = decode(fragment)?;
    let check = Kind::all()
        .map(Kind::check)
        .find(|&c| shape_of(c) == snap.shape)
        .ok_or(LinkError::OtherCheck)?;
    if Lang::from_code(&snap.lang).is_none() {
        return Err(LinkError::UnknownLanguage);
    }
    Ok((check, snap))
}

fn decode_body(version: u8, body: &[u8]) -> Result<Snapshot, LinkError> {
    let bytes = unbase64url(body).ok_or(LinkError::Damaged)?;
    let split = bytes.len().checked_sub(3).ok_or(LinkError::Damaged)?;
    let (payload, sum) = bytes.split_at(split);
    let expected = crc24(version, payload).to_be_bytes();
    if sum != &expected[1..] {
        return Err(LinkError::Damaged);
    }

    let mut r = BitReader { bytes: payload, pos: 0 };
    let (lang, quick) = if version == 1 {
        // The check's place, then the language's; a place the list of that
        // time did not have reads as no language at all. Version 1 had no
        // quick check.
        r.number()?;
        let lang = V1_LANGUAGES
            .get(r.number()?)
            .map_or_else(String::new, |s| s.to_string());
        (lang, false)
    } else {
        (r.name()?, r.bit()?)
    };
    let shape = u32::try_from(r.bits(32)?).map_err(|_| LinkError::Damaged)?;

    let mut profile = BTreeMap::new();
    let count = r.count()?;
    for q in 0..count {
        let answered = r.bit()?;
        if !answered {
            if q + 1 == count {
                return Err(LinkError::Damaged);
            }
            continue;
        }
        let width = r.count()?;
        let mut chosen = Vec::new();
        for o in 0..width {
            if r.bit()? {
                chosen.push(o);
            } else if o + 1 == width {
                return Err(LinkError::Damaged);
            }
        }
        profile.insert(q, chosen);
    }

    let mut answers = BTreeMap::new();
    let questions = r.count()?;
    let scenarios = r.count()?;
    let items = (0..questions)
        .map(Item::Question)
        .chain((0..scenarios).map(Item::Scenario));
    for item in items {
        let answer = match r.bits(4)? {
            0 => None,
            1 => Some(Answer::DontKnow),
            15 => {
                let o = r
                    .number()?
                    .checked_add(13)
                    .filter(|&o| o < LIMIT)
                    .ok_or(LinkError::Damaged)?;
                Some(Answer::Option(o))
            }
            n => Some(Answer::Option(n as usize - 2)),
        };
        let last = match item {
            Item::Question(i) => i + 1 == questions,
            Item::Scenario(i) => i + 1 == scenarios,
        };
        match answer {
            Some(answer) => {
                answers.insert(item, answer);
            }
            None if last => return Err(LinkError::Damaged),
            None => {}
        }
    }

    r.end()?;
    Ok(Snapshot {
        lang,
        quick,
        shape,
        profile,
        answers,
    })
}

/// CRC-24 as in OpenPGP (RFC 4880) over the version byte and the payload.
/// It catches every change of up to 24 bits in a row, so every single
/// mistyped character.
fn crc24(version: u8, payload: &[u8]) -> u32 {
    let mut crc: u32 = 0x00b7_04ce;
    for &b in std::iter::once(&version).chain(payload) {
        crc ^= u32::from(b) << 16;
        for _ in 0..8 {
            crc <<= 1;
            if crc & 0x0100_0000 != 0 {
                crc ^= 0x0186_4cfb;
            }
        }
    }
    crc & 0x00ff_ffff
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

/// Base64url without padding; `None` for a character outside the alphabet,
/// an impossible length or bits set after the last byte.
fn unbase64url(text: &[u8]) -> Option<Vec<u8>> {
    let sextet = |c: u8| ALPHABET.iter().position(|&a| a == c).map(|v| v as u32);
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.chunks(4) {
        let mut n: u32 = 0;
        for (i, &c) in chunk.iter().enumerate() {
            n |= sextet(c)? << (18 - 6 * i);
        }
        let bytes = n.to_be_bytes();
        let (keep, rest) = match chunk.len() {
            4 => (&bytes[1..4], &bytes[4..]),
            3 => (&bytes[1..3], &bytes[3..]),
            2 => (&bytes[1..2], &bytes[2..]),
            _ => return None,
        };
        if rest.iter().any(|&b| b != 0) {
            return None;
        }
        out.extend_from_slice(keep);
    }
    Some(out)
}

#[derive(Default)]
struct BitWriter {
    bytes: Vec<u8>,
    len: usize,
}

impl BitWriter {
    fn bit(&mut self, bit: bool) {
        if self.len.is_multiple_of(8) {
            self.bytes.push(0);
        }
        if bit {
            if let Some(last) = self.bytes.last_mut() {
                *last |= 0x80 >> (self.len % 8);
            }
        }
        self.len += 1;
    }

    fn bits(&mut self, value: u64, n: u32) {
        (0..n).rev().for_each(|i| self.bit((value >> i) & 1 == 1));
    }

    /// A name: its length, then 7 bits per character.
    fn name(&mut self, name: &str) {
        self.number(name.len());
        name.bytes().for_each(|b| self.bits(u64::from(b & 0x7f), 7));
    }

    /// Groups of 4 bits, lowest first, each followed by "more follows".
    fn number(&mut self, mut value: usize) {
        loop {
            self.bits((value & 15) as u64, 4);
            value >>= 4;
            self.bit(value != 0);
            if value == 0 {
                break;
            }
        }
    }
}

struct BitReader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl BitReader<'_> {
    fn bit(&mut self) -> Result<bool, LinkError> {
        let byte = self.bytes.get(self.pos / 8).ok_or(LinkError::Damaged)?;
        let bit = (byte >> (7 - self.pos % 8)) & 1 == 1;
        self.pos += 1;
        Ok(bit)
    }

    /// Up to 64 bits.
    fn bits(&mut self, n: u32) -> Result<u64, LinkError> {
        let mut value: u64 = 0;
        for _ in 0..n.min(64) {
            value = (value << 1) | u64::from(self.bit()?);
        }
        Ok(value)
    }

    /// A number of at most three groups (below 4096), written the one way.
    fn number(&mut self) -> Result<usize, LinkError> {
        let mut value = 0;
        for group in 0..3 {
            let part = self.bits(4)? as usize;
            value |= part << (4 * group);
            if !self.bit()? {
                return if group > 0 && part == 0 {
                    Err(LinkError::Damaged)
                } else {
                    Ok(value)
                };
            }
        }
        Err(LinkError::Damaged)
    }

    /// A name of 1 to [`MAX_NAME`] characters from `a-z`, `A-Z`, `0-9`, `-`.
    fn name(&mut self) -> Result<String, LinkError> {
        let len = self.number()?;
        if !(1..=MAX_NAME).contains(&len) {
            return Err(LinkError::Damaged);
        }
        let mut name = String::with_capacity(len);
        for _ in 0..len {
            let c = char::from(self.bits(7)? as u8);
            if !(c.is_ascii_alphanumeric() || c == '-') {
                return Err(LinkError::Damaged);
            }
            name.push(c);
        }
        Ok(name)
    }

    /// A count of entries, at most [`LIMIT`].
    fn count(&mut self) -> Result<usize, LinkError> {
        Some(self.number()?).filter(|&n| n <= LIMIT).ok_or(LinkError::Damaged)
    }

    /// Only zero bits up to the end of the byte, and no bytes after it.
    fn end(&mut self) -> Result<(), LinkError> {
        while !self.pos.is_multiple_of(8) {
            if self.bit()? {
                return Err(LinkError::Damaged);
            }
        }
        if self.pos / 8 == self.bytes.len() {
            Ok(())
        } else {
            Err(LinkError::Damaged)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{check_by_kind, CHECKS};
    use crate::session::{Session, Step};

    /// Every profile question with every option (a single choice keeps the
    /// first), every question and scenario answered, some with "don't know".
    fn full(check: &'static Check) -> Session {
        let mut s = Session::new(check);
        for (q, question) in check.profile.iter().enumerate() {
            s.choose_profile(q, &(0..question.options.len()).collect::<Vec<_>>());
        }
        for (i, q) in check.questions.iter().enumerate() {
            let answer = if i % 5 == 4 {
                Answer::DontKnow
            } else {
                Answer::Option(i % q.options.len())
            };
            s.set_answer(Item::Question(i), answer);
        }
        for (i, sc) in check.scenarios.iter().enumerate() {
            s.set_answer(Item::Scenario(i), Answer::Option(sc.options.len() - 1));
        }
        s
    }

    fn partial(check: &'static Check) -> Session {
        let mut s = Session::new(check);
        s.choose_profile(0, &[1]);
        s.choose_profile(1, &[]);
        s.set_answer(Item::Question(0), Answer::Option(0));
        s.set_answer(Item::Question(2), Answer::DontKnow);
        s.set_answer(Item::Scenario(check.scenarios.len() - 1), Answer::Option(0));
        s
    }

    fn sessions() -> Vec<Session> {
        CHECKS
            .iter()
            .flat_map(|&c| [Session::new(c), partial(c), full(c)])
            .collect()
    }

    fn links() -> Vec<String> {
        sessions()
            .iter()
            .map(|s| encode(&s.snapshot(Lang::default())))
            .collect()
    }

    /// What a link that decodes must be: the one way to write its snapshot
    /// (a version 1 link: the same plan when written as the newest), and, if
    /// it fits the content, a session that shows a result.
    fn assert_sound(input: &str, snap: &Snapshot) {
        let body = input.strip_prefix('#').unwrap_or(input);
        if body.starts_with("p1.") {
            // A language of no list of that time is no language: nothing to
            // write then.
            if !snap.lang.is_empty() {
                let again = decode(&encode(snap));
                assert_eq!(again.as_ref(), Ok(snap), "the same plan in the newest version");
            }
        } else {
            assert_eq!(encode(snap), body, "one way to write each snapshot");
        }
        if let Ok((check, snap)) = decode_for_content(input) {
            let session = Session::restore(check, &snap);
            assert_eq!(session.step(), Step::Result);
            let _ = session.outcome();
        }
    }

    /// xorshift64: reproducible noise without a crate.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            let mut x = self.0;
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            self.0 = x;
            x
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }

        /// Mostly link characters, sometimes anything Unicode has.
        fn char(&mut self) -> char {
            match self.below(10) {
                0..=4 => char::from(ALPHABET[self.below(64)]),
                5 => ['p', '1', '.', '#', '9'][self.below(5)],
                _ => char::from_u32(self.next() as u32 % 0x11_0000).unwrap_or('\u{fffd}'),
            }
        }
    }

    #[test]
    fn sessions_of_both_checks_round_trip() {
        for session in sessions() {
            let check = session.check();
            for lang in Lang::all() {
                let snap = session.snapshot(lang);
                let link = encode(&snap);
                assert_eq!(session.link(lang), link, "the session writes the same link");
                assert!(link.starts_with("p2."), "{link}");
                assert!(link[3..].bytes().all(|b| ALPHABET.contains(&b)), "{link}");
                assert_eq!(decode(&link), Ok(snap.clone()));
                assert_eq!(decode(&format!("#{link}")), Ok(snap.clone()));
                let (found, decoded) = decode_for_content(&format!("#{link}")).expect("fits the content");
                assert!(std::ptr::eq(found, check));
                let restored = Session::restore(found, &decoded);
                assert_eq!(restored.step(), Step::Result);
                assert_eq!(restored.snapshot(lang), snap);
                assert_eq!(restored.outcome(), session.outcome());
            }
        }
    }

    #[test]
    fn a_whole_plan_of_either_check_is_short() {
        for &check in CHECKS {
            for lang in Lang::all() {
                let link = encode(&full(check).snapshot(lang));
                println!("a whole {} plan: {} characters: {link}", check.kind, link.len());
                // With the `#`, an address of up to 29 characters keeps the
                // whole link within a version 5 QR code (84 bytes at error
                // correction M, 37×37 modules), up to 51 within version 6.
                assert!(
                    link.len() <= 54 + lang.code().len() - 2,
                    "{} characters: {link}",
                    link.len()
                );
            }
        }
    }

    #[test]
    fn restore_drops_what_the_check_does_not_have() {
        let check = check_by_kind("resident").expect("the resident check");
        let mut snap = full(check).snapshot(Lang::default());
        snap.profile.insert(check.profile.len(), vec![0]);
        snap.profile.insert(0, vec![0, 99]);
        snap.answers
            .insert(Item::Question(check.questions.len()), Answer::Option(0));
        snap.answers.insert(Item::Scenario(0), Answer::DontKnow);
        let (_, decoded) = decode_for_content(&encode(&snap)).expect("still this check");
        let restored = Session::restore(check, &decoded);
        assert_eq!(restored.profile_choice(check.profile.len()), None);
        assert_eq!(restored.profile_choice(0), Some(&[0][..]));
        assert_eq!(restored.answer(Item::Question(check.questions.len())), None);
        assert_eq!(restored.answer(Item::Scenario(0)), None);
        assert_eq!(restored.step(), Step::Result);
    }

    #[test]
    fn every_single_character_change_and_truncation_is_caught() {
        let check = check_by_kind("resident").expect("the resident check");
        let link = encode(&full(check).snapshot(Lang::default()));
        let chars: Vec<char> = link.chars().collect();
        let others: Vec<char> = ALPHABET
            .iter()
            .map(|&b| char::from(b))
            .chain(['.', '#', 'é', '€'])
            .collect();
        for at in 0..chars.len() {
            for &c in others.iter().filter(|&&c| c != chars[at]) {
                let mut changed = chars.clone();
                changed[at] = c;
                let changed: String = changed.into_iter().collect();
                // The CRC catches any change of up to 24 bits in a row.
                assert!(decode(&changed).is_err(), "{changed}");
            }
            let mut deleted = chars.clone();
            deleted.remove(at);
            let deleted: String = deleted.into_iter().collect();
            if let Ok(snap) = decode(&deleted) {
                assert_sound(&deleted, &snap);
            }
        }
        for end in 0..link.len() {
            match decode(&link[..end]) {
                Ok(snap) => assert_sound(&link[..end], &snap),
                Err(e) => assert_ne!(e, LinkError::OtherCheck),
            }
        }
    }

    #[test]
    fn random_strings_never_panic() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let mut decoded = 0;
        for n in 0..20_000 {
            let len = rng.below(200);
            let mut text: String = if n % 2 == 0 { "p1.".into() } else { String::new() };
            text.extend((0..len).map(|_| rng.char()));
            if let Ok(snap) = decode(&text) {
                decoded += 1;
                assert_sound(&text, &snap);
            }
            let _ = decode_for_content(&text);
        }
        assert!(decoded <= 2, "{decoded} random strings decoded");
    }

    #[test]
    fn random_changes_to_real_links_never_panic() {
        let links = links();
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        let mut collisions = 0;
        for n in 0..20_000 {
            let link = &links[n % links.len()];
            let mut chars: Vec<char> = link.chars().collect();
            for _ in 0..=rng.below(3) {
                let at = rng.below(chars.len() + 1);
                match rng.below(4) {
                    0 if at < chars.len() => chars[at] = rng.char(),
                    1 => chars.insert(at, rng.char()),
                    2 if at < chars.len() => {
                        chars.remove(at);
                    }
                    _ if at + 1 < chars.len() => chars.swap(at, at + 1),
                    _ => {}
                }
            }
            let text: String = chars.into_iter().collect();
            if let Ok(snap) = decode(&text) {
                assert_sound(&text, &snap);
                // A leading '#' is the same link; only another plan counts.
                if decode(link).ok() != Some(snap) {
                    collisions += 1;
                }
            }
            let _ = decode_for_content(&text);
        }
        assert!(collisions <= 2, "{collisions} changed links decoded to another plan");
    }

    /// Past the checksum: random payloads, and real ones with random bits
    /// flipped, sealed with a good CRC, so that the bit reader sees them.
    #[test]
    fn random_payloads_with_a_good_checksum_never_panic() {
        let payloads: Vec<Vec<u8>> = links()
            .iter()
            .map(|l| {
                let bytes = unbase64url(&l.as_bytes()[3..]).expect("base64url");
                bytes[..bytes.len() - 3].to_vec()
            })
            .collect();
        let mut rng = Rng(0xdead_beef_cafe_f00d);
        let mut decoded = 0;
        for n in 0..40_000 {
            let payload = if n % 2 == 0 {
                (0..rng.below(60)).map(|_| rng.next() as u8).collect()
            } else {
                let mut p = payloads[n % payloads.len()].clone();
                for _ in 0..=rng.below(3) {
                    let bit = rng.below(p.len() * 8 + 8);
                    match p.get_mut(bit / 8) {
                        Some(byte) => *byte ^= 0x80 >> (bit % 8),
                        None => p.push(rng.next() as u8),
                    }
                }
                if rng.below(8) == 0 {
                    p.truncate(rng.below(p.len() + 1));
                }
                p
            };
            let link = seal(1 + (n % 4 == 1) as u8, payload);
            if let Ok(snap) = decode(&link) {
                decoded += 1;
                assert_sound(&link, &snap);
            }
            let _ = decode_for_content(&link);
        }
        // Many flipped bits land in answers and still make a plan.
        assert!(decoded > 1_000, "only {decoded} decoded");
    }

    #[test]
    fn another_shape_kind_or_language_is_refused() {
        let check = check_by_kind("resident").expect("the resident check");
        let snap = full(check).snapshot(Lang::default());
        let other = Snapshot {
            shape: snap.shape ^ 1,
            ..snap.clone()
        };
        assert!(decode(&encode(&other)).is_ok());
        assert_eq!(decode_for_content(&encode(&other)).err(), Some(LinkError::OtherCheck));
        let lang = Snapshot {
            lang: "xx".into(),
            ..snap
        };
        assert_eq!(
            decode_for_content(&encode(&lang)).err(),
            Some(LinkError::UnknownLanguage)
        );
    }

    #[test]
    fn what_is_not_a_plan_of_this_version_says_so() {
        let link = links().pop().expect("a link");
        let body = &link[3..];
        for prefix in ["p9.", "p3.", "p0.", "p10.", "p01.", "p99999999999999999999."] {
            assert_eq!(
                decode(&format!("#{prefix}{body}")),
                Err(LinkError::UnknownVersion),
                "{prefix}"
            );
        }
        assert_eq!(decode(""), Err(LinkError::Empty));
        assert_eq!(decode("#"), Err(LinkError::Empty));
        assert_eq!(decode("#main"), Err(LinkError::NotAPlan));
        assert_eq!(decode("##p1.AAAA"), Err(LinkError::NotAPlan));
        assert_eq!(decode("p1"), Err(LinkError::Damaged));
        assert_eq!(decode("p1."), Err(LinkError::Damaged));
        assert_eq!(decode(&format!("p1.{body}=")), Err(LinkError::Damaged));
        assert_eq!(decode(&format!("p1.{body}A")), Err(LinkError::Damaged));
    }

    /// A sample link of every version, written once and never changed: each
    /// future version must keep decoding all of them.
    fn sample(version: u8) -> (&'static str, Snapshot) {
        let snap = Snapshot {
            lang: "en".into(),
            quick: version >= 2,
            shape: 0xdead_beef,
            profile: BTreeMap::from([(0, vec![0, 2]), (1, vec![]), (3, vec![1])]),
            answers: BTreeMap::from([
                (Item::Question(0), Answer::Option(1)),
                (Item::Question(2), Answer::DontKnow),
                (Item::Question(3), Answer::Option(20)),
                (Item::Scenario(1), Answer::Option(0)),
            ]),
        };
        match version {
            1 => ("p1.ELerb7vRNYEighgPuAiRdTo", snap),
            2 => ("p2.Jl3d6tvu9E1gSKCGA-4Cp7Uj", snap),
            _ => panic!("no sample link for version {version}: add one"),
        }
    }

    #[test]
    fn every_supported_version_still_decodes() {
        for &version in VERSIONS_SUPPORTED {
            let (link, snap) = sample(version);
            assert_eq!(decode(link), Ok(snap), "version {version}");
        }
        let newest = VERSIONS_SUPPORTED.last().copied().expect("a version");
        let (link, snap) = sample(newest);
        assert_eq!(encode(&snap), link, "the newest version is written");
    }

    #[test]
    fn a_version_1_link_names_its_language_by_the_list_of_then() {
        // Written by the app of that time: the resident check, in English.
        let check = check_by_kind("resident").expect("the resident check");
        let mut snap = full(check).snapshot(Lang::from_code("en").expect("English"));
        let v1_head = |w: &mut BitWriter| {
            w.number(0);
            w.number(1);
        };
        let stream = body(v1_head, snap.shape, &snap.profile, &snap.answers);
        let v1 = seal(1, stream);
        assert_eq!(decode(&v1), Ok(snap.clone()));
        assert_eq!(decode_for_content(&v1).map(|(c, _)| c.kind), Ok("resident"));
        // A place the list of that time did not have is no language.
        let mut w = BitWriter::default();
        w.number(7);
        w.number(9);
        w.bits(u64::from(snap.shape), 32);
        (0..3).for_each(|_| w.number(0));
        let odd = seal(1, w.bytes);
        snap.lang.clear();
        assert_eq!(decode(&odd).map(|s| s.lang), Ok(String::new()));
        assert_eq!(decode_for_content(&odd).err(), Some(LinkError::UnknownLanguage));
    }

    #[test]
    fn every_check_has_a_shape_of_its_own() {
        // The shape names the check in a link: no two checks may share one.
        let shapes: std::collections::BTreeSet<u32> = CHECKS.iter().map(|&c| shape_of(c)).collect();
        assert_eq!(shapes.len(), CHECKS.len());
    }

    #[test]
    fn names_in_a_link_are_plain_and_short() {
        let mut w = BitWriter::default();
        w.name("né");
        w.bits(0, 32);
        (0..3).for_each(|_| w.number(0));
        assert_eq!(decode(&seal(2, w.bytes)), Err(LinkError::Damaged), "not ASCII");
        let long = "a".repeat(MAX_NAME + 1);
        let mut w = BitWriter::default();
        w.name(&long);
        w.bits(0, 32);
        (0..3).for_each(|_| w.number(0));
        assert_eq!(decode(&seal(2, w.bytes)), Err(LinkError::Damaged), "too long");
    }

    /// [`shape_of`] over lists written out by hand.
    fn fingerprint(kind: &str, lists: [Vec<(&str, Vec<&str>)>; 3]) -> u32 {
        let mut h = Fnv::default();
        h.str(kind);
        for (marker, list) in [b'P', b'Q', b'S'].into_iter().zip(&lists) {
            h.list(marker, list.iter().map(|(id, options)| (*id, options.iter().copied())));
        }
        h.0
    }

    #[test]
    fn the_shape_follows_ids_and_order_only() {
        let resident = check_by_kind("resident").expect("the resident check");
        let business = check_by_kind("business").expect("the business check");
        assert_eq!(shape_of(resident), shape_of(resident));
        assert_ne!(shape_of(resident), shape_of(business));
        let base = || {
            [
                vec![("devices", vec!["phone", "tablet"])],
                vec![("backup", vec!["yes", "no"]), ("updates", vec!["auto", "no"])],
                vec![("bank-call", vec!["hang-up", "give-code"])],
            ]
        };
        let shape = fingerprint("resident", base());
        let mut reordered = base();
        reordered[1].swap(0, 1);
        let mut added = base();
        added[2].push(("parcel", vec!["ignore"]));
        let mut option_moved = base();
        option_moved[0][0].1.pop();
        option_moved[1][0].1.push("tablet");
        let mut renamed = base();
        renamed[1][1].1[0] = "automatic";
        let [p, q, s] = base();
        let shifted = [vec![], p, {
            let mut qs = q;
            qs.extend(s);
            qs
        }];
        for other in [reordered, added, option_moved, renamed, shifted] {
            assert_ne!(fingerprint("resident", other), shape);
        }
        assert_ne!(fingerprint("business", base()), shape);
        assert_eq!(fingerprint("resident", base()), shape);
    }
}
