//! Persona tests over the real resident content: each row is a person, with
//! the actions and themes that person must get.
#![cfg(not(target_arch = "wasm32"))]

mod persona;

use persona::{check_personas, compare_quick_with_full, run, shown_ids, Expect, Otherwise, Persona};
use veilig_check::domain::check::Check;
use veilig_check::domain::content::check_by_kind;
use veilig_check::domain::score::Light;

fn resident() -> &'static Check {
    check_by_kind("resident").expect("the resident check is in the content")
}

const ALL_THEMES: &[&str] = &[
    "accounts",
    "two-step",
    "updates",
    "backups",
    "phishing",
    "shopping",
    "social",
    "home-network",
    "when-wrong",
];

/// Items about the bank: for everyone with a bank card, online or not.
const BANKING_ITEMS: &[&str] = &["bank-card-use", "bank-statements", "bank-safe-account", "courier-card"];
const WHATSAPP_ITEMS: &[&str] = &["whatsapp-two-step", "whatsapp-code"];
/// Scams that reach everyone: a "police officer" at the door, a child with a
/// new number (WhatsApp, text or any other app).
const EVERYONE_ITEMS: &[&str] = &["door-police", "whatsapp-new-number", "parcel-sms", "id-copy"];

fn personas() -> Vec<(Persona, Expect)> {
    vec![
        (
            // 75, banks online and uses WhatsApp, has no two-step verification
            // anywhere and would move her savings for "the bank".
            Persona {
                name: "Riet, 75, online banking and WhatsApp, no two-step, would move money for 'the bank'",
                tags: &[
                    "smartphone",
                    "tablet",
                    "online-banking",
                    "whatsapp",
                    "no-online-trade",
                    "no-social-media",
                    "no-children",
                ],
                answers: &[
                    ("two-step-email", "off"),
                    ("two-step-other", "none"),
                    ("whatsapp-two-step", "off"),
                    ("bank-safe-account", "transfer"),
                    ("whatsapp-new-number", "voice-message"),
                ],
                otherwise: Otherwise::Safe,
            },
            Expect {
                top: &["bank-helpdesk-fraud", "two-step-email", "whatsapp-new-number"],
                includes: &["two-step-other", "whatsapp-two-step"],
                excludes: &[
                    "learn-two-step",
                    "webshop-check",
                    "marktplaats-payment-links",
                    "social-privacy",
                    "children-online",
                ],
                not_asked: &[
                    "unknown-webshop",
                    "paid-to-receive",
                    "who-sees-posts",
                    "children-talk",
                    "cheap-webshop",
                    "investment-ad",
                    "online-love",
                    "helpdesk-call",
                ],
                themes: Some(&[
                    "accounts",
                    "two-step",
                    "updates",
                    "backups",
                    "phishing",
                    "home-network",
                    "when-wrong",
                ]),
                red_themes: &["two-step", "phishing"],
                light: Light::Red,
            },
        ),
        (
            // Everything safe, with every part of the profile: a green light
            // and nothing to do.
            Persona {
                name: "Careful Kees, every profile tag, every answer safe",
                tags: &[
                    "smartphone",
                    "tablet",
                    "computer",
                    "smart-devices",
                    "online-banking",
                    "whatsapp",
                    "buys-online",
                    "sells-online",
                    "social-media",
                    "children",
                ],
                answers: &[],
                otherwise: Otherwise::Safe,
            },
            Expect {
                top: &[],
                includes: &[],
                excludes: &[
                    "bank-helpdesk-fraud",
                    "two-step-email",
                    "whatsapp-new-number",
                    "unique-passwords",
                ],
                not_asked: &[],
                themes: Some(ALL_THEMES),
                red_themes: &[],
                light: Light::Green,
            },
        ),
        (
            // The person the review named: a bank card but no online banking,
            // and no age given (there is no age question any more). Careful
            // everywhere but at the door: she would hand her card to the
            // "courier". Bank and door fraud reach her, and that one answer
            // turns the light red and puts its action on top.
            Persona {
                name: "Truus, 81, a bank card but no online banking, would give her card to a courier",
                tags: &[
                    "smartphone",
                    "card-only",
                    "no-whatsapp",
                    "no-online-trade",
                    "no-social-media",
                    "no-children",
                ],
                answers: &[("courier-card", "give-card")],
                otherwise: Otherwise::Safe,
            },
            Expect {
                top: &["bank-helpdesk-fraud"],
                includes: &[],
                excludes: &["whatsapp-two-step", "learn-updates"],
                not_asked: &["whatsapp-two-step", "whatsapp-code", "online-love", "investment-ad"],
                themes: None,
                red_themes: &["phishing"],
                light: Light::Red,
            },
        ),
        (
            // A phone but no online banking and no WhatsApp, answers every
            // question unsafely and falls for every scenario: the answers that
            // hand a scammer money or a card come first.
            Persona {
                name: "Henk, 68, a bank card but no online banking and no WhatsApp, answers everything unsafely",
                tags: &[
                    "smartphone",
                    "card-only",
                    "no-whatsapp",
                    "no-online-trade",
                    "no-social-media",
                    "no-children",
                ],
                answers: &[],
                otherwise: Otherwise::Unsafe,
            },
            Expect {
                top: &["bank-helpdesk-fraud", "phishing-links", "door-fraud"],
                includes: &[
                    "two-step-email",
                    "auto-updates",
                    "router-password",
                    "replace-old-devices",
                    "email-password",
                    "qr-phishing",
                    "id-copy",
                ],
                excludes: &[
                    "whatsapp-two-step",
                    "investment-fraud",
                    "romance-fraud",
                    "helpdesk-fraud",
                ],
                not_asked: &[
                    "whatsapp-two-step",
                    "whatsapp-code",
                    "smart-device-updates",
                    "smart-device-password",
                    "helpdesk-call",
                ],
                themes: Some(&[
                    "accounts",
                    "two-step",
                    "updates",
                    "backups",
                    "phishing",
                    "home-network",
                    "when-wrong",
                ]),
                red_themes: &[
                    "accounts",
                    "two-step",
                    "updates",
                    "backups",
                    "phishing",
                    "home-network",
                    "when-wrong",
                ],
                light: Light::Red,
            },
        ),
        (
            // Sells on Marktplaats and would pay the buyer's "verification"
            // link; careful otherwise. Paying the link is a harmful answer:
            // the selling action comes first and the light is red.
            Persona {
                name: "Sanne, 34, sells on Marktplaats and would pay a buyer's 1-cent link",
                tags: &[
                    "smartphone",
                    "computer",
                    "online-banking",
                    "whatsapp",
                    "sells-online",
                    "social-media",
                    "no-children",
                ],
                answers: &[("paid-to-receive", "small-amount"), ("marktplaats-link", "pay-cent")],
                otherwise: Otherwise::Safe,
            },
            Expect {
                top: &["marktplaats-payment-links"],
                includes: &[],
                excludes: &["webshop-check", "safe-payment", "bank-helpdesk-fraud"],
                not_asked: &["unknown-webshop", "payment-method", "cheap-webshop", "children-talk"],
                themes: Some(ALL_THEMES),
                red_themes: &["shopping"],
                light: Light::Red,
            },
        ),
        (
            // Answers every question with "I don't know" but sees through
            // every scenario: gaps of knowledge, not known gaps. Each leads to
            // a learning action; the light is orange, not red.
            Persona {
                name: "Ahmed, 52, answers 'I don't know' to every question, gets the scenarios right",
                tags: &[
                    "smartphone",
                    "computer",
                    "online-banking",
                    "whatsapp",
                    "buys-online",
                    "social-media",
                    "no-children",
                ],
                answers: &[
                    ("bank-safe-account", "hang-up-call"),
                    ("courier-card", "hang-up"),
                    ("door-police", "call-112"),
                    ("whatsapp-new-number", "call-old-number"),
                    ("parcel-sms", "check-myself"),
                    ("qr-sticker", "pay-machine"),
                    ("helpdesk-call", "hang-up"),
                    ("sim-swap", "call-now"),
                    ("investment-ad", "check-afm"),
                    ("online-love", "no-money"),
                    ("cheap-webshop", "check-first"),
                    ("clicked-link", "call-bank"),
                ],
                otherwise: Otherwise::DontKnow,
            },
            Expect {
                top: &["learn-two-step", "learn-updates", "whatsapp-two-step"],
                includes: &["learn-phishing", "webshop-check", "whatsapp-two-step"],
                // "Don't know" about sharing the WhatsApp code still gets the
                // how-to: that question has no separate learning action.
                excludes: &[
                    "two-step-email",
                    "two-step-other",
                    "auto-updates",
                    "replace-old-devices",
                    "bank-helpdesk-fraud",
                    "door-fraud",
                ],
                not_asked: &["paid-to-receive", "marktplaats-link", "children-talk"],
                themes: None,
                red_themes: &[],
                light: Light::Orange,
            },
        ),
        (
            // The review's 78-year-old: does not know whether updates install
            // by themselves, safe everywhere else. Not an alarm: an orange
            // light and "learn what updates do", with help.
            Persona {
                name: "Mien, 78, honestly does not know about updates, safe otherwise",
                tags: &[
                    "tablet",
                    "online-banking",
                    "whatsapp",
                    "no-online-trade",
                    "no-social-media",
                    "no-children",
                ],
                answers: &[("auto-updates", "dont-know"), ("old-devices", "dont-know")],
                otherwise: Otherwise::Safe,
            },
            Expect {
                top: &["learn-updates"],
                includes: &[],
                excludes: &["auto-updates", "replace-old-devices"],
                not_asked: &[],
                themes: None,
                red_themes: &[],
                light: Light::Orange,
            },
        ),
        (
            // A parent with children, social media and smart devices at home,
            // safe on the critical measures but open on social media and with
            // smart devices on their factory settings.
            Persona {
                name: "Fatima, 38, children at home, public social media, smart camera with default settings",
                tags: &[
                    "smartphone",
                    "computer",
                    "smart-devices",
                    "online-banking",
                    "whatsapp",
                    "buys-online",
                    "social-media",
                    "children",
                ],
                answers: &[
                    ("who-sees-posts", "everyone"),
                    ("children-talk", "no"),
                    ("smart-device-updates", "no"),
                    ("smart-device-password", "default"),
                    ("router-password", "sticker-seen"),
                ],
                otherwise: Otherwise::Safe,
            },
            Expect {
                top: &["smart-devices", "children-online", "social-privacy"],
                includes: &["router-password"],
                excludes: &["bank-helpdesk-fraud", "two-step-email", "whatsapp-new-number"],
                not_asked: &["paid-to-receive", "marktplaats-link"],
                themes: Some(ALL_THEMES),
                red_themes: &["social", "home-network"],
                light: Light::Orange,
            },
        ),
        (
            // Shops online and trusts a logo on a too-cheap webshop.
            Persona {
                name: "Joyce, 45, shops online, would trust a quality-mark logo and pay in advance",
                tags: &[
                    "computer",
                    "online-banking",
                    "no-whatsapp",
                    "buys-online",
                    "no-social-media",
                    "no-children",
                ],
                answers: &[
                    ("unknown-webshop", "looks"),
                    ("payment-method", "in-advance"),
                    ("cheap-webshop", "click-logo"),
                ],
                otherwise: Otherwise::Safe,
            },
            Expect {
                top: &["webshop-check", "safe-payment"],
                includes: &[],
                excludes: &["marktplaats-payment-links", "whatsapp-two-step"],
                not_asked: &[
                    "paid-to-receive",
                    "whatsapp-code",
                    "who-sees-posts",
                    "qr-sticker",
                    "sim-swap",
                ],
                themes: None,
                red_themes: &["shopping"],
                light: Light::Orange,
            },
        ),
    ]
}

#[test]
fn each_persona_gets_the_plan_that_fits() {
    check_personas(resident(), personas());
}

#[test]
fn a_safe_person_has_no_critical_action_and_full_scores() {
    let (persona, _) = personas().into_iter().nth(1).unwrap();
    let outcome = run(resident(), &persona).outcome();
    assert_eq!(outcome.score, 100);
    assert!(outcome.actions.iter().all(|a| !a.critical));
    assert!(outcome.themes.iter().all(|t| t.score == 100), "{:?}", outcome.themes);
}

#[test]
fn bank_and_door_fraud_reach_everyone_with_a_bank_card_online_or_not() {
    let card_only = Persona {
        name: "a bank card, no online banking, no WhatsApp",
        tags: &["card-only", "no-whatsapp"],
        answers: &[],
        otherwise: Otherwise::Unsafe,
    };
    let shown = shown_ids(&run(resident(), &card_only));
    for id in BANKING_ITEMS.iter().chain(EVERYONE_ITEMS) {
        assert!(shown.contains(id), "{id} is not asked of someone with only a bank card");
    }
    for id in WHATSAPP_ITEMS {
        assert!(!shown.contains(id), "{id} is asked without WhatsApp");
    }
    let no_card = Persona {
        name: "no bank card",
        tags: &["no-bank-card", "no-whatsapp"],
        ..card_only
    };
    let shown = shown_ids(&run(resident(), &no_card));
    for id in BANKING_ITEMS {
        assert!(!shown.contains(id), "{id} is asked of someone without a bank card");
    }
    for id in EVERYONE_ITEMS {
        assert!(shown.contains(id), "{id} must reach everyone, also without a bank card");
    }
    let with = Persona {
        name: "online banking and WhatsApp",
        tags: &["online-banking", "whatsapp"],
        ..card_only
    };
    let shown = shown_ids(&run(resident(), &with));
    for id in BANKING_ITEMS.iter().chain(WHATSAPP_ITEMS).chain(EVERYONE_ITEMS) {
        assert!(shown.contains(id), "{id} is not asked with online banking and WhatsApp");
    }
}

#[test]
fn an_answer_that_hands_over_money_or_a_card_is_always_in_the_top_three() {
    // Everyone safe but for one harmful answer, whichever it is: its action
    // is in the top three and the light is not green.
    let check = resident();
    let everything: &'static [&'static str] = &[
        "smartphone",
        "tablet",
        "computer",
        "smart-devices",
        "online-banking",
        "whatsapp",
        "buys-online",
        "sells-online",
        "social-media",
        "children",
    ];
    persona::check_harmful_answers(check, everything, 15);
}

#[test]
fn the_check_is_long_enough_to_matter_and_short_enough_to_finish() {
    // Every tag: the longest check a person can get.
    let (everything, _) = personas().into_iter().nth(1).unwrap();
    let longest = run(resident(), &everything).steps().len();
    // Nothing chosen: the shortest.
    let nothing = Persona {
        name: "nothing",
        tags: &[],
        answers: &[],
        otherwise: Otherwise::Safe,
    };
    let session = run(resident(), &nothing);
    let shortest = session.items().len();
    assert!(shortest >= 12, "only {shortest} items for someone with no profile tags");
    assert!(longest <= 50, "{longest} steps is too long for 5 to 8 minutes");
    // A typical person: a smartphone and a computer, banks online, WhatsApp,
    // shops online, social media. New scams were added by tailoring, so the
    // check stays within reach of 5 to 8 minutes.
    let typical = Persona {
        name: "typical",
        tags: &[
            "smartphone",
            "computer",
            "online-banking",
            "whatsapp",
            "buys-online",
            "social-media",
            "no-children",
        ],
        answers: &[],
        otherwise: Otherwise::Safe,
    };
    let typical = run(resident(), &typical).steps().len();
    assert!(typical <= 42, "{typical} steps for a typical person");
}

#[test]
fn progress_counts_within_the_profile_and_then_within_the_questions_without_growing() {
    use veilig_check::domain::session::{Session, Step};
    let check = resident();
    let mut s = Session::new(check);
    assert_eq!(s.progress(), None, "no count on the introduction");
    s.next();
    let mut seen = Vec::new();
    while s.step() != Step::Result {
        match s.step() {
            Step::Profile(q) => {
                // Every tag that shows more questions: the longest check.
                let all: Vec<usize> = (0..check.profile[q].options.len()).collect();
                s.choose_profile(q, if check.profile[q].multiple { &all } else { &[0] });
            }
            Step::Item(item) => s.set_answer(item, veilig_check::domain::score::Answer::Option(0)),
            _ => {}
        }
        seen.push(s.progress().unwrap());
        s.next();
    }
    let profile = check.profile.len();
    let items = seen.len() - profile;
    let expected: Vec<(usize, usize)> = (1..=profile)
        .map(|n| (n, profile))
        .chain((1..=items).map(|n| (n, items)))
        .collect();
    assert_eq!(seen, expected);
    assert_eq!(s.progress(), None, "no count on the result");
}

#[test]
fn the_quick_check_starts_the_plan_where_the_full_check_does() {
    let personas: Vec<Persona> = personas().into_iter().map(|(p, _)| p).collect();
    compare_quick_with_full(resident(), &personas);
}

#[test]
fn the_times_on_screen_are_the_median_persona_s() {
    let personas: Vec<Persona> = personas().into_iter().map(|(p, _)| p).collect();
    let (quick, full) = persona::measured_minutes(resident(), &personas);
    println!("resident: quick {quick:.1}, full {full:.1}");
    persona::assert_times_on_screen(quick, full);
}
