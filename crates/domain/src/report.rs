//! A report a victim prepares: the facts of an aangifte (police) or a
//! melding (Fraudehelpdesk), asked one question a screen, then put in the
//! order a police officer asks for them, with what to bring and where to
//! report. Held in memory only; nothing here is stored or sent.

use super::content::{ui, HELP_NOW, REPORT};
use super::format::long_date;
use super::iban::{self, IbanCheck};
use super::organisation::Situation;
use super::report_form::{ReportChoice, ReportPlace};
use super::text::Text;

/// "Something else" as the answer to "what happened".
pub const OTHER: &str = "other";

/// The questions of the form, in order. Every one may be skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    What,
    When,
    Contact,
    Paid,
    Given,
    Done,
    Evidence,
    Story,
}

impl Step {
    pub const ALL: [Step; 8] = [
        Step::What,
        Step::When,
        Step::Contact,
        Step::Paid,
        Step::Given,
        Step::Done,
        Step::Evidence,
        Step::Story,
    ];
}

/// One payment: the amount and the account, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Payment {
    pub amount: String,
    pub iban: String,
}

impl Payment {
    pub fn is_empty(&self) -> bool {
        self.amount.trim().is_empty() && self.iban.trim().is_empty()
    }
}

/// The answers so far. Texts are kept exactly as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Report {
    /// A situation of "it is happening now", [`OTHER`], or not said.
    pub what: Option<&'static str>,
    /// As the date field gives it (`2026-11-30`) or as typed.
    pub date: String,
    pub time: String,
    /// The ways of contact chosen, each with what was written down for it.
    pub channels: Vec<(&'static str, String)>,
    pub payments: Vec<Payment>,
    pub given: Vec<&'static str>,
    pub done: Vec<&'static str>,
    pub evidence: Vec<&'static str>,
    /// In the person's own words.
    pub story: String,
}

/// A value in the summary: a text of the content, or what the person typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(&'static Text),
    Typed(String),
}

/// One line of the summary: a fact with its label, or an item of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub label: Option<&'static Text>,
    pub value: Value,
    /// An IBAN that does not pass the check: the summary says so beside it.
    pub iban_typo: bool,
}

impl Line {
    fn fact(label: &'static Text, value: Value) -> Line {
        Line {
            label: Some(label),
            value,
            iban_typo: false,
        }
    }

    fn item(text: &'static Text) -> Line {
        Line {
            label: None,
            value: Value::Text(text),
            iban_typo: false,
        }
    }
}

/// A part of the summary under its heading; `lines` is empty when nothing
/// was said (the summary then says "not filled in").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub heading: &'static Text,
    pub lines: Vec<Line>,
}

fn choice(list: &'static [ReportChoice], id: &str) -> Option<&'static ReportChoice> {
    list.iter().find(|c| c.id == id)
}

/// The situation with this id, from "it is happening now".
pub fn situation(id: &str) -> Option<&'static Situation> {
    HELP_NOW.iter().find(|s| s.id == id)
}

impl Report {
    /// Whether nothing at all was filled in.
    pub fn is_empty(&self) -> bool {
        self.what.is_none()
            && self.date.trim().is_empty()
            && self.time.trim().is_empty()
            && self.channels.is_empty()
            && self.payments.iter().all(Payment::is_empty)
            && self.given.is_empty()
            && self.done.is_empty()
            && self.evidence.is_empty()
            && self.story.trim().is_empty()
    }

    /// What the places to report are chosen by: the situation, its check
    /// kind, "other", "paid" when a payment was filled in, the ways of
    /// contact and the things given.
    pub fn tags(&self) -> Vec<&'static str> {
        let mut tags = Vec::new();
        if let Some(what) = self.what {
            tags.push(what);
            if let Some(s) = situation(what) {
                tags.push(s.check);
            }
        }
        if self.payments.iter().any(|p| !p.is_empty()) {
            tags.push("paid");
        }
        tags.extend(self.channels.iter().map(|(id, _)| *id));
        tags.extend(self.given.iter().copied());
        tags
    }

    /// Where to report this, in the content's order.
    pub fn places(&self) -> Vec<&'static ReportPlace> {
        let tags = self.tags();
        REPORT
            .places
            .iter()
            .filter(|p| p.when.is_empty() || p.when.iter().any(|w| tags.contains(w)))
            .collect()
    }

    /// The facts in the order a police officer asks for them: what and
    /// when, how they made contact, what was paid and given, what was done
    /// since, the evidence, and the person's own words. `months` is the
    /// language's list of month names (`ui::DATE_MONTHS`), for the date.
    pub fn summary(&self, months: &str) -> Vec<Section> {
        let mut what = Vec::new();
        match self.what {
            Some(OTHER) => what.push(Line::fact(
                &ui::REPORT_SUMMARY_KIND,
                Value::Text(&ui::REPORT_WHAT_OTHER),
            )),
            Some(id) => {
                if let Some(s) = situation(id) {
                    what.push(Line::fact(&ui::REPORT_SUMMARY_KIND, Value::Text(&s.title)));
                }
            }
            None => {}
        }
        if !self.date.trim().is_empty() {
            what.push(Line::fact(
                &ui::REPORT_SUMMARY_DATE,
                Value::Typed(long_date(self.date.trim(), months)),
            ));
        }
        if !self.time.trim().is_empty() {
            what.push(Line::fact(
                &ui::REPORT_SUMMARY_TIME,
                Value::Typed(self.time.trim().to_string()),
            ));
        }

        let contact = self
            .channels
            .iter()
            .filter_map(|(id, detail)| {
                let c = choice(REPORT.channels, id)?;
                Some(if detail.trim().is_empty() {
                    Line::item(&c.label)
                } else {
                    Line::fact(&c.label, Value::Typed(detail.trim().to_string()))
                })
            })
            .collect();

        let mut paid = Vec::new();
        for p in self.payments.iter().filter(|p| !p.is_empty()) {
            if !p.amount.trim().is_empty() {
                paid.push(Line::fact(
                    &ui::REPORT_SUMMARY_AMOUNT,
                    Value::Typed(p.amount.trim().to_string()),
                ));
            }
            if !p.iban.trim().is_empty() {
                paid.push(Line {
                    label: Some(&ui::REPORT_SUMMARY_IBAN),
                    value: Value::Typed(p.iban.trim().to_string()),
                    iban_typo: iban::check(&p.iban) != IbanCheck::Valid,
                });
            }
        }
        paid.extend(
            self.given
                .iter()
                .filter_map(|id| choice(REPORT.given, id))
                .map(|c| Line::item(&c.label)),
        );

        let list = |ids: &[&'static str], all: &'static [ReportChoice]| -> Vec<Line> {
            ids.iter()
                .filter_map(|id| choice(all, id))
                .map(|c| Line::item(&c.label))
                .collect()
        };
        let story = if self.story.trim().is_empty() {
            Vec::new()
        } else {
            vec![Line {
                label: None,
                value: Value::Typed(self.story.trim().to_string()),
                iban_typo: false,
            }]
        };
        vec![
            Section {
                heading: &ui::REPORT_SUMMARY_WHAT,
                lines: what,
            },
            Section {
                heading: &ui::REPORT_SUMMARY_CONTACT,
                lines: contact,
            },
            Section {
                heading: &ui::REPORT_SUMMARY_PAID,
                lines: paid,
            },
            Section {
                heading: &ui::REPORT_SUMMARY_DONE,
                lines: list(&self.done, REPORT.done),
            },
            Section {
                heading: &ui::REPORT_SUMMARY_EVIDENCE,
                lines: list(&self.evidence, REPORT.evidence),
            },
            Section {
                heading: &ui::REPORT_SUMMARY_STORY,
                lines: story,
            },
        ]
    }

    /// The summary as a plain text file, made on the device: the same
    /// facts, what to bring, and where to report, in the words `get` gives
    /// for each text (the language shown).
    pub fn to_text(&self, get: &dyn Fn(&Text) -> String) -> String {
        let mut out = String::new();
        let mut line = |s: &str| {
            out.push_str(s);
            out.push_str("\r\n");
        };
        let title = get(&ui::REPORT_SUMMARY_TITLE);
        line(&title);
        line(&"=".repeat(title.chars().count()));
        line(&get(&ui::REPORT_SUMMARY_PRIVATE));
        line("");
        for section in self.summary(&get(&ui::DATE_MONTHS)) {
            let heading = get(section.heading);
            line(&heading);
            line(&"-".repeat(heading.chars().count()));
            if section.lines.is_empty() {
                line(&get(&ui::REPORT_SUMMARY_EMPTY));
            }
            for l in &section.lines {
                let value = match &l.value {
                    Value::Text(t) => get(t),
                    Value::Typed(s) => s.clone(),
                };
                let typo = if l.iban_typo {
                    format!(" ({})", get(&ui::REPORT_SUMMARY_IBAN_TYPO))
                } else {
                    String::new()
                };
                match l.label {
                    Some(label) => line(&format!("- {}: {value}{typo}", get(label))),
                    None => line(&format!("- {value}")),
                }
            }
            line("");
        }
        let heading = get(&ui::REPORT_BRING_TITLE);
        line(&heading);
        line(&"-".repeat(heading.chars().count()));
        for item in REPORT.bring {
            line(&format!("- {}", get(item)));
        }
        line("");
        let heading = get(&ui::REPORT_WHERE_TITLE);
        line(&heading);
        line(&"-".repeat(heading.chars().count()));
        for place in self.places() {
            line(&format!("* {}", get(&place.title)));
            line(&format!("  {}", get(&place.how)));
            if let Some(org) = place.organisation {
                let mut contact = get(&org.name);
                if let Some(phone) = org.phone {
                    contact.push_str(&format!(", {phone}"));
                }
                if let Some(site) = org.website_label() {
                    contact.push_str(&format!(", {site}"));
                }
                line(&format!("  {contact}"));
            }
            line("");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::packs::builtin;
    use crate::Lang;

    fn nl(t: &Text) -> String {
        builtin().get(t, Lang::default()).to_string()
    }

    /// The "safe account" scam, as a victim would fill it in.
    fn safe_account() -> Report {
        Report {
            what: Some("bank-call"),
            date: "2026-11-30".into(),
            time: "rond 14.00 uur".into(),
            channels: vec![("phone", "020 123 45 67".into()), ("door", "".into())],
            payments: vec![
                Payment {
                    amount: "€ 4.500".into(),
                    iban: "NL91 ABNA 0417 1643 00".into(),
                },
                Payment {
                    amount: "€ 1.200".into(),
                    iban: "NL91 ABNA 0417 1643 01".into(),
                },
                Payment::default(),
            ],
            given: vec!["card", "pin"],
            done: vec!["called-bank"],
            evidence: vec!["call-log", "statement"],
            story: "Een man van 'de bank' belde. Hij wist mijn naam.".into(),
        }
    }

    #[test]
    fn the_text_file_holds_every_fact_given() {
        let text = safe_account().to_text(&nl);
        for fact in [
            "Iemand belt namens de bank",
            "30 november 2026",
            "rond 14.00 uur",
            "020 123 45 67",
            "Iemand aan de deur",
            "€ 4.500",
            "NL91 ABNA 0417 1643 00",
            "€ 1.200",
            "Mijn bankpas",
            "Mijn pincode",
            "Ik heb mijn bank gebeld",
            "De lijst met gesprekken op mijn telefoon",
            "Een bankafschrift waarop de betaling staat",
            "Hij wist mijn naam.",
        ] {
            assert!(text.contains(fact), "missing {fact:?} in\n{text}");
        }
        // The second account has a typo, and the file says so beside it
        // (only there).
        let typo = nl(&ui::REPORT_SUMMARY_IBAN_TYPO);
        assert_eq!(text.matches(&typo).count(), 1, "{text}");
        assert!(text.lines().any(|l| l.contains("0417 1643 01") && l.contains(&typo)));
        // Where to report, with the numbers to call.
        for place in ["0900-8844", "088-786 73 72", "Uw bank"] {
            assert!(text.contains(place), "missing {place:?}");
        }
        // Not the CMI: no identity document was given.
        assert!(!text.contains("088-900 10 00"));
    }

    #[test]
    fn the_summary_keeps_the_police_order_and_skips_what_was_not_said() {
        let sections = safe_account().summary("");
        let headings: Vec<_> = sections.iter().map(|s| s.heading).collect();
        assert_eq!(
            headings,
            [
                &ui::REPORT_SUMMARY_WHAT,
                &ui::REPORT_SUMMARY_CONTACT,
                &ui::REPORT_SUMMARY_PAID,
                &ui::REPORT_SUMMARY_DONE,
                &ui::REPORT_SUMMARY_EVIDENCE,
                &ui::REPORT_SUMMARY_STORY,
            ]
        );
        let empty = Report::default().summary("");
        assert!(empty.iter().all(|s| s.lines.is_empty()));
        assert!(Report::default().is_empty());
        assert!(Report {
            payments: vec![Payment::default()],
            ..Report::default()
        }
        .is_empty());
        assert!(!safe_account().is_empty());
    }

    #[test]
    fn places_follow_what_happened() {
        let ids = |r: &Report| r.places().iter().map(|p| p.id).collect::<Vec<_>>();
        // Always the police and the Fraudehelpdesk, even when every
        // question was skipped.
        let nothing = ids(&Report::default());
        assert!(
            nothing.contains(&"police") && nothing.contains(&"fraudehelpdesk"),
            "{nothing:?}"
        );
        assert!(!nothing.contains(&"bank"));
        // Money or a card: the bank. No online report for a phone scam.
        let safe = ids(&safe_account());
        assert!(safe.contains(&"bank") && !safe.contains(&"police-online"), "{safe:?}");
        // Bought online and got nothing: the police's online form too.
        let shop = ids(&Report {
            what: Some("paid-scammer"),
            ..Report::default()
        });
        assert!(shop.contains(&"police-online") && shop.contains(&"bank"), "{shop:?}");
        // A copy of an ID: the CMI.
        let id = ids(&Report {
            given: vec!["id-copy"],
            ..Report::default()
        });
        assert!(id.contains(&"identity"), "{id:?}");
        // A business's situation: its own route.
        let business = HELP_NOW
            .iter()
            .find(|s| s.check == "business")
            .expect("a business situation");
        let shop = ids(&Report {
            what: Some(business.id),
            ..Report::default()
        });
        assert!(shop.contains(&"data-breach"), "{shop:?}");
        assert!(!safe.contains(&"data-breach"));
    }

    #[test]
    fn every_text_of_the_form_has_words_in_every_language() {
        for lang in Lang::all() {
            let get = |t: &Text| builtin().get(t, lang).to_string();
            let text = safe_account().to_text(&get);
            assert!(!text.contains("\r\n\r\n\r\n"), "{lang:?}: an empty text\n{text}");
            for place in REPORT.places {
                assert!(!get(&place.how).is_empty());
            }
        }
    }
}
