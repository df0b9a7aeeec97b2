//! Small text helpers: filling placeholders and writing dates the way people
//! read them.

/// Replaces `{name}` placeholders in a content text.
///
/// ```
/// use veilig_domain::format::fill;
/// assert_eq!(fill("Vraag {n} van {total}", &[("n", "3"), ("total", "20")]), "Vraag 3 van 20");
/// ```
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// Writes `2026-11-23` as `23 november 2026`, with the month names of the
/// language (a comma-separated list of twelve in `months`, the text
/// `ui.date.months` in that language). A date that is not of that shape is
/// returned as it is.
pub fn long_date(date: &str, months: &str) -> String {
    let mut parts = date.split('-');
    let (Some(y), Some(m), Some(d), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return date.to_string();
    };
    let names: Vec<&str> = months.split(',').map(str::trim).collect();
    match (m.parse::<usize>(), d.parse::<u32>()) {
        (Ok(m @ 1..=12), Ok(d)) if names.len() == 12 => format!("{d} {} {y}", names[m - 1]),
        _ => date.to_string(),
    }
}

/// Joins texts into one to be read aloud: a full stop between them where
/// one does not end in a punctuation mark already, so the voice pauses.
///
/// ```
/// use veilig_domain::format::for_reading;
/// assert_eq!(for_reading(&["Waarom?", "Omdat het helpt", "Klaar."]), "Waarom? Omdat het helpt. Klaar.");
/// ```
pub fn for_reading(parts: &[&str]) -> String {
    let mut out = String::new();
    for part in parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            if !out.ends_with(['.', '?', '!', ':', ';']) {
                out.push('.');
            }
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::content::ui;
    use crate::packs::builtin;
    use crate::Lang;

    fn months(lang: Lang) -> &'static str {
        builtin().get(&ui::DATE_MONTHS, lang)
    }

    #[test]
    fn dates_read_naturally_in_each_language() {
        assert_eq!(long_date("2026-11-23", months(Lang::default())), "23 november 2026");
        assert_eq!(
            long_date("2026-03-01", months(Lang::from_code("en").unwrap())),
            "1 March 2026"
        );
    }

    #[test]
    fn odd_dates_are_left_alone() {
        assert_eq!(long_date("2026-13-01", months(Lang::default())), "2026-13-01");
        assert_eq!(long_date("soon", months(Lang::default())), "soon");
    }

    #[test]
    fn placeholders_are_filled_and_unknown_ones_stay() {
        assert_eq!(fill("{a} en {b}", &[("a", "1")]), "1 en {b}");
    }
}
