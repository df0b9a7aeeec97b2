//! Checking an IBAN as a person types it (ISO 13616): the country's length
//! and the two check digits (modulo 97). A typo is said plainly; it never
//! stops anyone, and what was typed is kept as typed.

/// What is wrong with a typed IBAN, if anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IbanCheck {
    /// Nothing typed.
    Empty,
    /// The length of its country and the check digits fit.
    Valid,
    /// Not the shape of an IBAN: two letters, two digits, then letters and
    /// digits only.
    NotIban,
    /// Too short or too long for its country (`expected` characters,
    /// spaces not counted).
    WrongLength { expected: usize, typed: usize },
    /// The right length, but the check digits do not fit: most likely a
    /// typo (one wrong or two swapped characters always show here).
    Typo,
}

/// IBAN lengths per country, from the IBAN registry (SWIFT).
#[rustfmt::skip]
const LENGTHS: &[(&str, usize)] = &[
    ("AD", 24), ("AE", 23), ("AL", 28), ("AT", 20), ("AZ", 28), ("BA", 20), ("BE", 16),
    ("BG", 22), ("BH", 22), ("BR", 29), ("CH", 21), ("CR", 22), ("CY", 28), ("CZ", 24),
    ("DE", 22), ("DK", 18), ("DO", 28), ("EE", 20), ("EG", 29), ("ES", 24), ("FI", 18),
    ("FO", 18), ("FR", 27), ("GB", 22), ("GE", 22), ("GI", 23), ("GL", 18), ("GR", 27),
    ("GT", 28), ("HR", 21), ("HU", 28), ("IE", 22), ("IL", 23), ("IS", 26), ("IT", 27),
    ("JO", 30), ("KW", 30), ("KZ", 20), ("LB", 28), ("LI", 21), ("LT", 20), ("LU", 20),
    ("LV", 21), ("MC", 27), ("MD", 24), ("ME", 22), ("MK", 19), ("MR", 27), ("MT", 31),
    ("MU", 30), ("NL", 18), ("NO", 15), ("PK", 24), ("PL", 28), ("PS", 29), ("PT", 25),
    ("QA", 29), ("RO", 24), ("RS", 22), ("SA", 24), ("SE", 24), ("SI", 19), ("SK", 24),
    ("SM", 27), ("TN", 24), ("TR", 26), ("UA", 29), ("VG", 24), ("XK", 20),
];

/// The IBAN without spaces, in capitals.
pub fn compact(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '.')
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Checks a typed IBAN (spaces, dashes and small letters allowed).
pub fn check(typed: &str) -> IbanCheck {
    let iban = compact(typed);
    if iban.is_empty() {
        return IbanCheck::Empty;
    }
    let bytes = iban.as_bytes();
    let shaped = bytes.len() >= 4
        && bytes[..2].iter().all(u8::is_ascii_uppercase)
        && bytes[2..4].iter().all(u8::is_ascii_digit)
        && bytes.iter().all(u8::is_ascii_alphanumeric);
    if !shaped {
        return IbanCheck::NotIban;
    }
    let expected = LENGTHS.iter().find(|(c, _)| *c == &iban[..2]).map(|&(_, n)| n);
    match expected {
        Some(n) if n != iban.len() => {
            return IbanCheck::WrongLength {
                expected: n,
                typed: iban.len(),
            }
        }
        None if !(15..=34).contains(&iban.len()) => return IbanCheck::NotIban,
        _ => {}
    }
    // Move the first four characters to the end, read letters as 10..35,
    // and the whole number must leave 1 when divided by 97.
    let remainder = bytes[4..].iter().chain(&bytes[..4]).fold(0u32, |r, &b| {
        let value = if b.is_ascii_digit() {
            u32::from(b - b'0')
        } else {
            u32::from(b - b'A') + 10
        };
        if value < 10 {
            (r * 10 + value) % 97
        } else {
            (r * 100 + value) % 97
        }
    });
    if remainder == 1 {
        IbanCheck::Valid
    } else {
        IbanCheck::Typo
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Published example IBANs of several countries, including the ones
    /// money mules' accounts are often at (NL, BE, DE, LT, IE, FR).
    const REAL: &[&str] = &[
        "NL91ABNA0417164300",
        "NL91 ABNA 0417 1643 00",
        "nl91abna0417164300",
        "NL02ABNA0123456789",
        "NL20INGB0001234567",
        "BE68539007547034",
        "DE89370400440532013000",
        "DE89 3704 0044 0532 0130 00",
        "GB82WEST12345698765432",
        "FR1420041010050500013M02606",
        "LT121000011101001000",
        "IE29AIBK93115212345678",
        "ES9121000418450200051332",
        "NO9386011117947",
        "MT84MALT011000012345MTLCAST001S",
    ];

    #[test]
    fn real_ibans_are_valid_however_they_are_typed() {
        for iban in REAL {
            assert_eq!(check(iban), IbanCheck::Valid, "{iban}");
        }
    }

    #[test]
    fn one_wrong_digit_or_two_swapped_is_a_typo() {
        for iban in REAL {
            let c = compact(iban);
            let bytes = c.as_bytes();
            for i in 4..bytes.len() {
                if bytes[i].is_ascii_digit() {
                    let mut changed = bytes.to_vec();
                    changed[i] = b'0' + (bytes[i] - b'0' + 1) % 10;
                    let changed = String::from_utf8(changed).unwrap();
                    assert_eq!(check(&changed), IbanCheck::Typo, "{iban} changed at {i}: {changed}");
                }
                if i + 1 < bytes.len() && bytes[i] != bytes[i + 1] {
                    let mut swapped = bytes.to_vec();
                    swapped.swap(i, i + 1);
                    let swapped = String::from_utf8(swapped).unwrap();
                    assert_eq!(check(&swapped), IbanCheck::Typo, "{iban} swapped at {i}: {swapped}");
                }
            }
        }
        // The check digits themselves.
        assert_eq!(check("NL92ABNA0417164300"), IbanCheck::Typo);
    }

    #[test]
    fn length_and_shape_are_said_apart() {
        assert_eq!(check(""), IbanCheck::Empty);
        assert_eq!(check("   "), IbanCheck::Empty);
        assert_eq!(
            check("NL91ABNA041716430"),
            IbanCheck::WrongLength {
                expected: 18,
                typed: 17
            }
        );
        assert_eq!(
            check("NL91ABNA04171643000"),
            IbanCheck::WrongLength {
                expected: 18,
                typed: 19
            }
        );
        assert_eq!(check("0417164300"), IbanCheck::NotIban);
        assert_eq!(check("NLAB0417164300"), IbanCheck::NotIban);
        assert_eq!(check("NL91ABNA04171643!0"), IbanCheck::NotIban);
        // A country not in the table: only the check digits and a length
        // an IBAN can have.
        assert_eq!(check("ZZ12"), IbanCheck::NotIban);
    }
}
