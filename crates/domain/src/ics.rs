//! "Remind me": a calendar file (RFC 5545, `.ics`) made on the device, with
//! one all-day event some months from now, so that a person can come back
//! to their plan. Nothing is sent anywhere: the app offers the text as a
//! download and the person's own calendar app reads it.
//!
//! The file is as small as calendars accept: one `VEVENT` on a date
//! (`DTSTART;VALUE=DATE`, `DTEND` the next day), shown as free time, with a
//! display alarm at 09:00 that day. Text values are escaped (backslash,
//! semicolon, comma, line breaks) and every line is folded at 75 octets
//! without splitting a character; lines end in CRLF.
//!
//! Whatever is put in the file goes wherever the person's calendar goes
//! (often a cloud service), so it should say no more than a reminder needs.

/// The product identifier written into every file.
pub const PRODID: &str = "-//Digitaal Veilig Check//NL";

/// The longest line in octets, without its CRLF (RFC 5545, 3.1).
pub const MAX_LINE: usize = 75;

use veilig_rules::Day;

/// The date `months` after `day` (both `YYYY-MM-DD`). A day that the later
/// month does not have becomes that month's last day (31 January plus one
/// month is 28 or 29 February). `None` for a `day` that is not a real date
/// and for a result after the year 9999.
pub fn add_months(day: &str, months: u32) -> Option<String> {
    Some(Day::parse(day)?.add_months(months)?.to_string())
}

/// The day after `day`, written `YYYYMMDD`; `None` after 9999-12-31.
fn next_day_compact(day: Day) -> Option<String> {
    let next = day.next()?;
    Some(format!("{:04}{:02}{:02}", next.year(), next.month(), next.day()))
}

/// Whether `s` is a UTC date-time as `DTSTAMP` wants it: `YYYYMMDDTHHMMSSZ`.
fn is_stamp(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 16 || b[8] != b'T' || b[15] != b'Z' || !digits(0..8) || !digits(9..15) {
        return false;
    }
    let two = |i: usize| u32::from(b[i] - b'0') * 10 + u32::from(b[i + 1] - b'0');
    let day = format!("{}-{}-{}", &s[..4], &s[4..6], &s[6..8]);
    Day::parse(&day).is_some() && two(9) < 24 && two(11) < 60 && two(13) <= 60
}

/// A TEXT value escaped (RFC 5545, 3.3.11): backslash, semicolon and comma
/// get a backslash, a line break (CRLF, CR or LF) becomes `\n`, and other
/// control characters, which TEXT may not hold, are left out.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Whether `url` can stand as a URI value as it is: printable ASCII with no
/// space, quote or angle bracket. Anything else is left out of the file.
fn is_plain_uri(url: &str) -> bool {
    !url.is_empty()
        && url.len() <= 2000
        && url.bytes().all(|b| {
            b.is_ascii_graphic() && !matches!(b, b'"' | b'<' | b'>' | b'\\' | b'^' | b'`' | b'{' | b'|' | b'}')
        })
}

/// Appends one content line, folded so that no physical line is longer than
/// [`MAX_LINE`] octets (a continuation line starts with a space, which
/// counts), never inside a UTF-8 character; ends it with CRLF.
fn push_folded(out: &mut String, line: &str) {
    let mut rest = line;
    let mut room = MAX_LINE;
    loop {
        if rest.len() <= room {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        room = MAX_LINE - 1;
    }
}

/// A calendar with one all-day event on `day` (`YYYY-MM-DD`) and an alarm at
/// 09:00 that day. `uid` should be unique per file (the caller makes it, for
/// example from the time and a random number, plus `@veilig-check`);
/// `stamp` is the time the file was made, in UTC, as `YYYYMMDDTHHMMSSZ`;
/// `summary` and `description` are plain text; `url` is written only if it
/// is a plain URI. `None` if `day` or `stamp` is not a real date or time.
pub fn reminder(
    uid: &str,
    stamp: &str,
    day: &str,
    summary: &str,
    description: &str,
    url: Option<&str>,
) -> Option<String> {
    let date = Day::parse(day)?;
    if !is_stamp(stamp) {
        return None;
    }
    let end = next_day_compact(date)?;
    let start = format!("{:04}{:02}{:02}", date.year(), date.month(), date.day());
    let summary = escape_text(summary);
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".to_string(),
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}", escape_text(uid)),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART;VALUE=DATE:{start}"),
        format!("DTEND;VALUE=DATE:{end}"),
        format!("SUMMARY:{summary}"),
        format!("DESCRIPTION:{}", escape_text(description)),
    ];
    if let Some(url) = url.filter(|u| is_plain_uri(u)) {
        lines.push(format!("URL:{url}"));
    }
    lines.extend([
        "TRANSP:TRANSPARENT".to_string(),
        "BEGIN:VALARM".to_string(),
        "ACTION:DISPLAY".to_string(),
        "TRIGGER;RELATED=START:PT9H".to_string(),
        format!("DESCRIPTION:{summary}"),
        "END:VALARM".to_string(),
        "END:VEVENT".to_string(),
        "END:VCALENDAR".to_string(),
    ]);
    let mut out = String::new();
    for line in &lines {
        push_folded(&mut out, line);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::super::event::tests::XorShift;
    use super::*;

    const STAMP: &str = "20260502T101500Z";

    fn unfold(text: &str) -> String {
        text.replace("\r\n ", "")
    }

    /// Every physical line ends in CRLF, is at most 75 octets and holds no
    /// bare CR or LF.
    fn assert_well_formed(text: &str) {
        assert!(text.ends_with("\r\n"), "{text:?}");
        for line in text[..text.len() - 2].split("\r\n") {
            assert!(line.len() <= MAX_LINE, "{} octets: {line:?}", line.len());
            assert!(!line.contains(['\r', '\n']), "{line:?}");
        }
    }

    #[test]
    fn months_are_added_like_a_calendar() {
        for (day, months, expected) in [
            ("2026-05-02", 0, Some("2026-05-02")),
            ("2026-05-02", 6, Some("2026-11-02")),
            ("2026-01-31", 1, Some("2026-02-28")),
            ("2028-01-31", 1, Some("2028-02-29")),
            ("2026-11-30", 3, Some("2027-02-28")),
            ("2027-11-30", 3, Some("2028-02-29")),
            ("2099-11-30", 3, Some("2100-02-28")),
            ("2399-11-30", 3, Some("2400-02-29")),
            ("2026-03-31", 1, Some("2026-04-30")),
            ("2026-08-31", 1, Some("2026-09-30")),
            ("2026-12-15", 1, Some("2027-01-15")),
            ("2026-12-31", 12, Some("2027-12-31")),
            ("2026-07-04", 30, Some("2029-01-04")),
            ("2028-02-29", 12, Some("2029-02-28")),
            ("0001-01-01", 1, Some("0001-02-01")),
            ("9999-12-01", 0, Some("9999-12-01")),
            ("9999-12-01", 1, None),
            ("2026-05-02", u32::MAX, None),
            ("2026-02-29", 1, None),
            ("2026-13-01", 1, None),
            ("2026-5-2", 1, None),
            ("", 1, None),
            ("2026-05-02\n", 1, None),
            ("２０２６-05-02", 1, None),
        ] {
            assert_eq!(add_months(day, months).as_deref(), expected, "{day:?} + {months}");
        }
    }

    #[test]
    fn the_calendar_has_one_all_day_event_and_an_alarm() {
        let text = reminder(
            "20260502T101500Z-1a2b@veilig-check",
            STAMP,
            "2026-12-31",
            "Digitaal Veilig Check: opnieuw doen",
            "Kijk of je plan nog klopt.",
            Some("https://veilig.example.nl/"),
        )
        .expect("a reminder");
        assert_well_formed(&text);
        let lines: Vec<&str> = text.trim_end().split("\r\n").collect();
        assert_eq!(lines.first(), Some(&"BEGIN:VCALENDAR"));
        assert_eq!(lines.last(), Some(&"END:VCALENDAR"));
        for expected in [
            "VERSION:2.0",
            "PRODID:-//Digitaal Veilig Check//NL",
            "UID:20260502T101500Z-1a2b@veilig-check",
            "DTSTAMP:20260502T101500Z",
            "DTSTART;VALUE=DATE:20261231",
            "DTEND;VALUE=DATE:20270101",
            "SUMMARY:Digitaal Veilig Check: opnieuw doen",
            "DESCRIPTION:Kijk of je plan nog klopt.",
            "URL:https://veilig.example.nl/",
            "TRIGGER;RELATED=START:PT9H",
        ] {
            assert!(lines.contains(&expected), "{expected} in {text}");
        }
        for part in ["VEVENT", "VALARM"] {
            let begin = lines.iter().position(|l| *l == format!("BEGIN:{part}"));
            let end = lines.iter().position(|l| *l == format!("END:{part}"));
            assert!(begin.is_some() && begin < end, "{part}");
        }
        assert_eq!(lines.iter().filter(|l| l.starts_with("BEGIN:VEVENT")).count(), 1);
        let leap = reminder("u", STAMP, "2028-02-28", "s", "d", None).expect("a reminder");
        assert!(leap.contains("\r\nDTEND;VALUE=DATE:20280229\r\n"), "{leap}");
        assert!(!leap.contains("URL:"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_text(r"a\b;c,d"), r"a\\b\;c\,d");
        assert_eq!(escape_text("een\r\ntwee\ndrie\rvier"), r"een\ntwee\ndrie\nvier");
        assert_eq!(escape_text("tab\there\u{0}\u{7}\u{7f}!"), "tab\there!");
        assert_eq!(escape_text("Ελληνικά: ok"), "Ελληνικά: ok");
        let text = reminder("id;1", STAMP, "2026-05-02", "a,b;c", "x\\y\nz", None).expect("a reminder");
        assert!(text.contains("\r\nUID:id\\;1\r\n"), "{text}");
        assert!(text.contains("\r\nSUMMARY:a\\,b\\;c\r\n"), "{text}");
        assert!(text.contains("\r\nDESCRIPTION:x\\\\y\\nz\r\n"), "{text}");
    }

    #[test]
    fn a_line_break_in_a_value_cannot_start_a_property() {
        let text = reminder(
            "u\r\nEND:VCALENDAR",
            STAMP,
            "2026-05-02",
            "s\nBEGIN:VEVENT",
            "d\rATTACH:x",
            Some("https://a.example/\r\nX:1"),
        )
        .expect("a reminder");
        assert_well_formed(&text);
        assert_eq!(text.matches("\r\nBEGIN:VEVENT").count(), 1);
        assert_eq!(
            text.matches("END:VCALENDAR").count(),
            2,
            "once as a line, once escaped in the UID"
        );
        assert!(!text.contains("\r\nATTACH") && !text.contains("URL:"), "{text}");
    }

    #[test]
    fn long_lines_are_folded_at_75_octets_between_characters() {
        let long = "Zet je back-up aan; ook op je telefoon, € en é en 😀. ".repeat(9);
        let text = reminder("u", STAMP, "2026-05-02", &long, &format!("{long}\n{long}"), None).expect("a reminder");
        assert_well_formed(&text);
        assert!(text.lines().any(|l| l.starts_with(' ')), "folded");
        let unfolded = unfold(&text);
        assert!(unfolded.contains(&format!("\r\nSUMMARY:{}\r\n", escape_text(&long))));
        assert!(unfolded.contains(&format!(
            "\r\nDESCRIPTION:{}\\n{}\r\n",
            escape_text(&long),
            escape_text(&long)
        )));
        // Every length, with multi-byte characters at every position.
        for len in 0..200 {
            for filler in ["a", "é", "€", "😀"] {
                let line = format!("X:{}", filler.repeat(len));
                let mut out = String::new();
                push_folded(&mut out, &line);
                assert_well_formed(&out);
                assert_eq!(unfold(&out), format!("{line}\r\n"));
            }
        }
        let mut out = String::new();
        push_folded(&mut out, &"a".repeat(75));
        assert_eq!(out.matches("\r\n").count(), 1, "75 octets fit on one line");
        out.clear();
        push_folded(&mut out, &"a".repeat(76));
        assert_eq!(out, format!("{}\r\n a\r\n", "a".repeat(75)));
    }

    #[test]
    fn bad_dates_and_stamps_make_no_file() {
        for day in ["", "2026-02-30", "2026-05-02T00", "20260502", "9999-12-31", "x"] {
            assert_eq!(reminder("u", STAMP, day, "s", "d", None), None, "{day:?}");
        }
        for stamp in [
            "",
            "20260502T101500",
            "20260502 101500Z",
            "20260230T101500Z",
            "20260502T241500Z",
            "20260502T106000Z",
            "2026-05-02T10:15:00Z",
            "20260502T1015０0Z",
            "20é0502T101500Z",
        ] {
            assert_eq!(reminder("u", stamp, "2026-05-02", "s", "d", None), None, "{stamp:?}");
        }
        assert!(reminder("u", "20261231T235960Z", "9999-12-30", "s", "d", None).is_some());
    }

    #[test]
    fn odd_input_never_panics_and_stays_well_formed() {
        let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
        for _ in 0..2000 {
            let day = rng.text(b"0123456789-", 12);
            let stamp = rng.text(b"0123456789TZ", 18);
            let _ = add_months(&day, rng.next() as u32);
            let _ = reminder("u", &stamp, &day, "s", "d", None);
            let summary = rng.text(&[], 200);
            let description = rng.text(b"a\\;,\r\n \xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", 300);
            let url = rng.text(&[], 40);
            let text = reminder(&summary, STAMP, "2026-05-02", &summary, &description, Some(&url)).expect("a reminder");
            assert_well_formed(&text);
            let begins = unfold(&text).split("\r\n").filter(|l| l.starts_with("BEGIN:")).count();
            assert_eq!(begins, 3, "{text}");
        }
    }
}
