//! The QR code of the take-home link, as one SVG path, so that a visitor at
//! a market stand can scan their plan onto their own phone. Made on the
//! device; nothing is sent anywhere.
//!
//! A small encoder of our own rather than a general QR library, because
//! every byte of the app counts. It does only what the link needs: the
//! text's UTF-8 bytes in byte mode, error correction level Medium (15 % of
//! the code may be smudged or covered), and versions 1 to 6, so up to 106
//! bytes; longer text gives no code. The smallest version that holds the
//! text is used: the fewer and larger the modules, the farther away a phone
//! can read it. It follows ISO/IEC 18004 and chooses the mask the same way
//! as the `qrcodegen` crate, and the tests check that both give the same
//! code, module for module.

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
    /// The QR version (1 to 6 here): the size is 17 + 4 × version.
    pub fn version(&self) -> u32 {
        (self.size.saturating_sub(17)) / 4
    }

    /// The `viewBox` that shows the code with its quiet zone.
    pub fn view_box(&self) -> String {
        let side = self.size + 2 * QUIET_ZONE;
        format!("-{QUIET_ZONE} -{QUIET_ZONE} {side} {side}")
    }

    /// The code as a whole SVG image, hidden from screen readers (the
    /// element around it says what it is).
    pub fn svg(&self) -> String {
        format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="{}" shape-rendering="crispEdges" aria-hidden="true"><path d="{}"/></svg>"#,
            self.view_box(),
            self.path
        )
    }
}

/// Per version 1 to 6 at level Medium: the error-correction codewords per
/// block, and the number of blocks. Up to version 6 the blocks of a version
/// are all of the same length, so there are no longer blocks to put last.
const BLOCKS: [(usize, usize); 6] = [(10, 1), (16, 1), (26, 1), (18, 2), (24, 2), (16, 4)];

/// The most bytes a code holds: version 6 at level Medium.
pub const MAX_BYTES: usize = 106;

/// The QR code of `text`; `None` if the text is longer than [`MAX_BYTES`].
pub fn svg_path(text: &str) -> Option<Qr> {
    let bytes = text.as_bytes();
    let len = bytes.len();
    // The smallest version whose data codewords hold the 4-bit mode, the
    // 8-bit length and the bytes (the 4 bits round up to a codeword).
    let mut fit = None;
    for (v, &(ecc, blocks)) in (1..).zip(BLOCKS.iter()) {
        // All modules but the function patterns (and, from version 2, the
        // alignment pattern), in whole codewords.
        let total = ((16 * v + 128) * v + 64 - if v > 1 { 25 } else { 0 }) / 8;
        if len + 2 <= total - ecc * blocks {
            fit = Some((v, total, ecc, blocks));
            break;
        }
    }
    let (version, total, ecc, blocks) = fit?;
    let size = 17 + 4 * version;

    // The data codewords: mode 0100 (bytes), the length, the bytes, the
    // terminator 0000, then the pad codewords 0xEC and 0x11 in turn.
    let data_len = total - ecc * blocks;
    let mut data = Vec::with_capacity(total);
    data.push(0x40 | (len >> 4) as u8);
    let mut low = len as u8;
    for &b in bytes {
        data.push(low << 4 | b >> 4);
        low = b;
    }
    data.push(low << 4);
    let mut pad = 0xEC;
    while data.len() < data_len {
        data.push(pad);
        pad ^= 0xEC ^ 0x11;
    }

    // Each block's error-correction codewords, then all codewords
    // interleaved: the first codeword of every block, then the second, ...
    let per_block = data_len / blocks;
    let mut eccs = Vec::with_capacity(ecc * blocks);
    for block in data.chunks(per_block.max(1)) {
        eccs.extend(reed_solomon(block, ecc));
    }
    let mut codewords = Vec::with_capacity(total);
    for (part, step) in [(&data, per_block), (&eccs, ecc)] {
        for i in 0..step {
            for k in 0..blocks {
                codewords.push(*part.get(k * step + i)?);
            }
        }
    }

    let mut grid = Grid {
        size,
        modules: vec![0; size * size],
    };
    // The timing patterns, then the finder patterns with their light
    // separators over them, the alignment pattern, and room for the format
    // information (drawn for real once the mask is known).
    for i in 0..size {
        grid.fix(6, i, i % 2 == 0);
        grid.fix(i, 6, i % 2 == 0);
    }
    // Rings around the centre, dark where the bit of their distance is set.
    grid.square(3, 3, 4, 0b01011);
    grid.square(size - 4, 3, 4, 0b01011);
    grid.square(3, size - 4, 4, 0b01011);
    if version > 1 {
        grid.square(size - 7, size - 7, 2, 0b101);
    }
    grid.format(0);

    // The codewords' bits, most significant first, in two-module-wide
    // columns from the right, going up and down in turn, around the
    // function patterns; the vertical timing pattern is skipped over.
    let mut bit = 0;
    for pair in 0..(size - 1) / 2 {
        let mut right = size - 1 - 2 * pair;
        if right <= 6 {
            right -= 1;
        }
        let upward = (right + 1) & 2 == 0;
        for vert in 0..size {
            let y = if upward { size - 1 - vert } else { vert };
            for x in [right, right - 1] {
                if grid.at(x, y) & FIXED == 0 {
                    let dark = codewords.get(bit / 8).is_some_and(|c| c >> (7 - bit % 8) & 1 != 0);
                    grid.set(x, y, u8::from(dark));
                    bit += 1;
                }
            }
        }
    }

    // The mask with the lowest penalty; the lowest number on a tie.
    let mut best = (usize::MAX, 0);
    for mask in 0..8 {
        grid.mask(mask);
        grid.format(mask);
        let penalty = grid.penalty();
        if penalty < best.0 {
            best = (penalty, mask);
        }
        grid.mask(mask);
    }
    grid.mask(best.1);
    grid.format(best.1);

    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            let start = x;
            while x < size && grid.at(x, y) & DARK != 0 {
                x += 1;
            }
            if x == start {
                x += 1;
                continue;
            }
            let run = x - start;
            path.push('M');
            path.push_str(&start.to_string());
            path.push(' ');
            path.push_str(&y.to_string());
            path.push('h');
            path.push_str(&run.to_string());
            path.push_str("v1h-");
            path.push_str(&run.to_string());
            path.push('z');
        }
    }
    Some(Qr {
        size: u32::try_from(size).ok()?,
        path,
    })
}

/// A module's bits: dark, and part of a function pattern (not data, so not
/// masked).
const DARK: u8 = 1;
const FIXED: u8 = 2;

/// The modules, row by row.
struct Grid {
    size: usize,
    modules: Vec<u8>,
}

impl Grid {
    /// Where module (x, y) is in `modules`; `None` outside the code.
    fn index(&self, x: usize, y: usize) -> Option<usize> {
        (x < self.size && y < self.size).then(|| y * self.size + x)
    }

    /// The module's bits; 0 (light) outside the code.
    fn at(&self, x: usize, y: usize) -> u8 {
        self.index(x, y).and_then(|i| self.modules.get(i)).copied().unwrap_or(0)
    }

    /// Sets a module; nothing outside the code.
    fn set(&mut self, x: usize, y: usize, bits: u8) {
        if let Some(m) = self.index(x, y).and_then(|i| self.modules.get_mut(i)) {
            *m = bits;
        }
    }

    /// Sets a module of a function pattern.
    fn fix(&mut self, x: usize, y: usize, dark: bool) {
        self.set(x, y, FIXED | u8::from(dark));
    }

    /// A square pattern of square rings around (cx, cy), out to `radius`:
    /// the ring at distance d is dark when bit d of `rings` is set. Modules
    /// outside the code are left out.
    fn square(&mut self, cx: usize, cy: usize, radius: usize, rings: u8) {
        for dy in 0..=2 * radius {
            for dx in 0..=2 * radius {
                let ring = dx.abs_diff(radius).max(dy.abs_diff(radius));
                let (x, y) = ((cx + dx).wrapping_sub(radius), (cy + dy).wrapping_sub(radius));
                self.fix(x, y, rings >> ring & 1 != 0);
            }
        }
    }

    /// The 15 bits of format information, in both copies, with the dark
    /// module: level Medium (00) and the mask number, with 10 bits of BCH
    /// error correction, XOR 0x5412.
    fn format(&mut self, mask: usize) {
        let mut rem = mask;
        for _ in 0..10 {
            rem = (rem << 1) ^ ((rem >> 9) * 0x537);
        }
        let bits = (mask << 10 | rem) ^ 0x5412;
        let size = self.size;
        for i in 0..15 {
            let dark = bits >> i & 1 != 0;
            // Around the top left finder pattern, skipping the timing patterns.
            let (x, y) = match i {
                0..=5 => (8, i),
                6..=7 => (8, i + 1),
                8 => (7, 8),
                _ => (14 - i, 8),
            };
            self.fix(x, y, dark);
            // Under the top right one, then beside the bottom left one.
            let (x, y) = if i < 8 { (size - 1 - i, 8) } else { (8, size - 15 + i) };
            self.fix(x, y, dark);
        }
        self.fix(8, size - 8, true);
    }

    /// Flips the data modules where the mask pattern says so; doing it twice
    /// undoes it.
    fn mask(&mut self, mask: usize) {
        let size = self.size;
        for (i, m) in self.modules.iter_mut().enumerate() {
            let (x, y) = (i % size, i / size);
            let flip = match mask {
                0 => (x + y) % 2 == 0,
                1 => y % 2 == 0,
                2 => x % 3 == 0,
                3 => (x + y) % 3 == 0,
                4 => (x / 3 + y / 2) % 2 == 0,
                5 => x * y % 2 + x * y % 3 == 0,
                6 => (x * y % 2 + x * y % 3) % 2 == 0,
                _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
            };
            if flip && *m & FIXED == 0 {
                *m ^= DARK;
            }
        }
    }

    /// The penalty of the code as it stands (ISO/IEC 18004, 8.8.2, the way
    /// `qrcodegen` counts it): runs of five or more modules of one colour in
    /// a row or column, 2 × 2 blocks of one colour, finder-like runs of
    /// dark 1, light 1, dark 3, light 1, dark 1 (times n) with light 4 n on
    /// one side, and the distance of the share of dark modules from half.
    fn penalty(&self) -> usize {
        let size = self.size;
        let mut penalty = 0;
        for rows in [true, false] {
            for a in 0..size {
                // The last seven runs, newest first; the light border
                // counts with the first run and the last.
                let mut runs = [0; 7];
                let mut colour = false;
                let mut run = 0;
                for b in 0..size {
                    let dark = (if rows { self.at(b, a) } else { self.at(a, b) }) & DARK != 0;
                    if dark == colour {
                        run += 1;
                        penalty += match run {
                            5 => 3,
                            6.. => 1,
                            _ => 0,
                        };
                    } else {
                        push_run(&mut runs, run, size);
                        if !colour {
                            penalty += 40 * finder_like(&runs);
                        }
                        colour = dark;
                        run = 1;
                    }
                }
                if colour {
                    push_run(&mut runs, run, size);
                    run = 0;
                }
                push_run(&mut runs, run + size, size);
                penalty += 40 * finder_like(&runs);
            }
        }
        let mut dark = 0;
        for y in 0..size {
            for x in 0..size {
                let c = self.at(x, y) & DARK;
                dark += usize::from(c);
                if x + 1 < size && y + 1 < size {
                    let same = c == self.at(x + 1, y) & DARK
                        && c == self.at(x, y + 1) & DARK
                        && c == self.at(x + 1, y + 1) & DARK;
                    penalty += 3 * usize::from(same);
                }
            }
        }
        // 10 for every full 5 % that the dark share is away from 50 %.
        let total = (size * size).max(1);
        let steps = (dark * 20).abs_diff(total * 10).div_ceil(total);
        penalty + 10 * steps.saturating_sub(1)
    }
}

/// Adds a run to the last seven, newest first; the very first run gets the
/// light border added.
fn push_run(runs: &mut [usize; 7], run: usize, border: usize) {
    let run = if runs[0] == 0 { run + border } else { run };
    runs.rotate_right(1);
    runs[0] = run;
}

/// How many sides (0, 1 or 2) of the newest light run end a finder-like
/// pattern dark n, light n, dark 3 n, light n, dark n, with a light run of
/// at least 4 n on that side and at least n on the other.
fn finder_like(runs: &[usize; 7]) -> usize {
    let n = runs[1];
    let core = n > 0 && runs[2] == n && runs[3] == 3 * n && runs[4] == n && runs[5] == n;
    usize::from(core && runs[0] >= 4 * n && runs[6] >= n) + usize::from(core && runs[6] >= 4 * n && runs[0] >= n)
}

/// The `len` Reed–Solomon error-correction codewords of `data`: the
/// remainder of data × x^len divided by the generator (x − 1)(x − α)…(x −
/// α^(len − 1)), over GF(256) with the polynomial 0x11D.
fn reed_solomon(data: &[u8], len: usize) -> Vec<u8> {
    // The generator's coefficients, highest first, without the 1 of x^len.
    let mut generator = vec![0; len];
    if let Some(last) = generator.last_mut() {
        *last = 1;
    }
    let mut root = 1;
    for _ in 0..len {
        for j in 0..len {
            let next = generator.get(j + 1).copied().unwrap_or(0);
            if let Some(g) = generator.get_mut(j) {
                *g = multiply(*g, root) ^ next;
            }
        }
        root = multiply(root, 2);
    }
    let mut rem = vec![0; len];
    for &b in data {
        let factor = b ^ rem.first().copied().unwrap_or(0);
        for j in 0..len {
            let next = rem.get(j + 1).copied().unwrap_or(0);
            if let (Some(r), Some(&g)) = (rem.get_mut(j), generator.get(j)) {
                *r = next ^ multiply(g, factor);
            }
        }
    }
    rem
}

/// The product in GF(256) with the polynomial 0x11D, by shift and XOR.
fn multiply(x: u8, y: u8) -> u8 {
    let mut z: u16 = 0;
    for i in (0..8).rev() {
        z = (z << 1) ^ ((z >> 7) * 0x11D);
        z ^= u16::from(y >> i & 1) * u16::from(x);
    }
    z as u8
}

#[cfg(test)]
mod tests {
    use super::super::event::tests::XorShift;
    use super::*;
    use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};
    use std::collections::BTreeSet;

    /// The URL-safe alphabet of the take-home link (base64url).
    const URL_SAFE: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /// A take-home link as long as a whole plan makes it: 100 characters.
    fn link() -> String {
        let base = "https://veiligcheck.example.nl/#p1.";
        let body: String = "aZ09-_xYq3Kd".chars().cycle().take(100 - base.len()).collect();
        format!("{base}{body}")
    }

    /// The test oracle: `qrcodegen` in byte mode, level Medium only,
    /// versions 1 to 6.
    fn oracle(text: &str) -> Option<QrCode> {
        let segments = [QrSegment::make_bytes(text.as_bytes())];
        QrCode::encode_segments_advanced(
            &segments,
            QrCodeEcc::Medium,
            Version::new(1),
            Version::new(6),
            None,
            false,
        )
        .ok()
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

    /// Our code of `text` equals the oracle's, module for module, or both
    /// have none.
    fn same_as_oracle(text: &str) {
        let ours = svg_path(text);
        let Some(code) = oracle(text) else {
            assert_eq!(ours, None, "{} bytes: {text:?}", text.len());
            return;
        };
        let qr = ours.unwrap_or_else(|| panic!("{} bytes fit: {text:?}", text.len()));
        assert_eq!(qr.version(), u32::from(code.version().value()), "{text:?}");
        assert_eq!(qr.size, code.size() as u32, "{text:?}");
        assert_eq!(qr.size, 17 + 4 * qr.version());
        let dark = modules(&qr);
        for y in 0..qr.size {
            for x in 0..qr.size {
                let expected = code.get_module(x as i32, y as i32);
                assert_eq!(dark.contains(&(x, y)), expected, "module {x} {y} of {text:?}");
            }
        }
    }

    #[test]
    fn every_code_equals_qrcodegens_module_for_module() {
        let mut rng = XorShift(0x1234_5678_9abc_def1);
        for _ in 0..400 {
            same_as_oracle(&rng.text(URL_SAFE, 106));
        }
        // Every length at least once, and each version's first and last fit.
        for len in 0..=107 {
            let text: String = (0..len)
                .map(|_| char::from(URL_SAFE[rng.below(URL_SAFE.len())]))
                .collect();
            same_as_oracle(&text);
        }
        same_as_oracle(&link());
        // Text that is not ASCII: two, three and four bytes a character.
        for text in [
            "é",
            "Één veilige wachtwoordzin ✓",
            "Ça va? 🔒 ß ñ 中文",
            "ë".repeat(53).as_str(),
            "€".repeat(35).as_str(),
        ] {
            same_as_oracle(text);
        }
        for _ in 0..100 {
            same_as_oracle(&rng.text(b"aZ09\xc3\xa9\xe2\x82\xac\xf0\x9f\x94\x92", 106));
            same_as_oracle(&rng.text(&[], 80));
        }
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
    }

    #[test]
    fn each_version_holds_what_the_standard_says() {
        // Byte mode at level Medium: 14, 26, 42, 62, 84 and 106 bytes.
        for (version, most) in [(1, 14), (2, 26), (3, 42), (4, 62), (5, 84), (6, 106)] {
            assert_eq!(svg_path(&"a".repeat(most)).map(|q| q.version()), Some(version));
            let next = svg_path(&"a".repeat(most + 1)).map(|q| q.version());
            assert_eq!(next, if version < 6 { Some(version + 1) } else { None });
        }
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
    fn the_path_uses_only_its_commands() {
        let qr = svg_path(&link()).expect("fits");
        assert!(
            qr.path.chars().all(|c| c.is_ascii_digit() || "Mhvz -".contains(c)),
            "{}",
            qr.path
        );
        assert!(qr.path.starts_with("M0 0h7v1h-7z"), "{}", &qr.path[..40]);
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
        assert_eq!(svg_path(&"a".repeat(106)).map(|q| q.version()), Some(6));
        assert_eq!(MAX_BYTES, 106);
        assert_eq!(svg_path(&"a".repeat(107)), None);
        // 107 bytes in fewer characters is too long as well.
        assert_eq!(svg_path(&format!("{}é", "a".repeat(105))), None);
        assert_eq!(svg_path(&"a".repeat(5000)), None);
        let mut rng = XorShift(0x0fed_cba9_8765_4321);
        for _ in 0..200 {
            let text = rng.text(&[], 400);
            match svg_path(&text) {
                Some(qr) => {
                    assert!(text.len() <= 106 && (1..=6).contains(&qr.version()), "{text:?}");
                    modules(&qr);
                }
                None => assert!(text.len() > 106, "{text:?}"),
            }
        }
    }
}
