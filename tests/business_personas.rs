//! Persona tests over the real business (MKB) content, with the same machinery
//! as the resident ones: each row is a business, with the actions and themes
//! its owner must get.
#![cfg(not(target_arch = "wasm32"))]

mod persona;

use persona::{check_personas, run, shown_ids, Expect, Otherwise, Persona};
use veilig_check::domain::check::{check_by_kind, Check};
use veilig_check::domain::score::Light;

fn business() -> &'static Check {
    check_by_kind("business").expect("the business check is in the content")
}

const ALL_THEMES: &[&str] = &[
    "backups",
    "updates",
    "accounts",
    "access",
    "awareness",
    "payments",
    "email-domain",
    "network",
    "incident",
    "privacy",
];

/// Everything that only makes sense with staff.
const STAFF_ITEMS: &[&str] = &[
    "personal-accounts",
    "leavers",
    "least-privilege",
    "staff-talks",
    "doubt-ok",
    "four-eyes",
    "urgent-exceptions",
    "director-email",
];

fn personas() -> Vec<(Persona, Expect)> {
    vec![
        (
            // Alone, books clients online, a PIN terminal, keeps phone numbers;
            // no two-step on e-mail and only a syncing folder as "backup".
            Persona {
                name: "Hairdresser working alone, online bookings, no two-step on e-mail, only a syncing folder",
                tags: &[
                    "sector-care",
                    "staff-alone",
                    "online-bookings",
                    "pin-terminal",
                    "data-contact",
                    "it-self",
                ],
                answers: &[("mfa-email", "no"), ("backup-offline", "sync-only")],
                otherwise: Otherwise::Safe,
            },
            Expect {
                top: &["mfa-email", "backup-offline"],
                includes: &[],
                excludes: &[
                    "personal-accounts",
                    "leavers",
                    "four-eyes",
                    "ceo-fraud",
                    "staff-awareness",
                    "protect-sensitive-data",
                ],
                not_asked: STAFF_ITEMS,
                themes: Some(&[
                    "backups",
                    "updates",
                    "accounts",
                    "awareness",
                    "payments",
                    "email-domain",
                    "network",
                    "incident",
                    "privacy",
                ]),
                red_themes: &["accounts"],
                light: Light::Red,
            },
        ),
        (
            // Eight staff sharing logins, a webshop, guests on the same wifi,
            // one person pays alone and would pay "the director".
            Persona {
                name: "Café with 8 staff and a webshop: shared logins, one person pays, guests on the same wifi",
                tags: &[
                    "sector-hospitality",
                    "staff-2-9",
                    "webshop",
                    "pin-terminal",
                    "data-contact",
                    "it-supplier",
                ],
                answers: &[
                    ("personal-accounts", "shared"),
                    ("leavers", "later"),
                    ("four-eyes", "no"),
                    ("director-email", "pay"),
                    ("guest-wifi", "same"),
                ],
                otherwise: Otherwise::Safe,
            },
            Expect {
                top: &["personal-accounts", "four-eyes", "ceo-fraud"],
                includes: &["leavers", "guest-wifi"],
                excludes: &["data-breach", "protect-sensitive-data", "backup-321"],
                not_asked: &["sensitive-access"],
                themes: Some(ALL_THEMES),
                red_themes: &["access", "payments"],
                light: Light::Red,
            },
        ),
        (
            // Holds copies of ID documents, does not know the data-breach duty,
            // and does not know whether its e-mail address is protected.
            Persona {
                name: "Accountancy office with 12 staff holding ID copies, unaware of the 72-hour duty",
                tags: &[
                    "sector-office",
                    "staff-10-49",
                    "no-online-sales",
                    "no-pin-terminal",
                    "data-contact",
                    "data-sensitive",
                    "it-supplier",
                ],
                answers: &[
                    ("breach-duty", "no"),
                    ("sensitive-access", "no"),
                    ("email-spoofing", "dont-know"),
                ],
                otherwise: Otherwise::Safe,
            },
            Expect {
                top: &["data-breach", "protect-sensitive-data", "ask-it-email"],
                includes: &[],
                // "Don't know" leads to the question for the IT supplier, not the how-to.
                excludes: &["email-domain", "webshop-maintenance", "supplier-updates"],
                not_asked: &["shop-software", "terminal-supplier"],
                themes: Some(ALL_THEMES),
                // Its one e-mail question is unknown: a gap until it is asked.
                red_themes: &["email-domain", "privacy"],
                light: Light::Red,
            },
        ),
        (
            // A shop with a PIN terminal and no backup at all.
            Persona {
                name: "Shop with 4 staff and a PIN terminal, no backups at all",
                tags: &[
                    "sector-shop",
                    "staff-2-9",
                    "no-online-sales",
                    "pin-terminal",
                    "data-none",
                    "it-self",
                ],
                answers: &[
                    ("backup-auto", "no"),
                    ("backup-offline", "no"),
                    ("restore-tested", "no"),
                ],
                otherwise: Otherwise::Safe,
            },
            Expect {
                top: &["backup-321", "backup-offline", "restore-test"],
                includes: &[],
                excludes: &["data-breach", "data-minimise", "webshop-maintenance"],
                not_asked: &["data-minimal", "breach-duty", "sensitive-access", "shop-software"],
                themes: Some(&[
                    "backups",
                    "updates",
                    "accounts",
                    "access",
                    "awareness",
                    "payments",
                    "email-domain",
                    "network",
                    "incident",
                ]),
                red_themes: &["backups"],
                light: Light::Red,
            },
        ),
        (
            // Every part of the profile, every answer safe.
            Persona {
                name: "Careful owner: every profile tag, every answer safe",
                tags: &[
                    "sector-office",
                    "staff-10-49",
                    "webshop",
                    "online-bookings",
                    "pin-terminal",
                    "data-contact",
                    "data-sensitive",
                    "it-supplier",
                ],
                answers: &[],
                otherwise: Otherwise::Safe,
            },
            Expect {
                top: &[],
                includes: &[],
                excludes: &["verify-iban", "backup-321", "mfa-email"],
                not_asked: &[],
                themes: Some(ALL_THEMES),
                red_themes: &[],
                light: Light::Green,
            },
        ),
        (
            // Has an IT supplier and knows none of the answers: the plan is
            // first of all questions to ask that supplier.
            Persona {
                name: "Builder with 6 staff and an IT supplier, answers 'I don't know' throughout",
                tags: &[
                    "sector-construction",
                    "staff-2-9",
                    "no-online-sales",
                    "no-pin-terminal",
                    "data-contact",
                    "it-supplier",
                ],
                answers: &[],
                otherwise: Otherwise::DontKnow,
            },
            Expect {
                top: &["ask-it-updates", "ask-it-backups", "learn-mfa"],
                includes: &["ask-it-email", "verify-iban", "caller-fraud"],
                excludes: &["backup-321", "business-updates", "email-domain", "mfa-email"],
                not_asked: &["terminal-supplier", "shop-software", "sensitive-access"],
                themes: None,
                red_themes: ALL_THEMES,
                light: Light::Red,
            },
        ),
    ]
}

#[test]
fn each_business_gets_the_plan_that_fits() {
    check_personas(business(), personas());
}

#[test]
fn a_sole_trader_gets_no_staff_questions_and_a_business_with_staff_gets_them_all() {
    let alone = Persona {
        name: "alone",
        tags: &["staff-alone"],
        answers: &[],
        otherwise: Otherwise::Safe,
    };
    let shown = shown_ids(&run(business(), &alone));
    for id in STAFF_ITEMS {
        assert!(!shown.contains(id), "{id} is asked of a sole trader");
    }
    let staff = Persona {
        name: "staff",
        tags: &["staff-2-9"],
        ..alone
    };
    let shown = shown_ids(&run(business(), &staff));
    for id in STAFF_ITEMS {
        assert!(shown.contains(id), "{id} is not asked of a business with staff");
    }
}

#[test]
fn the_business_check_has_the_size_the_issue_asks_for() {
    let check = business();
    assert!(check.questions.len() >= 25 && check.themes.len() >= 8 && check.scenarios.len() >= 4);
    // The four drills the owners' world needs.
    for id in [
        "new-iban-invoice",
        "director-email",
        "invoice-zip",
        "bank-remote-access",
    ] {
        assert!(check.scenarios.iter().any(|s| s.id == id), "{id}");
    }
}

#[test]
fn every_question_lists_its_safest_answer_first() {
    // content/README.md asks this of editors; the end-to-end tests answer
    // "the first option" for a careful person and rely on it.
    for kind in ["resident", "business"] {
        let check = check_by_kind(kind).unwrap();
        for q in check.questions {
            let best = q.options.iter().map(|o| o.score).max().unwrap_or(0);
            assert_eq!(
                q.options.first().map(|o| o.score),
                Some(best),
                "{kind}: {} does not start with its safest answer",
                q.id
            );
        }
    }
}
