//! Persona tests over the real youth content (young people from 12 to 18),
//! with the same machinery as the resident and business ones: each row is a
//! young person, with the actions and themes they must get.
#![cfg(not(target_arch = "wasm32"))]

mod persona;

use persona::{check_personas, compare_quick_with_full, run, run_quick, shown_ids, Expect, Otherwise, Persona};
use veilig_check::domain::check::{Check, CRITICAL};
use veilig_check::domain::content::{check_by_kind, HELP_NOW};
use veilig_check::domain::score::Light;
use veilig_check::domain::session::quick_profile;

fn youth() -> &'static Check {
    check_by_kind("youth").expect("the youth check is in the content")
}

/// Every profile tag that shows more: the longest youth check.
const EVERY_TAG: &[&str] = &["phone", "games", "social-apps", "sells-online", "bank-card"];

/// What reaches every young person, whatever they answer in the profile:
/// sextortion, a recruiter for a bank card (who also asks those without one
/// to open an account), a friend's hacked account, a code "sent by mistake",
/// a nude in the class chat.
const EVERYONE_ITEMS: &[&str] = &[
    "share-code",
    "money-mule-known",
    "nude-request",
    "friend-asks-money",
    "money-mule",
    "sextortion",
    "nude-in-group",
];

/// Only for someone with a bank card of their own.
const BANK_CARD_ITEMS: &[&str] = &["bank-card-lend", "bank-statements"];
/// Only for someone who sells things online.
const SELLING_ITEMS: &[&str] = &["paid-to-receive", "chat-outside-app", "buyer-link"];
/// Both, for someone with neither a bank card nor anything to sell.
const NO_CARD_NO_SELLING_ITEMS: &[&str] = &[
    "bank-card-lend",
    "bank-statements",
    "paid-to-receive",
    "chat-outside-app",
    "buyer-link",
];

fn personas() -> Vec<(Persona, Expect)> {
    vec![
        (
            // Games and social media, no two-step verification anywhere, and
            // would pay a sextortion demand. Paying hands a blackmailer money:
            // its action comes first and the light is red.
            Persona {
                name: "Daan, 15, games and Snapchat, no two-step anywhere, would pay a sextortion demand",
                tags: &["phone", "games", "social-apps", "no-selling", "no-bank-card"],
                answers: &[
                    ("sextortion", "pay"),
                    ("two-step-apps", "none"),
                    ("whatsapp-two-step", "off"),
                ],
                otherwise: Otherwise::Safe,
            },
            Expect {
                top: &["sextortion", "two-step-apps", "whatsapp-two-step"],
                includes: &[],
                excludes: &[
                    "money-mule",
                    "check-bank-account",
                    "selling-payment-links",
                    "learn-two-step",
                    "nude-shared",
                ],
                not_asked: NO_CARD_NO_SELLING_ITEMS,
                themes: Some(&["accounts", "two-step", "scams", "money", "images", "when-wrong"]),
                red_themes: &["two-step", "images"],
                light: Light::Red,
            },
        ),
        (
            // A bank card of her own, has lent it to a friend once, would
            // "lend" it for 200 euros and does not know what that costs her.
            // Every one of those answers gives the money-mule advice.
            Persona {
                name: "Sanne, 16, has lent her bank card to a friend and would lend it for 200 euros",
                tags: &["phone", "social-apps", "bank-card", "no-games", "no-selling"],
                answers: &[
                    ("money-mule", "lend"),
                    ("bank-card-lend", "someone"),
                    ("money-mule-known", "no"),
                    ("bank-statements", "rarely"),
                ],
                otherwise: Otherwise::Safe,
            },
            Expect {
                top: &["money-mule", "check-bank-account"],
                includes: &[],
                excludes: &["sextortion", "fake-giveaway", "selling-payment-links", "two-step-apps"],
                not_asked: &[
                    "free-currency-login",
                    "paid-to-receive",
                    "chat-outside-app",
                    "buyer-link",
                ],
                themes: Some(&["accounts", "two-step", "scams", "money", "images", "when-wrong"]),
                red_themes: &["money"],
                light: Light::Red,
            },
        ),
        (
            // Forwards every code "sent by mistake", pays a friend's
            // "emergency", has no two-step verification in WhatsApp and has
            // told several people his password. The two harmful answers come
            // first, equal (3 × 100 each), in the order of actions.toml.
            Persona {
                name: "Milan, 13, TikTok and WhatsApp, forwards every code and pays a friend's 'emergency'",
                tags: &["phone", "social-apps", "no-games", "no-selling", "no-bank-card"],
                answers: &[
                    ("share-code", "if-friend"),
                    ("friend-asks-money", "pay"),
                    ("whatsapp-two-step", "off"),
                    ("password-share", "several"),
                ],
                otherwise: Otherwise::Safe,
            },
            Expect {
                top: &["never-share-codes", "friend-in-need", "whatsapp-two-step"],
                includes: &["keep-passwords-secret"],
                excludes: &["two-step-apps", "fake-giveaway", "money-mule", "sextortion"],
                not_asked: &["free-currency-login", "bank-card-lend", "paid-to-receive", "buyer-link"],
                themes: None,
                red_themes: &["two-step", "scams"],
                light: Light::Red,
            },
        ),
        (
            // Plays Fortnite and Roblox, would log in anywhere for free
            // V-Bucks or skins; careful otherwise. Both answers hand over his
            // game account: the advice comes first, and the light is red.
            Persona {
                name: "Ravi, 12, Fortnite and Roblox, would log in anywhere for free V-Bucks",
                tags: &["no-phone", "games", "no-social-apps", "no-selling", "no-bank-card"],
                answers: &[("free-currency-login", "yes"), ("free-vbucks", "log-in")],
                otherwise: Otherwise::Safe,
            },
            Expect {
                top: &["fake-giveaway"],
                includes: &[],
                excludes: &["never-share-codes", "social-privacy", "whatsapp-two-step"],
                not_asked: &[
                    "whatsapp-two-step",
                    "who-sees-posts",
                    "bank-card-lend",
                    "paid-to-receive",
                ],
                themes: None,
                red_themes: &["scams"],
                light: Light::Red,
            },
        ),
        (
            // Sells clothes on Vinted and would fill in her bank details on
            // the buyer's page, after moving to WhatsApp with him. Careful
            // otherwise: the selling advice comes first and alone.
            Persona {
                name: "Yara, 17, sells on Vinted, moves to WhatsApp and would use a buyer's payment link",
                tags: &["phone", "social-apps", "sells-online", "bank-card", "no-games"],
                answers: &[
                    ("buyer-link", "fill-in"),
                    ("paid-to-receive", "via-link"),
                    ("chat-outside-app", "move"),
                ],
                otherwise: Otherwise::Safe,
            },
            Expect {
                top: &["selling-payment-links"],
                includes: &[],
                excludes: &["money-mule", "phishing-links", "fake-giveaway", "sextortion"],
                not_asked: &["free-currency-login"],
                themes: Some(&[
                    "accounts",
                    "two-step",
                    "scams",
                    "money",
                    "selling",
                    "images",
                    "when-wrong",
                ]),
                red_themes: &["selling"],
                light: Light::Red,
            },
        ),
        (
            // Careful everywhere, with every part of the profile: a green
            // light and nothing to do, not even the critical advice.
            Persona {
                name: "Careful Lotte, 17, every profile tag, every answer safe",
                tags: EVERY_TAG,
                answers: &[],
                otherwise: Otherwise::Safe,
            },
            Expect {
                top: &[],
                includes: &[],
                excludes: &[
                    "sextortion",
                    "money-mule",
                    "never-share-codes",
                    "friend-in-need",
                    "two-step-apps",
                    "selling-payment-links",
                    "learn-two-step",
                ],
                not_asked: &[],
                themes: Some(&[
                    "accounts",
                    "two-step",
                    "scams",
                    "money",
                    "selling",
                    "images",
                    "when-wrong",
                ]),
                red_themes: &[],
                light: Light::Green,
            },
        ),
        (
            // Twelve, no phone, games, apps or bank card of her own yet; does
            // not know about two-step verification on e-mail nor where to get
            // help, sees through every scenario. "Don't know" gives the
            // learning action; on items that are not critical it makes
            // nothing red, and the overall score (93) stays green.
            Persona {
                name: "Noor, 12, nothing of her own yet, does not know about two-step or where to get help",
                tags: &["no-phone", "no-games", "no-social-apps", "no-selling", "no-bank-card"],
                answers: &[("two-step-email", "dont-know"), ("who-to-tell", "dont-know")],
                otherwise: Otherwise::Safe,
            },
            Expect {
                // Equal totals (2 × 50 each): the order of actions.toml.
                top: &["learn-two-step", "know-where-help"],
                includes: &[],
                excludes: &[
                    "two-step-email",
                    "two-step-apps",
                    "whatsapp-two-step",
                    "sextortion",
                    "money-mule",
                ],
                not_asked: &[
                    "two-step-apps",
                    "whatsapp-two-step",
                    "free-currency-login",
                    "bank-card-lend",
                    "bank-statements",
                    "paid-to-receive",
                    "who-sees-posts",
                    "account-takeover",
                    "free-vbucks",
                    "buyer-link",
                ],
                themes: Some(&["accounts", "two-step", "scams", "money", "images", "when-wrong"]),
                red_themes: &[],
                light: Light::Green,
            },
        ),
        (
            // Every tag, answers every question unsafely and falls for every
            // scenario (its first wrong answer): all the harmful answers come
            // first, every theme is red.
            Persona {
                name: "Every tag, everything unsafe",
                tags: EVERY_TAG,
                answers: &[],
                otherwise: Otherwise::Unsafe,
            },
            Expect {
                top: &["money-mule", "selling-payment-links", "fake-giveaway"],
                includes: &[
                    "sextortion",
                    "never-share-codes",
                    "friend-in-need",
                    "two-step-apps",
                    "account-hacked",
                    "know-where-help",
                    "nude-shared",
                ],
                excludes: &["learn-two-step"],
                not_asked: &[],
                themes: None,
                red_themes: &[
                    "accounts",
                    "two-step",
                    "scams",
                    "money",
                    "selling",
                    "images",
                    "when-wrong",
                ],
                light: Light::Red,
            },
        ),
    ]
}

#[test]
fn each_young_person_gets_the_plan_that_fits() {
    check_personas(youth(), personas());
}

#[test]
fn a_careful_young_person_has_full_scores_and_no_action() {
    let (careful, _) = personas().into_iter().nth(5).unwrap();
    let outcome = run(youth(), &careful).outcome();
    assert_eq!(outcome.score, 100);
    assert!(outcome.actions.is_empty(), "{:?}", outcome.actions);
    assert!(outcome.themes.iter().all(|t| t.score == 100), "{:?}", outcome.themes);
}

#[test]
fn sextortion_bank_cards_and_hacked_friends_reach_everyone() {
    // Nothing chosen in the profile: still asked what reaches every young
    // person, and nothing that needs a tag.
    let nothing = Persona {
        name: "nothing chosen",
        tags: &[],
        answers: &[],
        otherwise: Otherwise::Safe,
    };
    let shown = shown_ids(&run(youth(), &nothing));
    for id in EVERYONE_ITEMS {
        assert!(shown.contains(id), "{id} must reach everyone");
    }
    for id in BANK_CARD_ITEMS.iter().chain(SELLING_ITEMS) {
        assert!(!shown.contains(id), "{id} is asked without its tag");
    }
    // A bank card brings the card questions; selling brings the selling ones.
    let card = Persona {
        name: "a bank card",
        tags: &["bank-card"],
        ..nothing
    };
    let shown = shown_ids(&run(youth(), &card));
    for id in BANK_CARD_ITEMS {
        assert!(shown.contains(id), "{id} is not asked of someone with a bank card");
    }
    let seller = Persona {
        name: "sells online",
        tags: &["sells-online"],
        ..nothing
    };
    let shown = shown_ids(&run(youth(), &seller));
    for id in SELLING_ITEMS {
        assert!(shown.contains(id), "{id} is not asked of someone who sells online");
    }
}

#[test]
fn an_answer_that_hands_over_money_a_code_a_card_or_access_is_always_in_the_top_three() {
    persona::check_harmful_answers(youth(), EVERY_TAG, 10);
}

#[test]
fn the_youth_check_has_the_size_the_brief_asks_for() {
    let check = youth();
    assert!(check.questions.len() >= 15, "{} questions", check.questions.len());
    assert!(check.scenarios.len() >= 6, "{} scenarios", check.scenarios.len());
    for id in [
        "sextortion",
        "money-mule",
        "account-takeover",
        "friend-asks-money",
        "free-vbucks",
        "buyer-link",
        "nude-in-group",
    ] {
        assert!(check.scenarios.iter().any(|s| s.id == id), "scenario {id}");
    }
    for s in check.scenarios {
        assert_eq!(s.options.iter().filter(|o| o.correct).count(), 1, "{}", s.id);
    }
    // "It is happening now" has the young people's own situations.
    let situations: Vec<&str> = HELP_NOW.iter().filter(|s| s.check == "youth").map(|s| s.id).collect();
    for id in ["youth-sextortion", "youth-bank-card", "youth-account-hacked"] {
        assert!(situations.contains(&id), "situation {id}");
    }
    // Every action says where to call.
    for a in check.actions {
        assert!(a.help.iter().any(|o| o.phone.is_some()), "{}: no one to call", a.id);
    }
}

#[test]
fn every_question_lists_its_safest_answer_first() {
    for q in youth().questions {
        let best = q.options.iter().map(|o| o.score).max().unwrap_or(0);
        assert_eq!(q.options.first().map(|o| o.score), Some(best), "{}", q.id);
    }
}

#[test]
fn the_youth_check_says_je_not_u() {
    use veilig_check::domain::packs::builtin;
    use veilig_check::domain::text::Text;
    use veilig_check::domain::Lang;
    let packs = builtin();
    let check = youth();
    let mut texts: Vec<(String, &Text)> = vec![
        ("title".into(), &check.title),
        ("intro".into(), &check.intro),
        ("profile_caption".into(), &check.profile_caption),
        ("help_now_caption".into(), &check.help_now_caption),
        ("choice_title".into(), &check.choice_title),
        ("choice_hint".into(), &check.choice_hint),
    ];
    texts.extend(check.themes.iter().map(|t| (t.id.to_string(), &t.title)));
    for q in check.profile {
        texts.push((q.id.into(), &q.text));
        texts.extend(q.hint.iter().map(|h| (q.id.to_string(), h)));
        texts.extend(q.options.iter().map(|o| (q.id.to_string(), &o.label)));
    }
    for q in check.questions {
        texts.push((q.id.into(), &q.text));
        texts.extend(q.hint.iter().map(|h| (q.id.to_string(), h)));
        texts.extend(q.options.iter().map(|o| (q.id.to_string(), &o.label)));
    }
    for s in check.scenarios {
        for t in [&s.title, &s.story, &s.question, &s.explanation] {
            texts.push((s.id.into(), t));
        }
        texts.extend(s.options.iter().map(|o| (s.id.to_string(), &o.label)));
    }
    for a in check.actions {
        texts.push((a.id.into(), &a.title));
        texts.push((a.id.into(), &a.why));
        texts.extend(a.steps.iter().map(|t| (a.id.to_string(), t)));
        for v in a.variants {
            texts.extend(v.steps.iter().map(|t| (a.id.to_string(), t)));
        }
    }
    for s in HELP_NOW.iter().filter(|s| s.check == "youth") {
        texts.push((s.id.into(), &s.title));
        texts.extend(s.steps.iter().map(|t| (s.id.to_string(), t)));
    }
    let formal = ["u", "uw", "uzelf"];
    let mut found = Vec::new();
    for (entry, text) in texts {
        let dutch = packs.get(text, Lang::default());
        let words = dutch.split(|c: char| !c.is_alphabetic()).map(str::to_lowercase);
        if words.into_iter().any(|w| formal.contains(&w.as_str())) {
            found.push(format!("{entry}: {dutch}"));
        }
    }
    assert!(found.is_empty(), "\"u\" in the youth check:\n{}", found.join("\n"));
}

#[test]
fn the_quick_check_asks_the_critical_items_and_only_the_profile_they_need() {
    let check = youth();
    // The profile questions whose tags a critical item names: games and
    // social apps (two-step verification on their accounts) and a bank card.
    let profile: Vec<&str> = quick_profile(check).into_iter().map(|q| check.profile[q].id).collect();
    assert_eq!(profile, ["games", "social", "bank"]);
    let everything = Persona {
        name: "every tag",
        tags: EVERY_TAG,
        answers: &[],
        otherwise: Otherwise::Safe,
    };
    let mut quick = shown_ids(&run_quick(check, &everything));
    let mut critical: Vec<&str> = check
        .questions
        .iter()
        .filter(|q| q.weight >= CRITICAL)
        .map(|q| q.id)
        .chain(check.scenarios.iter().filter(|s| s.weight >= CRITICAL).map(|s| s.id))
        .collect();
    assert!(critical.len() >= 5, "only {} critical items", critical.len());
    // The quick check keeps the check's order (theme by theme); compare sets.
    quick.sort_unstable();
    critical.sort_unstable();
    assert_eq!(
        quick, critical,
        "the quick check asks every critical item, and only those"
    );
}

#[test]
fn the_quick_check_starts_the_plan_where_the_full_check_does() {
    let personas: Vec<Persona> = personas().into_iter().map(|(p, _)| p).collect();
    compare_quick_with_full(youth(), &personas);
}

#[test]
fn the_times_on_screen_do_not_understate_the_youth_check() {
    // The times in ui.toml (start.duration, check.start_quick,
    // check.start_full) are shared by every check and measured on the
    // resident and business personas. The youth check is shorter; what the
    // screen says must at least not promise less time than it takes.
    let personas: Vec<Persona> = personas().into_iter().map(|(p, _)| p).collect();
    let (quick, full) = persona::measured_minutes(youth(), &personas);
    println!("youth: quick {quick:.1}, full {full:.1}");
    use veilig_check::domain::content::ui;
    use veilig_check::domain::packs::builtin;
    use veilig_check::domain::Lang;
    let packs = builtin();
    let most = |text: &veilig_check::domain::text::Text| -> f64 {
        packs
            .get(text, Lang::default())
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|n| n.parse::<f64>().ok())
            .fold(0.0, f64::max)
    };
    let (says_quick, says_full) = (most(&ui::CHECK_START_QUICK), most(&ui::CHECK_START_FULL));
    assert!(
        quick.round() <= says_quick,
        "the quick youth check takes {quick:.1} minutes, the screen says {says_quick}"
    );
    assert!(
        full.round() <= says_full,
        "the full youth check takes {full:.1} minutes, the screen says {says_full}"
    );
}
