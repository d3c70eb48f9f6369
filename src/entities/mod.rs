//! Entities: cities, countries, people, roles and organisations, with the relations between
//! them (who holds which role where, which city is in which country).

use std::fmt;

/// The kinds of entity recap recognises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityKind {
    /// A city, town or municipality.
    City,
    /// A sovereign state.
    Country,
    /// A named person.
    Person,
    /// A company, public body, university, NGO, network, programme.
    Organisation,
    /// A job title or function.
    Role,
}

impl EntityKind {
    /// Every kind, in output order.
    pub const ALL: [EntityKind; 5] = [
        EntityKind::City,
        EntityKind::Country,
        EntityKind::Person,
        EntityKind::Organisation,
        EntityKind::Role,
    ];

    /// The name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::City => "city",
            Self::Country => "country",
            Self::Person => "person",
            Self::Organisation => "organisation",
            Self::Role => "role",
        }
    }

    /// Parses a type name (also accepts `organization` and plurals).
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().trim_end_matches('s') {
            "city" | "citie" => Some(Self::City),
            "country" | "countrie" => Some(Self::Country),
            "person" | "people" => Some(Self::Person),
            "organisation" | "organization" | "org" => Some(Self::Organisation),
            "role" => Some(Self::Role),
            _ => None,
        }
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One mention of an entity: a byte span of the document text and its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Mention {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset past the last character.
    pub end: usize,
    /// Index of the sentence.
    pub sentence: usize,
}

/// An entity of one document, with its mentions and relations.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// What it is.
    pub kind: EntityKind,
    /// Canonical name: the fullest form the text uses.
    pub name: String,
    /// Mentions in document order.
    pub mentions: Vec<Mention>,
    /// For cities: the country the text links the city to ("Aarhus (Denmark)").
    pub country: Option<String>,
    /// For cities: the country of the gazetteer entry the name was matched to.
    pub gazetteer_country: Option<String>,
    /// For people: the main role.
    pub role: Option<String>,
    /// For people: where the role is held.
    pub affiliation: Option<String>,
}

impl Entity {
    /// A new entity without relations.
    pub fn new(kind: EntityKind, name: impl Into<String>) -> Self {
        Self {
            kind,
            name: name.into(),
            mentions: Vec::new(),
            country: None,
            gazetteer_country: None,
            role: None,
            affiliation: None,
        }
    }
}

mod folded;
mod recognise;
mod roles;
mod spans;

pub use recognise::{is_agent_preposition, recognise};
pub(crate) use roles::DEFINITE_ARTICLES;

use crate::lexicon::UserEntry;

/// Applies a user lexicon (`--lexicon FILE`): every occurrence of an entry's name or aliases, on
/// word boundaries, becomes a mention of that entry under its canonical name and type, and
/// replaces whatever the built-in recognisers found at that place.
pub fn apply_user_lexicon(
    text: &str,
    sentence_at: impl Fn(usize) -> usize,
    entries: &[UserEntry],
    entities: &mut Vec<Entity>,
) {
    let boundary = |i: usize| {
        text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    };
    let boundary_after = |i: usize| {
        text[i..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
    };
    let mut added: Vec<Entity> = Vec::new();
    for entry in entries {
        let mut e = Entity::new(entry.kind, entry.name.clone());
        e.country = entry.country.clone();
        for form in std::iter::once(&entry.name).chain(&entry.aliases) {
            if form.is_empty() {
                continue;
            }
            for (start, _) in text.match_indices(form.as_str()) {
                let end = start + form.len();
                if boundary(start) && boundary_after(end) {
                    e.mentions.push(Mention {
                        start,
                        end,
                        sentence: sentence_at(start),
                    });
                }
            }
        }
        if !e.mentions.is_empty() {
            e.mentions.sort();
            e.mentions.dedup();
            added.push(e);
        }
    }
    if added.is_empty() {
        return;
    }
    let taken: Vec<(usize, usize)> = added
        .iter()
        .flat_map(|e| e.mentions.iter().map(|m| (m.start, m.end)))
        .collect();
    for e in entities.iter_mut() {
        e.mentions
            .retain(|m| !taken.iter().any(|&(s, t)| m.start < t && s < m.end));
    }
    entities.retain(|e| !e.mentions.is_empty());
    for a in added {
        match entities
            .iter_mut()
            .find(|e| e.kind == a.kind && e.name == a.name)
        {
            Some(e) => {
                e.mentions.extend(a.mentions);
                e.mentions.sort();
                e.mentions.dedup();
                if a.country.is_some() {
                    e.country = a.country;
                }
            }
            None => entities.push(a),
        }
    }
    entities.sort_by(|a, b| a.kind.cmp(&b.kind).then_with(|| a.name.cmp(&b.name)));
}

pub use spans::{is_acronym, strip_possessive};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{Document, TextFormat};
    use crate::segment::segment;

    fn entities(text: &str) -> Vec<Entity> {
        let doc = Document::from_text("t".into(), "t".into(), TextFormat::Text, text);
        let seg = segment(&doc, None);
        let out = recognise(&doc, &seg, crate::lexicon::builtin());
        for e in &out {
            for m in &e.mentions {
                assert!(
                    m.start < m.end
                        && doc.text.is_char_boundary(m.start)
                        && doc.text.is_char_boundary(m.end)
                );
            }
        }
        out
    }

    fn has(es: &[Entity], kind: EntityKind, name: &str) -> bool {
        es.iter().any(|e| e.kind == kind && e.name == name)
    }

    /// Whether an entity of `kind` among `es` has `part` in its name.
    fn has_containing(es: &[Entity], kind: EntityKind, part: &str) -> bool {
        es.iter().any(|e| e.kind == kind && e.name.contains(part))
    }

    /// The names of the entities of `kind` among `es`, in order.
    fn names_of(es: &[Entity], kind: EntityKind) -> Vec<&str> {
        es.iter()
            .filter(|e| e.kind == kind)
            .map(|e| e.name.as_str())
            .collect()
    }

    /// The person named `name` among `es`, if recap found one.
    fn find_person<'a>(es: &'a [Entity], name: &str) -> Option<&'a Entity> {
        es.iter()
            .find(|e| e.kind == EntityKind::Person && e.name == name)
    }

    /// The role recap gives the person named `name` in `text`.
    fn role_in(text: &str, name: &str) -> Option<String> {
        find_person(&entities(text), name).and_then(|e| e.role.clone())
    }

    /// The affiliation recap gives the person named `name` in `text`.
    fn affiliation_in(text: &str, name: &str) -> Option<String> {
        find_person(&entities(text), name).and_then(|e| e.affiliation.clone())
    }

    /// The role and the affiliation of the person named `name` among `es`.
    fn role_and_affiliation(es: &[Entity], name: &str) -> (Option<String>, Option<String>) {
        find_person(es, name).map_or((None, None), |p| (p.role.clone(), p.affiliation.clone()))
    }

    #[test]
    fn a_speech_verb_ending_the_sentence_after_a_quote_attributes_it() {
        let text = "“Reach out to them,” John Higgins, the City Lab’s moderator concluded.";
        assert_eq!(role_in(text, "John Higgins").as_deref(), Some("moderator"));
        // Without a quote the role may be the subject of a clause of its own.
        let text = "We thanked John Higgins, the moderator said.";
        assert_eq!(role_in(text, "John Higgins"), None);
    }

    #[test]
    fn a_name_between_an_apposition_comma_and_a_role_is_the_body() {
        for text in [
            "Jane Doe, the Eurocities policy advisor, opened the day.",
            "Jane Doe, a Eurocities policy advisor, opened the day.",
        ] {
            let es = entities(text);
            assert_eq!(
                role_and_affiliation(&es, "Jane Doe"),
                (Some("policy advisor".into()), Some("Eurocities".into())),
                "{text}"
            );
        }
        // A common word describes the holder.
        let es = entities("Sione Taufa, a Deaf director from Auckland, spoke.");
        assert!(!has(&es, EntityKind::Organisation, "Deaf"));
    }

    #[test]
    fn a_singular_thing_after_the_article_is_where_the_role_is_held() {
        let es = "Habló Rosa Quispe, tejedora de la parroquia, sobre el telar de cintura.";
        assert_eq!(role_in(es, "Rosa Quispe").as_deref(), Some("tejedora"));
        let it = "Ha aperto la giornata Don Paolo Zanin, parroco della parrocchia, con un saluto.";
        assert_eq!(role_in(it, "Paolo Zanin").as_deref(), Some("parroco"));
        let nl = "Shanti Ramdin, directrice van de rijschool, vertelde over de examens.";
        assert_eq!(role_in(nl, "Shanti Ramdin").as_deref(), Some("directrice"));
        // Plurals and what the holder is in charge of stay in the role.
        let it = "Marta Colli, responsabile dei progetti internazionali, ha presentato il piano.";
        assert_eq!(
            role_in(it, "Marta Colli").as_deref(),
            Some("responsabile dei progetti internazionali")
        );
        let fr = "Nathalie Ferrand, adjointe chargée du commerce, a ouvert la réunion.";
        assert_eq!(
            role_in(fr, "Nathalie Ferrand").as_deref(),
            Some("adjointe chargée du commerce")
        );
    }

    #[test]
    fn a_title_case_role_after_an_attendee_list_s_dash() {
        let text = "Present:\n\n- Imran Siddiqui – Apprenticeship Hub Coordinator, DBC\n\
                    - Nicola Fenwick – Careers Leader, Skerne Park Academy\n";
        let es = entities(text);
        // "Hub" is a town too (in Pakistan), named like a word.
        assert_eq!(
            role_and_affiliation(&es, "Imran Siddiqui"),
            (
                Some("Apprenticeship Hub Coordinator".into()),
                Some("DBC".into())
            )
        );
        assert_eq!(
            role_and_affiliation(&es, "Nicola Fenwick"),
            (
                Some("Careers Leader".into()),
                Some("Skerne Park Academy".into())
            )
        );
        // The name after the role's comma is the employer, not a person the role names.
        let es = entities(
            "Present:\n\n- Amy Whitfield – Work Coach, Jobcentre Plus\n\
             - Beth Harland – Events Officer, DBC\n",
        );
        assert!(find_person(&es, "Jobcentre Plus").is_none(), "{es:?}");
        assert_eq!(
            role_and_affiliation(&es, "Amy Whitfield"),
            (Some("Work Coach".into()), Some("Jobcentre Plus".into()))
        );
    }

    #[test]
    fn title_case_roles_at_the_sentence_end_and_possessive_fields() {
        let text = "Minutes taken by Siân Roberts, Branch Secretary. Next meeting in June.";
        assert_eq!(
            role_in(text, "Siân Roberts").as_deref(),
            Some("Branch Secretary")
        );
        let text = "Dr Rhys Bevan, Lead Medical Examiner at the Health Board, reported.";
        assert_eq!(
            role_in(text, "Rhys Bevan").as_deref(),
            Some("Lead Medical Examiner")
        );
        assert!(!has(
            &entities(text),
            EntityKind::Person,
            "Medical Examiner"
        ));
        let text = "Angela Frodsham, coroner's officer with the Cheshire Coroner's Service, spoke.";
        assert_eq!(
            role_in(text, "Angela Frodsham").as_deref(),
            Some("coroner's officer")
        );
        // A body's possessive is the owner, not part of the title.
        let text = "Mariana Costa, the network's coordinator, spoke.";
        assert_eq!(
            role_in(text, "Mariana Costa").as_deref(),
            Some("coordinator")
        );
    }

    #[test]
    fn german_common_nouns_that_look_like_bodies() {
        let es = entities("Ein Drittel der Betriebsinhaber im Innungsbezirk ist älter als 58.");
        assert!(!has(&es, EntityKind::Organisation, "Innungsbezirk"));
        let es = entities("Sie sagte, dass ihre Behörde Importschiefer nicht ablehnt.");
        assert!(es.iter().all(|e| e.kind != EntityKind::Organisation));
        let es = entities("Hautkrebs durch UV-Strahlung ist häufig, sagte sie zur EU-Förderung.");
        assert!(es.iter().all(|e| e.kind != EntityKind::Organisation));
        // A body's word after the hyphen or a legal form keeps the body.
        let es = entities("Die EU-Kommission hat entschieden, und seine Firma Müller GmbH auch.");
        assert!(has(&es, EntityKind::Organisation, "EU-Kommission"));
        assert!(has(&es, EntityKind::Organisation, "Müller GmbH"));
    }

    #[test]
    fn a_german_body_compound_takes_its_genitive_complement() {
        let es =
            entities("Gastgeber war das Bundesbildungszentrum des Deutschen Dachdeckerhandwerks.");
        assert!(has(
            &es,
            EntityKind::Organisation,
            "Bundesbildungszentrum des Deutschen Dachdeckerhandwerks"
        ));
        assert!(!has(
            &es,
            EntityKind::Organisation,
            "Deutschen Dachdeckerhandwerks"
        ));
        // A complement that is a body of its own stays that body.
        let es =
            entities("Er arbeitet im Bildungszentrum der Handwerkskammer für Oberfranken in Hof.");
        assert!(has(
            &es,
            EntityKind::Organisation,
            "Handwerkskammer für Oberfranken"
        ));
    }

    #[test]
    fn romance_titles_joined_by_and_participles_and_bodies_named_for_towns() {
        let es = entities("Giulia Ferrara, scultrice e docente di tecniche del marmo all'Accademia di Belle Arti di Carrara, ha parlato.");
        assert_eq!(
            role_and_affiliation(&es, "Giulia Ferrara"),
            (
                Some("docente di tecniche del marmo".into()),
                Some("Accademia di Belle Arti di Carrara".into())
            )
        );
        let text =
            "Ana Braga, historiadora da arte e investigadora da Universidade do Minho, falou.";
        let es = entities(text);
        assert_eq!(
            role_and_affiliation(&es, "Ana Braga"),
            (
                Some("investigadora".into()),
                Some("Universidade do Minho".into())
            )
        );
        assert!(has(&es, EntityKind::Role, "historiadora da arte"));
        let text =
            "Beatriz Lobo, designer de joalharia formada na Escola Artística do Porto, falou.";
        assert_eq!(
            role_in(text, "Beatriz Lobo").as_deref(),
            Some("designer de joalharia")
        );
        let text = "Hugo Mertens, analista di mercato presso Rabobank, ha parlato.";
        assert_eq!(
            affiliation_in(text, "Hugo Mertens").as_deref(),
            Some("Rabobank")
        );
        // "Arti" is an Indian given name too; "di Carrara" says where the body is.
        let es = entities("La docente presso l'Accademia di Belle Arti di Carrara ha parlato.");
        assert!(es.iter().all(|e| e.kind != EntityKind::Person));
    }

    #[test]
    fn a_role_apposed_after_the_body_the_name_is_of() {
        for text in [
            "Sgt Mark Holloway of Cheshire Constabulary, COSA's national wellbeing lead, spoke.",
            "Mark Holloway of Cheshire Constabulary, the national wellbeing lead, spoke.",
        ] {
            assert_eq!(
                role_in(text, "Mark Holloway").as_deref(),
                Some("national wellbeing lead"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_name_described_as_a_company_after_a_title_is_a_body() {
        let es = entities(
            "Oliver Kendal, chief pilot of the Bristol-based ride operator Avon Skyrides, spoke.",
        );
        assert!(has(&es, EntityKind::Organisation, "Avon Skyrides"));
        assert!(!has(&es, EntityKind::Person, "Avon Skyrides"));
        let es = entities("The ferry operator Northlink Ferries cut two sailings.");
        assert!(has(&es, EntityKind::Organisation, "Northlink Ferries"));
        // A given name keeps the person.
        let es = entities("The London-based photographer Jane Doe spoke.");
        assert!(has(&es, EntityKind::Person, "Jane Doe"));
    }

    #[test]
    fn a_short_form_takes_the_full_name_with_its_town_or_genitive() {
        let es = entities(
            "Sanne de Haan werkt bij de Hanzehogeschool Groningen. De Hanzehogeschool groeit.",
        );
        assert!(has(
            &es,
            EntityKind::Organisation,
            "Hanzehogeschool Groningen"
        ));
        assert!(!has(&es, EntityKind::Organisation, "Hanzehogeschool"));
        let es = entities("Gastgeber war das Bundesbildungszentrum des Deutschen Dachdeckerhandwerks. Markus Feld, Ausbildungsleiter am Bundesbildungszentrum, ergänzte das.");
        assert_eq!(
            role_and_affiliation(&es, "Markus Feld").1.as_deref(),
            Some("Bundesbildungszentrum des Deutschen Dachdeckerhandwerks")
        );
        // An acronym's unit stays a body of its own.
        let es = entities("The BBC and BBC Radio Devon both covered it.");
        assert!(has(&es, EntityKind::Organisation, "BBC"));
    }

    #[test]
    fn a_trade_noun_in_eed_before_a_compound_head() {
        let text = "After lunch, reed maker Fiona Baird described her visit.";
        assert_eq!(role_in(text, "Fiona Baird").as_deref(), Some("reed maker"));
        // A participle is no trade: "trained operator" gives no role of that shape.
        let text = "After lunch, trained operator Fiona Baird described her visit.";
        assert_ne!(
            role_in(text, "Fiona Baird").as_deref(),
            Some("trained operator")
        );
    }

    #[test]
    fn a_german_title_with_its_genitive_is_a_role_without_a_person() {
        let es = entities("Der Oberbürgermeister der Stadt Mayen musste kurzfristig absagen.");
        assert!(has(&es, EntityKind::Role, "Oberbürgermeister"));
    }

    #[test]
    fn an_academy_is_a_body_not_an_event() {
        let es =
            entities("Our thanks go to Dollar Academy, whose music department lent us a room.");
        assert!(has(&es, EntityKind::Organisation, "Dollar Academy"));
        let es =
            entities("Tom Brennan, flight instructor at SkyGrid Academy, presented incident data.");
        assert_eq!(
            role_and_affiliation(&es, "Tom Brennan").1.as_deref(),
            Some("SkyGrid Academy")
        );
    }

    #[test]
    fn foundry_trades_and_a_holder_named_by_a_relative_clause() {
        let text = "Former foreman moulder Ron Bickerton, 81, talked about it.";
        assert_eq!(
            role_in(text, "Ron Bickerton").as_deref(),
            Some("foreman moulder")
        );
        let text = "Dave Hulme, the foundry's last bell tuner, described tuning.";
        assert_eq!(role_in(text, "Dave Hulme").as_deref(), Some("bell tuner"));
        for text in [
            "Der Landesinnungsmeister, der kurzfristig absagen musste, ließ grüßen.",
            "El director-conservador, que no pudo asistir, envió una carta.",
        ] {
            let es = entities(text);
            assert!(es.iter().any(|e| e.kind == EntityKind::Role), "{text}");
        }
    }

    #[test]
    fn elided_articles_are_cut_from_names_without_breaking_spans() {
        // Regression: a name starting with "dell'" gave a mention whose end preceded its start.
        let es = entities("Alla Giornata dell'Innovazione, organizzata dall’Associazione Nazionale Comuni Italiani (ANCI), Marco Ferri ha parlato a Torino.");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Associazione Nazionale Comuni Italiani"
            ),
            "{es:?}"
        );
        assert!(has(&es, EntityKind::Person, "Marco Ferri"), "{es:?}");
    }

    #[test]
    fn a_name_over_the_soft_wrap_of_plain_text_is_one_name() {
        let text = "More than 200 delegates met in Rotterdam for the forum on urban\n\
                    freight. The opening keynote of the morning came from Natalia\n\
                    Gkiaouri, policy assistant at the European Commission, who argued\n\
                    that city logistics must be electrified by the end of the decade.";
        let es = entities(text);
        assert!(has(&es, EntityKind::Person, "Natalia Gkiaouri"), "{es:?}");
        assert_eq!(
            role_in(text, "Natalia Gkiaouri").as_deref(),
            Some("policy assistant")
        );
    }

    #[test]
    fn a_given_name_named_like_a_month_keeps_its_particle_and_adverbs_open_no_name() {
        let lead = "The regional plan for freight was shown to the members of the council in \
                    the morning, and they discussed it with the partners. ";
        for name in ["Jan de Vries", "May van Dijk", "Jan ter Horst"] {
            let es = entities(&format!(
                "{lead}It was presented by {name}, head of mobility at Foo Ltd."
            ));
            assert!(has(&es, EntityKind::Person, name), "{es:?}");
        }
        for adverb in ["Later", "Finally", "Meanwhile"] {
            let es = entities(&format!(
                "{lead}{adverb} Anna Peeters spoke about the plan."
            ));
            assert!(has(&es, EntityKind::Person, "Anna Peeters"), "{es:?}");
        }
        let es = entities(&format!("{lead}Emily Peeters spoke about the plan."));
        assert!(has(&es, EntityKind::Person, "Emily Peeters"), "{es:?}");
    }

    #[test]
    fn a_speakers_list_may_set_role_and_body_apart_with_bars() {
        let text = "The panel discussed water in Kisumu.\n\nSpeakers:\n\
                    Dr. Amina Yusuf | Senior Researcher | University of Nairobi\n\
                    Peter Okello | Director | Kisumu Water Company\n\
                    Grace Atieno | Engineer | Lake Victoria Basin Commission\n";
        assert_eq!(
            role_in(text, "Amina Yusuf").as_deref(),
            Some("Senior Researcher")
        );
        assert_eq!(
            affiliation_in(text, "Amina Yusuf").as_deref(),
            Some("University of Nairobi")
        );
    }

    #[test]
    fn a_unit_s_two_word_acronym_in_brackets_is_no_definition_of_the_body() {
        let es = entities(
            "Natalia Gkiaouri works at the European Commission (DG GROW) in Brussels. The \
             General Directorate of Water Management (OVF) sent a delegation.",
        );
        for body in [
            "DG GROW",
            "European Commission",
            "General Directorate of Water Management",
        ] {
            assert!(has(&es, EntityKind::Organisation, body), "{body}: {es:?}");
        }
    }

    #[test]
    fn names_copied_with_no_break_spaces_and_soft_hyphens_are_shown_plain() {
        let es = entities(
            "The keynote came from Natalia\u{A0}Gkiaouri, policy assistant at the \
             European\u{A0}Commission. Jan Pee\u{AD}ters spoke after her.",
        );
        for name in ["Natalia Gkiaouri", "Jan Peeters"] {
            assert!(has(&es, EntityKind::Person, name), "{name}: {es:?}");
        }
        assert!(
            has(&es, EntityKind::Organisation, "European Commission"),
            "{es:?}"
        );
    }

    #[test]
    fn a_body_s_acronym_before_a_full_name_is_cut_off_but_not_a_school_s() {
        let es = entities(
            "Oggi lo frequentano 15 persone. Il dirigente dell'ANCI Roberto Fabbri ha \
             annunciato un bando. Lavora al CEIP Miguel Hernández di Valladolid.",
        );
        assert!(has(&es, EntityKind::Person, "Roberto Fabbri"), "{es:?}");
        assert!(has(&es, EntityKind::Organisation, "ANCI"), "{es:?}");
        assert!(!has(&es, EntityKind::Person, "Miguel Hernández"), "{es:?}");
    }

    #[test]
    fn a_word_describing_the_holder_is_no_part_of_the_role() {
        let lead = "La edad media de los socios de las cooperativas supera los 55 años. ";
        let text = format!("{lead}Camilo Restrepo, joven barista de Filandia, explicó todo.");
        assert_eq!(
            role_in(&text, "Camilo Restrepo").as_deref(),
            Some("barista")
        );
        let text = "The cooperatives met for two days. Ana Ruiz, a renowned chef from Lima, spoke.";
        assert_eq!(role_in(text, "Ana Ruiz").as_deref(), Some("chef"));
    }

    #[test]
    fn an_english_ing_noun_before_a_role_is_no_body() {
        let es = entities(
            "The forum discussed safety in the city centre. Licensing lawyer Claire Hepworth \
             closed the session. Reading's lead councillor Harriet Bowden opened it.",
        );
        assert!(!has(&es, EntityKind::Organisation, "Licensing"), "{es:?}");
        assert!(has(&es, EntityKind::Person, "Claire Hepworth"), "{es:?}");
        assert_eq!(
            affiliation_in(
                "The forum discussed safety in the city centre. Reading's lead councillor \
                 Harriet Bowden opened it.",
                "Harriet Bowden"
            )
            .as_deref(),
            Some("Reading")
        );
    }

    #[test]
    fn one_word_that_organises_hosts_or_funds_is_a_body() {
        let es = entities(
            "The forum was organised by ProChile. The festival is hosted by MainFM. \
             L'atelier a été financé par Arbelco. It was also organised by Maria.",
        );
        for body in ["ProChile", "MainFM", "Arbelco"] {
            assert!(has(&es, EntityKind::Organisation, body), "{body}: {es:?}");
        }
        assert!(!has(&es, EntityKind::Organisation, "Maria"), "{es:?}");
    }

    #[test]
    fn a_region_after_a_town_in_it_is_no_town() {
        let es = entities(
            "Buyers came from across Canada and the United States. Marc Gagnon buys food for \
             hospitals around Sherbrooke, Quebec. Others came from Kingston, Ontario, and \
             from Portland, Oregon, and from Ontario, California.",
        );
        for region in ["Quebec", "Oregon"] {
            assert!(!has(&es, EntityKind::City, region), "{region}: {es:?}");
        }
        for town in ["Sherbrooke", "Kingston", "Portland"] {
            assert!(has(&es, EntityKind::City, town), "{town}: {es:?}");
        }
    }

    #[test]
    fn a_common_word_for_a_body_after_an_elided_article_is_no_part_of_the_role() {
        let lead = "La journée a réuni les épiceries solidaires du Cantal à Aurillac. ";
        let text = format!("{lead}Sophie Andrieu, coordinatrice de l'épicerie solidaire, a parlé.");
        assert_eq!(
            role_in(&text, "Sophie Andrieu").as_deref(),
            Some("coordinatrice")
        );
        let text = format!("{lead}Nathalie Gagnon, directrice de l'organisme, a répondu.");
        assert_eq!(
            role_in(&text, "Nathalie Gagnon").as_deref(),
            Some("directrice")
        );
    }

    #[test]
    fn places_of_transit_and_land_features_named_like_people_are_no_people() {
        let es = entities(
            "Vendors met at Warwick Junction in Durban. Others came from Val di Fiemme and \
             from Victoria Station.",
        );
        for place in ["Warwick Junction", "Val di Fiemme", "Victoria Station"] {
            assert!(!has(&es, EntityKind::Person, place), "{place}: {es:?}");
        }
    }

    #[test]
    fn a_dutch_trade_before_two_plain_words_and_van_after_a_particle_name() {
        let lead = "Het congres vond plaats in Zaltbommel met deskundigen uit het rivierengebied. ";
        let text = format!("{lead}Aannemer Ruud Bakker vertelde over de werken.");
        assert_eq!(role_in(&text, "Ruud Bakker").as_deref(), Some("Aannemer"));
        let text = format!("{lead}Onderzoeker Pieter de Wit van Deltares sprak over de dijken.");
        assert_eq!(
            affiliation_in(&text, "Pieter de Wit").as_deref(),
            Some("Deltares")
        );
        let es = entities(&format!("{lead}Henk van der Linden kwam ook."));
        assert!(
            has(&es, EntityKind::Person, "Henk van der Linden"),
            "{es:?}"
        );
    }

    #[test]
    fn according_to_opening_a_sentence_is_no_part_of_a_name() {
        for (text, name) in [
            (
                "A feira durou dois dias. Segundo Ana Rocha, a cortiça sustenta empregos.",
                "Ana Rocha",
            ),
            (
                "La jornada duró dos días. Según Javier Oteo, faltan brigadas.",
                "Javier Oteo",
            ),
            (
                "La journée a duré deux jours. Selon Élodie Marchand, le sol manque d'eau.",
                "Élodie Marchand",
            ),
        ] {
            let es = entities(text);
            assert!(has(&es, EntityKind::Person, name), "{name}: {es:?}");
        }
    }

    #[test]
    fn a_country_named_with_a_conjunction_is_one_country() {
        let es = entities(
            "Die Richterinnen kamen aus Bosnien und Herzegowina und aus Slowenien nach Graz.",
        );
        assert!(
            has(&es, EntityKind::Country, "Bosnien und Herzegowina"),
            "{es:?}"
        );
        let es = entities("Delegates came from Trinidad and Tobago to the meeting in Sarajevo.");
        assert!(
            has(&es, EntityKind::Country, "Trinidad and Tobago"),
            "{es:?}"
        );
    }

    #[test]
    fn a_body_named_by_two_disciplines_is_one_body() {
        let es = entities(
            "Experts came from the National Film and Sound Archive in Canberra and from the \
             Department of Physics and Astronomy of the university.",
        );
        for body in [
            "National Film and Sound Archive",
            "Department of Physics and Astronomy",
        ] {
            assert!(has(&es, EntityKind::Organisation, body), "{body}: {es:?}");
        }
    }

    #[test]
    fn a_function_word_or_a_numbered_room_is_no_town() {
        let es = entities(
            "Die Podiumsdiskussion fand im Forum in Halle 3 statt. Sie betont: „Wer im ersten \
             Semester kein Zimmer findet, bricht ab.“ Danach ging es nach Leipzig.",
        );
        assert!(!has(&es, EntityKind::City, "Halle"), "{es:?}");
        assert!(!has(&es, EntityKind::City, "Wer"), "{es:?}");
        assert!(has(&es, EntityKind::City, "Leipzig"), "{es:?}");
        // A town before a count is the town.
        let es =
            entities("The programme trained nurses for two years. In Kisumu 12 nurses passed.");
        assert!(has(&es, EntityKind::City, "Kisumu"), "{es:?}");
    }

    #[test]
    fn a_region_of_a_country_the_text_names_is_no_town_unless_it_seats_it() {
        let es = entities(
            "Volunteers came from the United States. Their volunteers in Oregon plant trees. \
             The apprentices of Victoria, Australia, met the Minister for Skills.",
        );
        assert!(!has(&es, EntityKind::City, "Oregon"), "{es:?}");
        assert!(!has(&es, EntityKind::City, "Victoria"), "{es:?}");
        // Kericho seats the county of its name: the town.
        let es = entities("Nurses from Kenya met in Kericho for two days of training.");
        assert!(has(&es, EntityKind::City, "Kericho"), "{es:?}");
    }

    #[test]
    fn a_name_opening_with_a_big_city_is_a_body_s() {
        let es = entities(
            "Most of us came from small newsrooms. Our mentor, Bangkok Post data reporter \
             Kittipong Saetang, pushed us hard.",
        );
        assert!(!has(&es, EntityKind::Person, "Bangkok Post"), "{es:?}");
        assert!(has(&es, EntityKind::Organisation, "Bangkok Post"), "{es:?}");
        assert!(has(&es, EntityKind::Person, "Kittipong Saetang"), "{es:?}");
    }

    #[test]
    fn a_german_woman_s_title_in_in_names_her_role() {
        let lead = "Am zweiten Tag ging es um den Fachkräftemangel in den Betrieben der Region. ";
        let text = format!("{lead}Seilbahntechnikerin Julia Egger schilderte die Lage.");
        assert_eq!(
            role_in(&text, "Julia Egger").as_deref(),
            Some("Seilbahntechnikerin")
        );
        let text = format!("{lead}Julia Egger, Technikerin bei der Schmittenhöhebahn AG, sprach.");
        assert_eq!(
            role_in(&text, "Julia Egger").as_deref(),
            Some("Technikerin")
        );
        // A name before a legal form, or a small town, is where the role is held.
        let text =
            format!("{lead}Markus Reiter, Geschäftsführer der Schmittenhöhebahn AG, sprach.");
        assert_eq!(
            role_in(&text, "Markus Reiter").as_deref(),
            Some("Geschäftsführer")
        );
        assert_eq!(
            affiliation_in(&text, "Markus Reiter").as_deref(),
            Some("Schmittenhöhebahn AG")
        );
        let text = format!("{lead}Anita Julen, Leiterin Technik der Zermatt Bergbahnen, sprach.");
        assert_eq!(
            role_in(&text, "Anita Julen").as_deref(),
            Some("Leiterin Technik")
        );
    }

    #[test]
    fn titles_written_with_a_period_mark_unknown_names_as_people() {
        // "Kossi" and "Ngozi" are in no given-name list: the title is the evidence.
        let es = entities("Le forum a été ouvert par M. Kossi Agbénou, qui a parlé des déchets.");
        assert!(has(&es, EntityKind::Person, "Kossi Agbénou"), "{es:?}");
        let es = entities("La sesión la abrió la Sra. Ngozi Okonkwo, que habló del agua.");
        assert!(has(&es, EntityKind::Person, "Ngozi Okonkwo"), "{es:?}");
    }

    #[test]
    fn a_german_neuter_article_joins_no_name() {
        // "das" is a name particle in Portuguese, an article in German.
        let es =
            entities("Das Seminar hat zum Großteil das Bundesministerium für Justiz finanziert.");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Bundesministerium für Justiz"
            ),
            "{es:?}"
        );
    }

    #[test]
    fn a_qualified_field_after_and_continues_a_body_name() {
        // "Aquatic Resources", "Ocean Sciences": the field is the second word; "Region VI"
        // numbers the office and names no second body.
        let es = entities("The session was hosted by the Bureau of Fisheries and Aquatic Resources Region VI at its office.");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Bureau of Fisheries and Aquatic Resources Region VI"
            ),
            "{es:?}"
        );
        let es = entities("Dr. Julius Pahilanga, associate professor at the UPV College of Fisheries and Ocean Sciences, presented data.");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "UPV College of Fisheries and Ocean Sciences"
            ),
            "{es:?}"
        );
    }

    #[test]
    fn a_sentence_initial_preposition_with_an_accent_opens_no_name() {
        let es =
            entities("Le forum a duré deux jours. À Cotonou, la collecte est désormais payante.");
        assert!(has(&es, EntityKind::City, "Cotonou"), "{es:?}");
    }

    fn linked_country(es: &[Entity], city: &str) -> Option<String> {
        es.iter()
            .find(|e| e.kind == EntityKind::City && e.name == city)
            .and_then(|e| e.country.clone())
    }

    #[test]
    fn towns_named_like_people_or_titles_stay_towns() {
        // "Dª" folds to "da"; "Ho" is a town in Ghana; "Ville" a Finnish given name.
        let es = entities(
            "His team in Da Nang brought drivers onto one app. The next stop was Ho Chi Minh City.",
        );
        assert!(has(&es, EntityKind::City, "Da Nang"), "{es:?}");
        assert!(has(&es, EntityKind::City, "Ho Chi Minh City"), "{es:?}");
        let es = entities("Mamadou Lamine Ndiaye, de la Ville de Dakar, a décrit le programme.");
        assert!(has(&es, EntityKind::City, "Dakar"), "{es:?}");
        assert!(
            !es.iter()
                .any(|e| e.kind == EntityKind::Person && e.name.starts_with("Ville")),
            "{es:?}"
        );
    }

    #[test]
    fn a_town_whose_first_word_is_a_given_name_is_a_town_where_a_place_cue_says_so() {
        // "Satu" is a Finnish given name; "El Geneina" is GeoNames' "Geneina".
        let es = entities(
            "The Mayor of Satu Mare, Gheorghe Pintea, welcomed the delegations. The river \
             flows through Satu Mare.",
        );
        assert!(has(&es, EntityKind::City, "Satu Mare"), "{es:?}");
        assert!(!has(&es, EntityKind::Person, "Satu Mare"), "{es:?}");
        let es = entities("La plupart arrivent d'El Geneina (Soudan), a dit M. Tobias Lindgren.");
        assert!(has(&es, EntityKind::City, "El Geneina"), "{es:?}");
        assert!(!has(&es, EntityKind::Person, "El Geneina"), "{es:?}");
        // A person whose name is not a town keeps the place preposition.
        let es = entities("The award went to Satu Virtanen from Tampere.");
        assert!(has(&es, EntityKind::Person, "Satu Virtanen"), "{es:?}");
    }

    #[test]
    fn a_name_after_a_role_and_its_body_holds_the_role() {
        let es = entities("She met the head of the education section of Pokhara Metropolitan City, Dipendra Shrestha. The deputy mayor said the city is ready.");
        assert_eq!(
            person(&es, "Dipendra Shrestha").role.as_deref(),
            Some("head of the education section")
        );
        assert!(
            !has(&es, EntityKind::Organisation, "Dipendra Shrestha"),
            "{es:?}"
        );
    }

    #[test]
    fn a_complement_or_a_nationality_between_a_role_and_the_name() {
        // "Demba" is in no given-name list: the apposition makes the person.
        let es = entities(
            "Le maire de la commune de Bandafassi, Demba Keïta, a demandé des emplois. Le \
             directeur général de Falémé Gold Mining, le Canadien Marc-André Tremblay, a \
             présenté le projet.",
        );
        let keita = person(&es, "Demba Keïta");
        assert_eq!(keita.role.as_deref(), Some("maire"));
        assert_eq!(keita.affiliation.as_deref(), Some("Bandafassi"));
        let tremblay = person(&es, "Marc-André Tremblay");
        assert_eq!(tremblay.role.as_deref(), Some("directeur général"));
        assert_eq!(tremblay.affiliation.as_deref(), Some("Falémé Gold Mining"));
    }

    #[test]
    fn a_body_s_acronym_and_a_title_before_a_name() {
        let es = entities(
            "Opening the day, CPA Chairman Mahbubur Rahman Chowdhury reminded the audience. Ms \
             Shirin Sultana, Joint Secretary at the Ministry of Shipping, spoke next.",
        );
        let chowdhury = person(&es, "Mahbubur Rahman Chowdhury");
        assert_eq!(chowdhury.role.as_deref(), Some("Chairman"));
        assert_eq!(chowdhury.affiliation.as_deref(), Some("CPA"));
        let sultana = person(&es, "Shirin Sultana");
        assert_eq!(sultana.role.as_deref(), Some("Joint Secretary"));
    }

    #[test]
    fn titles_acronyms_and_parentheses_in_speaker_lists() {
        let es = entities(
            "Employers, NGO staff and the ILO met in Amman. The deputy mayor Ana Pinto opened. \
             Layla Haddad, Deputy City Manager for Community Development, spoke. Elias Saadeh \
             (Beirut Chamber of Commerce), who joined online, closed.",
        );
        assert!(!has(&es, EntityKind::City, "ILO"), "{es:?}");
        assert!(!has(&es, EntityKind::Organisation, "NGO"), "{es:?}");
        assert!(!has(&es, EntityKind::Organisation, "The"), "{es:?}");
        assert_eq!(
            person(&es, "Layla Haddad").role.as_deref(),
            Some("Deputy City Manager for Community Development")
        );
        assert_eq!(
            person(&es, "Elias Saadeh").affiliation.as_deref(),
            Some("Beirut Chamber of Commerce")
        );
        // No body is given: a mayor holds office in the town of the text.
        assert_eq!(
            person(&es, "Ana Pinto").affiliation.as_deref(),
            Some("Amman")
        );
    }

    #[test]
    fn a_romance_body_after_the_role_is_the_affiliation_but_a_unit_is_not() {
        let es = entities(
            "Mariama Cissokho, présidente du groupement de femmes Benkadi, a parlé. Léa Favre, \
             cheffe du service de l'énergie de Genève, a conclu.",
        );
        assert_eq!(
            person(&es, "Mariama Cissokho").role.as_deref(),
            Some("présidente")
        );
        assert_eq!(
            person(&es, "Léa Favre").role.as_deref(),
            Some("cheffe du service de l'énergie")
        );
    }

    #[test]
    fn legal_professions_are_roles_in_every_language() {
        let es = entities("Mag. Dragan Petrovski, Staatsanwalt aus Skopje, berichtete darüber.");
        assert_eq!(
            person(&es, "Dragan Petrovski").role.as_deref(),
            Some("Staatsanwalt")
        );
        let es = entities("La jueza Ana Pérez, del Tribunal Supremo, habló después.");
        assert_eq!(person(&es, "Ana Pérez").role.as_deref(), Some("jueza"));
    }

    #[test]
    fn languages_peoples_and_regions_are_no_bodies() {
        let es = entities(
            "Farah Haddad is a literary translator from Arabic and Italian, based in Florence.",
        );
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Organisation),
            "{es:?}"
        );
        let es = entities("La visita è stata organizzata con il sostegno della Fondazione Cariplo e rientra nel programma europeo.");
        assert!(
            has(&es, EntityKind::Organisation, "Fondazione Cariplo"),
            "{es:?}"
        );
        let es =
            entities("The programme runs in Bagmati and Gandaki provinces with local partners.");
        assert!(!es.iter().any(|e| e.name == "Gandaki"), "{es:?}");
    }

    #[test]
    fn a_body_named_in_title_case_or_listed_does_not_run_on_into_the_clause() {
        let es = entities(
            "I fondi della Regione Abruzzo arrivano a bando. Le proposte andranno alla Regione \
             entro la fine dell'anno.",
        );
        let orgs = names_of(&es, EntityKind::Organisation);
        assert_eq!(orgs, ["Regione Abruzzo"]);
        let es = entities(
            "Le guichet réunit les aides de l'État, de la Région et de l'Assurance maladie.",
        );
        assert!(!es.iter().any(|e| e.name.starts_with("Région")), "{es:?}");
    }

    #[test]
    fn sobre_joins_a_name_and_a_hyphened_modifier_stays_in_the_role() {
        let text = "Rui Braga, comandante sub-regional de emergência e proteção civil, falou. O \
                    professor Miguel Almeida, do Centro de Estudos sobre Incêndios Florestais da \
                    Universidade de Coimbra, apresentou os resultados.";
        let es = entities(text);
        assert_eq!(
            person(&es, "Rui Braga").role.as_deref(),
            Some("comandante sub-regional de emergência e proteção civil")
        );
        assert_eq!(
            affiliation_in(text, "Miguel Almeida").as_deref(),
            Some("Centro de Estudos sobre Incêndios Florestais")
        );
        assert!(
            !has_containing(&es, EntityKind::Person, "Incêndios"),
            "{es:?}"
        );
    }

    #[test]
    fn an_acronym_of_an_acronym_names_two_bodies() {
        let es = entities("Le programme AVELO de l'ADEME finance des études, a rappelé le Cerema.");
        assert!(has(&es, EntityKind::Organisation, "AVELO"), "{es:?}");
        assert!(has(&es, EntityKind::Organisation, "ADEME"), "{es:?}");
        assert!(!es.iter().any(|e| e.name.contains(" de ")), "{es:?}");
    }

    #[test]
    fn a_plural_field_stays_in_the_role_and_a_participle_of_coming_gives_the_town() {
        let text = "L'atelier a eu lieu à Moulins. Claire Laval, chargée de mission mobilités à \
                    Moulins Communauté, a présenté le choix. Venue de Namur (Belgique), Sophie \
                    Delvaux, échevine de la mobilité, a décrit le partenariat.";
        let es = entities(text);
        let p = person(&es, "Claire Laval");
        assert_eq!(p.role.as_deref(), Some("chargée de mission mobilités"));
        assert_eq!(p.affiliation.as_deref(), Some("Moulins Communauté"));
        assert_eq!(
            affiliation_in(text, "Sophie Delvaux").as_deref(),
            Some("Namur")
        );
    }

    #[test]
    fn a_conjunction_before_an_article_lists_two_bodies() {
        let es = entities(
            "The day was run by the Harbour Trust of Leith and the Technical University of \
             Denmark (DTU), with help.",
        );
        assert!(
            has(&es, EntityKind::Organisation, "Harbour Trust of Leith"),
            "{es:?}"
        );
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Technical University of Denmark"
            ),
            "{es:?}"
        );
        let text = "La jornada fue organizada por la Comunidad de Regantes de Águilas y la \
                    Universidad Politécnica de Cartagena (UPCT). Juan Antonio Sánchez, \
                    presidente de la Comunidad de Regantes de Águilas, habló.";
        assert_eq!(
            affiliation_in(text, "Juan Antonio Sánchez").as_deref(),
            Some("Comunidad de Regantes de Águilas")
        );
        let es = entities(text);
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Universidad Politécnica de Cartagena"
            ),
            "{es:?}"
        );
    }

    #[test]
    fn a_compass_word_and_a_continent_s_adjective_name_nothing() {
        let es = entities(
            "He is the first president from a Central European member city. The Northern \
             European network met the West African Development Bank.",
        );
        let orgs = names_of(&es, EntityKind::Organisation);
        assert_eq!(orgs, ["West African Development Bank"]);
    }

    #[test]
    fn a_weekday_before_a_name_is_a_date() {
        let es = entities(
            "Last Thursday and Friday McMaster University hosted the symposium. Julia Berg \
             spoke for the Montag Stiftung Urbane Räume.",
        );
        assert!(
            has(&es, EntityKind::Organisation, "McMaster University"),
            "{es:?}"
        );
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Montag Stiftung Urbane Räume"
            ),
            "{es:?}"
        );
        assert!(!es.iter().any(|e| e.name.starts_with("Friday")), "{es:?}");
    }

    #[test]
    fn a_sentence_initial_locative_outside_the_stop_list_opens_no_name() {
        let es = entities(
            "Le forum régional a réuni les associations. Depuis Bobo-Dioulasso (Burkina Faso), \
             Salimata Ouédraogo a expliqué que la collecte des déchets est désormais payante.",
        );
        assert!(has(&es, EntityKind::City, "Bobo-Dioulasso"), "{es:?}");
        assert_eq!(
            linked_country(&es, "Bobo-Dioulasso").as_deref(),
            Some("Burkina Faso")
        );
    }

    #[test]
    fn a_title_before_a_name_and_its_body() {
        let es = entities("Sergeant Karen Oduya of the RCMP said police had not been told.");
        let p = find_person(&es, "Karen Oduya").unwrap();
        assert_eq!(p.role.as_deref(), Some("Sergeant"));
        assert_eq!(p.affiliation.as_deref(), Some("RCMP"));
        let es =
            entities("It was chaired by Deputy Fire Chief Anna Lam of Saanich Fire Department.");
        let p = find_person(&es, "Anna Lam").unwrap();
        assert_eq!(p.role.as_deref(), Some("Deputy Fire Chief"));
        assert_eq!(p.affiliation.as_deref(), Some("Saanich Fire Department"));
    }

    #[test]
    fn a_role_and_its_complement_before_a_comma_and_the_name() {
        let es = entities(
            "From Ennis, the director of nursing of a community nursing unit, Brendan Hogan, described a small experiment.",
        );
        let p = find_person(&es, "Brendan Hogan").unwrap();
        assert_eq!(p.role.as_deref(), Some("director of nursing"));
        let es = entities(
            "HSE's head of older persons services for the region, Declan Murphy, listened.",
        );
        let p = find_person(&es, "Declan Murphy").unwrap();
        assert_eq!(p.role.as_deref(), Some("head of older persons services"));
        assert_eq!(p.affiliation.as_deref(), Some("HSE"));
        // Said of the name before, not of the one after.
        let es = entities("Ana Ruiz, director of the museum, Brendan Hogan and Li Wei spoke.");
        assert_eq!(find_person(&es, "Brendan Hogan").unwrap().role, None);
        // An apposition after the name gives the role instead.
        let es = entities(
            "The representative from Warszawa (Poland), Ms. Magdalena Wrona-Kowalska, head of unit for sustainable investments, explained it.",
        );
        let p = find_person(&es, "Magdalena Wrona-Kowalska").unwrap();
        assert_eq!(
            p.role.as_deref(),
            Some("head of unit for sustainable investments")
        );
        // A name particle before one word is the surname's, not a link to a body.
        let es = entities("Werkleiter Hans-Jürgen von der Heyde begrüßte die Gäste aus Tiflis.");
        assert!(
            find_person(&es, "Hans-Jürgen von der Heyde").is_some(),
            "{es:?}"
        );
    }

    #[test]
    fn a_body_after_an_indefinite_or_elided_article_is_no_part_of_the_role() {
        let text = "Rodrigo Fuentes, general manager of a bus cooperative in Antofagasta, spoke.";
        assert_eq!(
            role_in(text, "Rodrigo Fuentes").as_deref(),
            Some("general manager")
        );
        let text = "Martine Godard, présidente de l'association, a ouvert la journée à Niort.";
        assert_eq!(
            role_in(text, "Martine Godard").as_deref(),
            Some("présidente")
        );
        // A unit of the body stays: "the public procurement office".
        let text = "Ana Ruiz, head of the migration office in Lyon, opened the day.";
        assert_eq!(
            role_in(text, "Ana Ruiz").as_deref(),
            Some("head of the migration office")
        );
    }

    #[test]
    fn hyphenated_modifiers_and_roles_after_as() {
        let text = "Chisomo Mwale, nurse-midwife technician at Chintheche Health Centre, spoke.";
        assert_eq!(
            role_in(text, "Chisomo Mwale").as_deref(),
            Some("nurse-midwife technician")
        );
        // An unknown given name with a surname that is a town: a person, by the role after.
        let es = entities("The annual general meeting re-elected Tiyamike Banda as President.");
        let p = find_person(&es, "Tiyamike Banda").expect("person");
        assert_eq!(p.role.as_deref(), Some("President"));
        let text = "The board appointed Loveness Kaunda as its new treasurer.";
        assert_eq!(
            role_in(text, "Loveness Kaunda").as_deref(),
            Some("treasurer")
        );
        let es =
            entities("The Ministry of Health's Chief Nursing Officer, Eneless Chirwa, answered.");
        let p = find_person(&es, "Eneless Chirwa").expect("person");
        assert_eq!(p.role.as_deref(), Some("Chief Nursing Officer"));
        assert_eq!(p.affiliation.as_deref(), Some("Ministry of Health"));
        let text = "District Health Officer for Karonga, Dr. Mphatso Nyirenda, reported.";
        assert_eq!(
            role_in(text, "Mphatso Nyirenda").as_deref(),
            Some("District Health Officer")
        );
    }

    #[test]
    fn city_names_with_lower_case_words() {
        let es = entities(
            "Delegates came from Dar es Salaam (Tanzania), Neustadt an der Weinstraße and Frankfurt am Main.",
        );
        for city in [
            "Dar es Salaam",
            "Neustadt an der Weinstraße",
            "Frankfurt am Main",
        ] {
            assert!(has(&es, EntityKind::City, city), "{city}: {es:?}");
        }
        assert!(!has(&es, EntityKind::City, "Dar"), "{es:?}");
        assert_eq!(
            linked_country(&es, "Dar es Salaam").as_deref(),
            Some("Tanzania")
        );
    }

    #[test]
    fn german_per_is_a_preposition_and_breeders_are_roles() {
        let text = "Aus Mendoza war der Önologe Santiago Ferreyra per Video zugeschaltet.";
        assert_eq!(
            role_in(text, "Santiago Ferreyra").as_deref(),
            Some("Önologe")
        );
        let text = "Prof. Dr. Katharina Lenz, Rebenzüchterin an der Hochschule Geisenheim, stellte Ergebnisse vor.";
        assert_eq!(
            role_in(text, "Katharina Lenz").as_deref(),
            Some("Rebenzüchterin")
        );
    }

    #[test]
    fn bodies_named_by_two_trades_or_an_italian_article_and_times_of_a_month() {
        let es = entities(
            "The registrar of the Nurses and Midwives Council of Malawi, Grace Phiri, spoke.",
        );
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Nurses and Midwives Council of Malawi"
            ),
            "{es:?}"
        );
        assert!(!has(&es, EntityKind::Organisation, "Nurses"), "{es:?}");
        let es =
            entities("Il seminario dell'Istituto Centrale per il Restauro si è svolto a Spoleto.");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Istituto Centrale per il Restauro"
            ),
            "{es:?}"
        );
        let es =
            entities("Die Lese begann Ende August, bei den Großvätern Mitte Oktober in Landau.");
        assert!(
            es.iter().all(|e| e.kind != EntityKind::Organisation),
            "{es:?}"
        );
    }

    #[test]
    fn a_name_between_commas_after_a_role_and_its_place_is_a_person() {
        let text = "O prefeito de Chapecó, Rogério Tonial, destacou na abertura a feira.";
        assert_eq!(role_in(text, "Rogério Tonial").as_deref(), Some("prefeito"));
    }

    #[test]
    fn the_name_after_a_roles_at_is_no_person() {
        let es = entities(
            "Marco Bellini, operations manager at Coastline Organics, the contractor that runs the site, spoke.",
        );
        assert!(find_person(&es, "Coastline Organics").is_none(), "{es:?}");
        let p = find_person(&es, "Marco Bellini").unwrap();
        assert_eq!(p.affiliation.as_deref(), Some("Coastline Organics"));
    }

    #[test]
    fn two_titles_joined_by_a_conjunction_are_two_roles() {
        let es = entities("Adaeze Okonkwo, co-founder and CEO of GridMint, opened the pitches.");
        let p = find_person(&es, "Adaeze Okonkwo").unwrap();
        assert_eq!(p.role.as_deref(), Some("CEO"));
        assert!(has(&es, EntityKind::Role, "co-founder"), "{es:?}");
        let es = entities(
            "On the last morning, boat owner and cooperative treasurer Hassan Oubella described the cost of fuel.",
        );
        let p = find_person(&es, "Hassan Oubella").unwrap();
        assert_eq!(p.role.as_deref(), Some("cooperative treasurer"));
        assert!(has(&es, EntityKind::Role, "owner"), "{es:?}");
        // One combined title, and fields joined inside one title.
        let es = entities("The delegation was led by OWIC's president and CEO, Victoria Osei.");
        let p = find_person(&es, "Victoria Osei").unwrap();
        assert_eq!(p.role.as_deref(), Some("president and CEO"));
        let es = entities(
            "Helen Okafor, director of libraries and culture at Bristol City Council, spoke.",
        );
        let p = find_person(&es, "Helen Okafor").unwrap();
        assert_eq!(p.role.as_deref(), Some("director of libraries and culture"));
    }

    #[test]
    fn ranks_trades_and_where_someone_comes_from() {
        let es = entities("Captain Laurent Bozon of the PGHM described the work of his unit.");
        let p = find_person(&es, "Laurent Bozon").unwrap();
        assert_eq!(p.role.as_deref(), Some("Captain"));
        assert_eq!(p.affiliation.as_deref(), Some("PGHM"));
        let es = entities("Der Festmacher Jens Poppinga schilderte seinen Alltag im Hafen.");
        let p = find_person(&es, "Jens Poppinga").unwrap();
        assert_eq!(p.role.as_deref(), Some("Festmacher"));
        let es = entities(
            "Dal Giappone è arrivata Aiko Tanabe, originaria di Mashiko, che ha mostrato la cottura.",
        );
        assert_eq!(find_person(&es, "Aiko Tanabe").unwrap().role, None);
    }

    #[test]
    fn a_body_named_for_its_purpose() {
        let es = entities(
            "Il ceramista Giovanni Righini, dell'Istituto Tecnico Superiore per la Ceramica, ha parlato.",
        );
        assert!(has(
            &es,
            EntityKind::Organisation,
            "Istituto Tecnico Superiore per la Ceramica"
        ));
        let es =
            entities("Pedro Antunes, jurista da associação Colher para Semear, explicou a lei.");
        assert!(
            has(&es, EntityKind::Organisation, "Colher para Semear"),
            "{es:?}"
        );
        let es = entities("Hélène Martin, cheffe du bureau d'OCHA pour l'Est, a présenté la note.");
        assert!(
            !has(&es, EntityKind::Organisation, "OCHA pour l'Est"),
            "{es:?}"
        );
    }

    #[test]
    fn an_agent_noun_with_a_place_after_a_name() {
        let es = entities(
            "The meeting brought people from the whole region. Oliver Brandt, a beekeeper from Invercargill, said the season had been hard for the hives.",
        );
        let p = find_person(&es, "Oliver Brandt").unwrap();
        assert_eq!(p.role.as_deref(), Some("beekeeper"));
        assert_eq!(p.affiliation.as_deref(), Some("Invercargill"));
        let es = entities(
            "The meeting brought people from the whole region. Mary Jones, a mother of three from Leeds, said the new rules had been hard for families.",
        );
        assert_eq!(find_person(&es, "Mary Jones").unwrap().role, None);
    }

    #[test]
    fn where_the_apposition_says_someone_is_based() {
        let es = entities(
            "The translators came from all over Europe. Farah Al-Khatib, literary translator from Arabic and Italian, based in Florence, spoke first.",
        );
        let p = find_person(&es, "Farah Al-Khatib").unwrap();
        assert_eq!(p.affiliation.as_deref(), Some("Florence"));
        let es = entities(
            "The second day turned to harder questions. Dr Farida Nazari, a protection adviser formerly based in Herat, described the cash programmes.",
        );
        assert_eq!(find_person(&es, "Farida Nazari").unwrap().affiliation, None);
    }

    #[test]
    fn its_officer_is_the_bodys_and_its_mayor_the_towns() {
        let es = entities(
            "The most debated pitch came from Cementa Verde S.A. of Lisbon. Its chief technology officer, Tiago Fonseca, presented an additive for cement.",
        );
        let p = find_person(&es, "Tiago Fonseca").unwrap();
        assert_eq!(p.affiliation.as_deref(), Some("Cementa Verde S.A."));
        let es = entities(
            "The network met in Lyon, where the Acme Group has its offices. Its mayor, Anne Dupont, opened the day.",
        );
        let p = find_person(&es, "Anne Dupont").unwrap();
        assert_eq!(p.affiliation.as_deref(), Some("Lyon"));
    }

    #[test]
    fn a_towns_title_before_a_name() {
        let es = entities(
            "The city has grown fast. Springfield City Councilor Tomás Aguilar described the new rules.",
        );
        let p = find_person(&es, "Tomás Aguilar").unwrap();
        assert_eq!(p.role.as_deref(), Some("City Councilor"));
        assert_eq!(p.affiliation.as_deref(), Some("Springfield"));
        assert!(has(&es, EntityKind::City, "Springfield"), "{es:?}");
    }

    #[test]
    fn a_german_title_and_its_field_compound() {
        let es = entities(
            "Am Nachmittag berichtete Annelies de Graaf, Leiterin Energiewende beim Havenbedrijf Rotterdam, über die Wasserstoffimporte.",
        );
        let p = find_person(&es, "Annelies de Graaf").unwrap();
        assert_eq!(p.role.as_deref(), Some("Leiterin Energiewende"));
        assert_eq!(p.affiliation.as_deref(), Some("Havenbedrijf Rotterdam"));
    }

    #[test]
    fn a_german_compound_title_before_a_full_name() {
        let es = entities(
            "Käsermeister Andreas Fink, der seit 34 Jahren in der Sennerei arbeitet, warb für die Ausbildung.",
        );
        let p = find_person(&es, "Andreas Fink").unwrap();
        assert_eq!(p.role.as_deref(), Some("Käsermeister"));
        // A name of another language, not a title: "Nguyễn" is no role word.
        let es = entities(
            "Nguyễn Thị Lan Hương, Direktorin des Wasserwerks, stellte das Projekt in Hanoi vor.",
        );
        assert!(find_person(&es, "Nguyễn Thị Lan Hương").is_some(), "{es:?}");
    }

    #[test]
    fn an_abbreviated_title_with_an_ordinal_indicator() {
        let es = entities(
            "Na sessão de abertura, a diretora da FLUC, Prof.ª Doutora Isabel Cardoso Mendes, lembrou que a escola nasceu em 2017.",
        );
        let p = find_person(&es, "Isabel Cardoso Mendes").unwrap();
        assert_eq!(p.role.as_deref(), Some("diretora"));
    }

    #[test]
    fn a_given_name_that_is_also_a_title() {
        let es = entities(
            "The morning session focused on assaults. Dean O'Halloran, a driver at the depot, described it.",
        );
        assert!(find_person(&es, "Dean O'Halloran").is_some(), "{es:?}");
        let es = entities("The dean of the faculty, Dean Anna Kowalski, spoke.");
        assert_eq!(
            find_person(&es, "Anna Kowalski").unwrap().role.as_deref(),
            Some("Dean")
        );
        let es = entities("The day was opened by Dean Prof. Marijke De Wulf of the faculty.");
        assert!(find_person(&es, "Dean Prof").is_none(), "{es:?}");
    }

    #[test]
    fn fused_links_name_the_body() {
        let es = entities(
            "Le docteur Hervé Lamarque, médecin du sport au CHU de Toulouse, a présenté une étude.",
        );
        let p = find_person(&es, "Hervé Lamarque").unwrap();
        assert_eq!(p.affiliation.as_deref(), Some("CHU de Toulouse"));
    }

    #[test]
    fn hotels_teams_and_mountains_are_no_people() {
        let es = entities("Around sixty owners met at the Clayton Hotel in Cork to talk.");
        assert!(!has(&es, EntityKind::Person, "Clayton Hotel"), "{es:?}");
        let es =
            entities("Judy Whiteside, team leader of the Keswick Mountain Rescue Team, spoke.");
        assert!(
            !has(&es, EntityKind::Person, "Mountain Rescue Team"),
            "{es:?}"
        );
        let es = entities("The unit carried out 1,400 interventions around Mont Blanc last year.");
        assert!(!has(&es, EntityKind::Person, "Mont Blanc"), "{es:?}");
    }

    #[test]
    fn states_and_german_nouns_named_like_towns() {
        // Oregon, Ohio is a town of 20,000; "from Oregon" is the state.
        let es =
            entities("Ellison's colleague from Oregon described a programme of firewise streets.");
        assert!(!has(&es, EntityKind::City, "Oregon"), "{es:?}");
        let es = entities("Am Ende des Tages waren alle mit dem Ergebnis der Konferenz zufrieden.");
        assert!(!has(&es, EntityKind::City, "Ende"), "{es:?}");
    }

    #[test]
    fn small_towns_where_the_text_places_them() {
        let es = entities("Grace Adeyemi works in a nursing home in Mallow and spoke first.");
        assert!(has(&es, EntityKind::City, "Mallow"), "{es:?}");
        let city = es.iter().find(|e| e.name == "Mallow").unwrap();
        assert_eq!(city.gazetteer_country.as_deref(), Some("Ireland"));
        let es = entities("Teams came from Davos and from Zermatt (Switzerland).");
        assert!(has(&es, EntityKind::City, "Zermatt"), "{es:?}");
        assert!(has(&es, EntityKind::City, "Davos"), "{es:?}");
        // No place cue, or only the sentence start: a surname or a word.
        let es = entities("Mayor Tomás Aguilar opened the day. Aguilar described the new rules.");
        assert!(!has(&es, EntityKind::City, "Aguilar"), "{es:?}");
        let es = entities("The next meeting is in August in Brussels.");
        assert!(!has(&es, EntityKind::City, "August"), "{es:?}");
    }

    #[test]
    fn datelines_town_words_and_country_links() {
        let es = entities("Sevilla, 4 de febrero de 2026\n\nLa comisión se reunió por la mañana.");
        assert!(has(&es, EntityKind::City, "Sevilla"), "{es:?}");
        let es = entities("Lannion, le 20 octobre 2025 – Ils étaient près de 180 boulangers.");
        assert!(has(&es, EntityKind::City, "Lannion"), "{es:?}");
        // Too small for the gazetteer, named by "the town of".
        let es = entities("The group also looked at the French town of Mouans-Sartoux, in France.");
        assert!(has(&es, EntityKind::City, "Mouans-Sartoux"), "{es:?}");
        assert_eq!(
            linked_country(&es, "Mouans-Sartoux").as_deref(),
            Some("France")
        );
        let es = entities("Councillor Maya Thompson from the U.S. city of Tacoma spoke.");
        assert_eq!(linked_country(&es, "Tacoma").as_deref(), Some("U.S."));
        let es = entities("Le prochain forum se tiendra en 2026 à Niamey, au Niger.");
        assert_eq!(linked_country(&es, "Niamey").as_deref(), Some("Niger"));
        // A dateline may name the country before the date, even of a town named like a word.
        for (dateline, town, country) in [
            (
                "Chiang Mai, Thailand, 9 November 2026",
                "Chiang Mai",
                "Thailand",
            ),
            ("Nice, France – 9 November 2026", "Nice", "France"),
            // A web page's meta line, and a line that is only the place.
            (
                "Cape Town, South Africa · 22 August 2026",
                "Cape Town",
                "South Africa",
            ),
            ("Lyon, France", "Lyon", "France"),
        ] {
            let es = entities(&format!("{dateline}\n\nThe reporters met for a week."));
            assert_eq!(
                linked_country(&es, town).as_deref(),
                Some(country),
                "{es:?}"
            );
        }
    }

    #[test]
    fn a_town_the_gazetteer_lacks_is_placed_by_its_country_or_its_group() {
        let es = entities(
            "Máret Gaup, editor at NRK Sápmi in Karasjok (Norway), spoke. The glassworks in \
             Orrefors, Sweden, closed. Partners from Voltaro GmbH (Germany), the Mekong Delta \
             (Vietnam) and Agrosol di Almería (Spain) came. Small business owners in Denman \
             worry. She lives in Red Cliffs.",
        );
        for town in ["Karasjok", "Orrefors", "Denman", "Red Cliffs"] {
            assert!(has(&es, EntityKind::City, town), "{town}: {es:?}");
        }
        for name in [
            "Voltaro GmbH",
            "Mekong Delta",
            "Agrosol di Almería",
            "NRK Sápmi",
        ] {
            assert!(!has(&es, EntityKind::City, name), "{name}: {es:?}");
        }
        assert!(has(&es, EntityKind::Organisation, "NRK Sápmi"), "{es:?}");
        assert_eq!(linked_country(&es, "Karasjok").as_deref(), Some("Norway"));
        let es = entities("Venu de Zermatt (Suisse), Paul Imboden a parlé des glaciers.");
        assert!(!has(&es, EntityKind::City, "Venu de Zermatt"), "{es:?}");
    }

    #[test]
    fn towns_listed_after_a_place_word_and_origins_after_aus() {
        let es = entities(
            "Ceramisti arrivati da Deruta, Caltagirone e Faenza. Eine Kinderfeuerwehr soll in \
             Kaufering und Dießen am Ammersee erprobt werden. Winzerin Anna Bauer-Kessler aus \
             Deidesheim berichtete. Fachleute uit Vlaanderen en Nederland kwamen.",
        );
        for town in ["Deruta", "Dießen am Ammersee", "Deidesheim"] {
            assert!(has(&es, EntityKind::City, town), "{town}: {es:?}");
        }
        assert!(!has(&es, EntityKind::Organisation, "Deidesheim"), "{es:?}");
        assert!(!has(&es, EntityKind::City, "Vlaanderen"), "{es:?}");
    }

    #[test]
    fn whom_someone_works_for_is_a_body() {
        let es = entities(
            "Ahmed Siddiqui works for Skyscanner in Edinburgh. Anne, qui travaille pour \
             Bpifrance, a parlé. He once worked for Mayor Ana Ruiz.",
        );
        for body in ["Skyscanner", "Bpifrance"] {
            assert!(has(&es, EntityKind::Organisation, body), "{body}: {es:?}");
        }
        assert!(has(&es, EntityKind::Person, "Ana Ruiz"), "{es:?}");
    }

    #[test]
    fn a_preposition_opening_a_sentence_is_no_part_of_a_name() {
        let es = entities(
            "\"Without the EIB we would still be drawing lines on maps,\" he said. Thanks to \
             the Nordic Investment Bank the line opened.",
        );
        assert!(has(&es, EntityKind::Organisation, "EIB"), "{es:?}");
        assert!(
            !has(&es, EntityKind::Organisation, "Without the EIB"),
            "{es:?}"
        );
        assert!(
            has(&es, EntityKind::Organisation, "Nordic Investment Bank"),
            "{es:?}"
        );
    }

    #[test]
    fn a_role_s_complement_is_no_person_however_it_looks() {
        let es = entities(
            "La journée était organisée par France Urbaine et l'ADEME. Johanna Rolland, \
             présidente de France Urbaine, a ouvert la journée.",
        );
        assert!(!has(&es, EntityKind::Person, "France Urbaine"), "{es:?}");
        assert!(
            has(&es, EntityKind::Organisation, "France Urbaine"),
            "{es:?}"
        );
        let p = person(&es, "Johanna Rolland");
        assert_eq!(p.affiliation.as_deref(), Some("France Urbaine"));
    }

    #[test]
    fn a_romance_title_may_name_its_field_right_after_the_head() {
        let text = "Marie Dupont, chargée de mission climat à Rennes Métropole, a insisté. \
                    Paul Leroy, chef de projet mobilité à Nantes Métropole, a conclu.";
        let es = entities(text);
        let p = person(&es, "Marie Dupont");
        assert_eq!(p.role.as_deref(), Some("chargée de mission climat"));
        assert_eq!(p.affiliation.as_deref(), Some("Rennes Métropole"));
        assert_eq!(
            role_in(text, "Paul Leroy").as_deref(),
            Some("chef de projet mobilité")
        );
    }

    #[test]
    fn german_bodies_end_at_lower_case_words_and_go_on_over_fields() {
        let es = entities(
            "Veranstalter war der Deutsche Städtetag gemeinsam mit dem Kompetenzzentrum \
             Kommunale Wärmewende (KWW). Dr. Julia Weber vom Bundesministerium für Wirtschaft \
             und Klimaschutz sprach. Danach berichtete Klimaschutzmanager Thomas Berger von den \
             Erfahrungen mit einem Wärmenetz. Anna Roth von der Universität Kassel sprach.",
        );
        for body in [
            "Deutsche Städtetag",
            "Kompetenzzentrum Kommunale Wärmewende",
            "Bundesministerium für Wirtschaft und Klimaschutz",
            "Universität Kassel",
        ] {
            assert!(has(&es, EntityKind::Organisation, body), "{body}: {es:?}");
        }
        assert!(!has(&es, EntityKind::Organisation, "Erfahrungen"), "{es:?}");
        assert_eq!(person(&es, "Thomas Berger").affiliation, None);
    }

    #[test]
    fn an_acronym_of_a_lower_case_phrase_names_a_thing_unless_a_body_s_word_is_in_it() {
        let es = entities(
            "Laura Gómez presentó el plan de zonas de bajas emisiones (ZBE) de su ciudad. \
             Las ZBE funcionan.",
        );
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Organisation),
            "{es:?}"
        );
        let es =
            entities("Elle travaille à la direction régionale des affaires culturelles (DRAC).");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "direction régionale des affaires culturelles"
            ),
            "{es:?}"
        );
    }

    #[test]
    fn a_region_named_with_its_body_s_word_is_the_regional_body() {
        let es = entities(
            "Irene Priolo, assessora all'Ambiente della Regione Emilia-Romagna, ha parlato.",
        );
        assert_eq!(
            person(&es, "Irene Priolo").affiliation.as_deref(),
            Some("Regione Emilia-Romagna")
        );
    }

    #[test]
    fn a_body_of_a_country_is_one_name_in_every_language() {
        let es = entities(
            "Ana Ruiz, investigadora de la Pontificia Universidad Católica de Chile, habló del agua.",
        );
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Pontificia Universidad Católica de Chile"
            ),
            "{es:?}"
        );
    }

    #[test]
    fn pieces_of_a_defined_name_are_that_name() {
        let es = entities(
            "Rocío Santamaría, técnica del Instituto para la Diversificación y Ahorro de la \
             Energía (IDAE), repasó las ayudas. Las ayudas del IDAE cubren los costes.",
        );
        let full = "Instituto para la Diversificación y Ahorro de la Energía";
        let orgs = names_of(&es, EntityKind::Organisation);
        assert_eq!(orgs, [full], "{es:?}");
        assert_eq!(
            person(&es, "Rocío Santamaría").affiliation.as_deref(),
            Some(full)
        );
    }

    #[test]
    fn seed_recap_people_roles_and_places() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/seed_recap.txt"
        ))
        .unwrap();
        let es = entities(&text);
        let natalia = es
            .iter()
            .find(|e| e.name == "Natalia Gkiaouri")
            .expect("Natalia Gkiaouri");
        assert_eq!(natalia.role.as_deref(), Some("policy assistant"));
        assert_eq!(natalia.affiliation.as_deref(), Some("DG GROW"));
        let morten = es
            .iter()
            .find(|e| e.name == "Morten Rasmussen")
            .expect("Morten Rasmussen");
        assert_eq!(morten.affiliation.as_deref(), Some("Technopolis Group"));
        assert_eq!(morten.role.as_deref(), Some("advisory service coordinator"));
        let nice = es
            .iter()
            .find(|e| e.kind == EntityKind::City && e.name == "Nice")
            .expect("Nice");
        assert_eq!(nice.country.as_deref(), Some("France"));
        assert!(has(&es, EntityKind::Role, "Smart City Project Director"));
        assert!(!has(&es, EntityKind::Organisation, "CO2"));
    }

    #[test]
    fn titles_places_and_names_run_together_are_cut() {
        let es = entities("The forum was opened by Mayor of Kelowna Gurpreet Sandhu and by Ágnes Szabó of the University of Debrecen.");
        let gs = es
            .iter()
            .find(|e| e.name == "Gurpreet Sandhu")
            .expect("Gurpreet Sandhu");
        assert_eq!(gs.role.as_deref(), Some("Mayor"));
        assert!(has(&es, EntityKind::City, "Kelowna"), "{es:?}");
        let ag = es
            .iter()
            .find(|e| e.name == "Ágnes Szabó")
            .expect("Ágnes Szabó");
        assert_eq!(ag.affiliation.as_deref(), Some("University of Debrecen"));
    }

    #[test]
    fn ambiguous_city_names_need_context() {
        let es = entities("Nice to see you all. Florence Dupont spoke about Split, Croatia, and about reading the data.");
        assert!(!has(&es, EntityKind::City, "Nice"));
        assert!(!has(&es, EntityKind::City, "Florence"));
        assert!(has(&es, EntityKind::Person, "Florence Dupont"));
        let split = es.iter().find(|e| e.name == "Split").expect("Split");
        assert_eq!(split.country.as_deref(), Some("Croatia"));
    }

    fn person<'a>(es: &'a [Entity], name: &str) -> &'a Entity {
        es.iter()
            .find(|e| e.kind == EntityKind::Person && e.name == name)
            .unwrap_or_else(|| panic!("{name} in {es:?}"))
    }

    #[test]
    fn a_role_with_a_place_before_a_name_across_a_comma() {
        // "de" is also a Dutch article: it must still link "alcalde" to Medellín.
        let es = entities("El alcalde de Medellín, Santiago Restrepo Uribe, abrió el encuentro recordando la transformación de la ciudad.");
        let p = person(&es, "Santiago Restrepo Uribe");
        assert_eq!(p.role.as_deref(), Some("alcalde"));
        assert_eq!(p.affiliation.as_deref(), Some("Medellín"));
    }

    #[test]
    fn a_possessive_before_a_role_is_not_part_of_it() {
        let es = entities("The city's mayor, Kenji Watanabe, showed the delegation the port area.");
        assert_eq!(person(&es, "Kenji Watanabe").role.as_deref(), Some("mayor"));
    }

    #[test]
    fn a_role_before_an_academic_title_and_a_name() {
        let es = entities("The dinner closed the evening. President Dr. Adele Fontaine thanked alumni for a record year.");
        assert_eq!(
            person(&es, "Adele Fontaine").role.as_deref(),
            Some("President")
        );
    }

    #[test]
    fn every_role_of_an_apposition_list_is_reported_and_the_one_with_a_place_is_main() {
        let es = entities("Autour de la table se trouvaient Samuel Ouédraogo, metteur en scène, directeur de la compagnie Les Ateliers du Sahel, et d'autres.");
        assert_eq!(
            person(&es, "Samuel Ouédraogo").role.as_deref(),
            Some("directeur")
        );
        assert!(has(&es, EntityKind::Role, "metteur en scène"), "{es:?}");
    }

    #[test]
    fn lower_case_words_after_of_the_describe_the_function() {
        let es = entities("The workshop was opened by Petra Kovačič, head of the public procurement office of the City of Ljubljana.");
        let p = person(&es, "Petra Kovačič");
        assert_eq!(
            p.role.as_deref(),
            Some("head of the public procurement office")
        );
        let es = entities("Isabelle Lefort, directrice des solutions pour les collectivités chez Orange, a présenté un service de suivi des températures.");
        assert_eq!(
            person(&es, "Isabelle Lefort").role.as_deref(),
            Some("directrice des solutions pour les collectivités")
        );
    }

    #[test]
    fn a_body_word_before_a_name_belongs_to_the_affiliation() {
        let es = entities("Nadia Benhamou, directrice du festival Voix d'Été, a répondu que le festival rapporte davantage à l'économie locale.");
        assert_eq!(
            person(&es, "Nadia Benhamou").role.as_deref(),
            Some("directrice")
        );
    }

    #[test]
    fn a_described_company_before_its_name_is_the_affiliation() {
        let es = entities("Subito dopo Karim Benali, fondatore della startup barese Terravista, ha fatto volare un drone.");
        let p = person(&es, "Karim Benali");
        assert_eq!(p.role.as_deref(), Some("fondatore"));
        assert_eq!(p.affiliation.as_deref(), Some("Terravista"));
        let es = entities("Yusuf Demir, medeoprichter van sensorbedrijf Hapticore, vertelde hoe zijn bedrijf groeide.");
        let p = person(&es, "Yusuf Demir");
        assert_eq!(p.role.as_deref(), Some("medeoprichter"));
        assert_eq!(p.affiliation.as_deref(), Some("Hapticore"));
    }

    #[test]
    fn a_capitalised_field_after_a_title_belongs_to_it() {
        let es = entities("Sophie Tremblay-Nguyen, Director of International Relations for the City of Montréal, explains how Montréal chooses partners.");
        let p = person(&es, "Sophie Tremblay-Nguyen");
        assert_eq!(
            p.role.as_deref(),
            Some("Director of International Relations")
        );
        assert_eq!(p.affiliation.as_deref(), Some("Montréal"));
        let es = entities(
            "Chief of Obstetrics Dr. Rafael Céspedes Morales described the referral chain.",
        );
        assert_eq!(
            person(&es, "Rafael Céspedes Morales").role.as_deref(),
            Some("Chief of Obstetrics")
        );
    }

    #[test]
    fn a_firm_named_with_an_ampersand_after_a_described_body() {
        let es = entities("Henrik Szymański, Geschäftsführer des Essener Maschinenbauers Kessler & Voigt GmbH, widersprach nur teilweise.");
        assert!(has(&es, EntityKind::Organisation, "Kessler & Voigt GmbH"));
        assert_eq!(
            person(&es, "Henrik Szymański").role.as_deref(),
            Some("Geschäftsführer")
        );
    }

    #[test]
    fn a_list_of_fields_with_articles_and_a_region_stays_in_the_name() {
        let es = entities("Mohamed El Amrani Bouzidi, portavoz de la Federación de Trabajadores del Campo, la Pesca y la Alimentación de Andalucía, habló después.");
        let name = "Federación de Trabajadores del Campo, la Pesca y la Alimentación de Andalucía";
        assert!(has(&es, EntityKind::Organisation, name));
        assert_eq!(
            person(&es, "Mohamed El Amrani Bouzidi")
                .affiliation
                .as_deref(),
            Some(name)
        );
    }

    #[test]
    fn generic_acronyms_and_time_zones_name_no_body() {
        let es = entities(
            "Nadia Haddad, who works for an NGO in Beirut, joined at 15:47 CET from her office.",
        );
        assert!(!es.iter().any(|e| e.kind == EntityKind::Organisation));
        let es = entities(
            "The AGM agreed that HPV and CPAP services in the CBD move to Phase IV. Ana Reis \
             (Educadora FM) spoke.",
        );
        let bodies = names_of(&es, EntityKind::Organisation);
        assert_eq!(bodies, ["Educadora FM"]);
    }

    #[test]
    fn a_lone_article_opening_a_sentence_is_no_body() {
        let es =
            entities("O coreógrafo Djibril Monteiro vai criar uma peça com bailarinos amadores.");
        assert!(!es.iter().any(|e| e.name == "O"));
        let p = person(&es, "Djibril Monteiro");
        assert_eq!(p.role.as_deref(), Some("coreógrafo"));
        assert_eq!(p.affiliation, None);
    }

    #[test]
    fn a_french_adjective_in_ive_follows_its_head() {
        let es =
            entities("Une éducatrice sportive venue de Genève a résumé le problème en une phrase.");
        assert!(has(&es, EntityKind::Role, "éducatrice sportive"));
    }

    #[test]
    fn dutch_and_german_compounds_end_in_a_role_head() {
        let es = entities("Uit Kopenhagen kwam Mikkel Holm, klimaatadviseur bij de gemeente, die uitlegde hoe de stad haar plan in twintig jaar uitvoert.");
        assert_eq!(
            person(&es, "Mikkel Holm").role.as_deref(),
            Some("klimaatadviseur")
        );
    }

    #[test]
    fn a_doctors_title_before_a_name_is_not_a_role() {
        let es = entities("In Osaka, Dr. Hiroshi Nakagawa of Osaka University showed the hydrogen lab to the delegates.");
        assert_eq!(person(&es, "Hiroshi Nakagawa").role, None);
        assert!(!es.iter().any(|e| e.kind == EntityKind::Role), "{es:?}");
    }

    #[test]
    fn a_town_named_like_a_word_after_at_is_an_employer() {
        let es = entities("The panel brought together Priya Raman, principal engineer at Orange, and others from France. Raman described how Orange's platform cut the time to ship a service.");
        assert!(has(&es, EntityKind::Organisation, "Orange"), "{es:?}");
        assert!(!has(&es, EntityKind::City, "Orange"), "{es:?}");
    }

    #[test]
    fn german_heads_stop_before_a_described_body_and_a_town_hall() {
        let es = entities("Giorgi Kapanadze, Direktor des städtischen Unternehmens Tbilservice Group, und Ayşe Kılıç, Leiterin des Amtes für Internationale Beziehungen der Landeshauptstadt, verabredeten einen Austausch von Fachkräften.");
        assert_eq!(
            person(&es, "Giorgi Kapanadze").role.as_deref(),
            Some("Direktor")
        );
        assert_eq!(
            person(&es, "Ayşe Kılıç").role.as_deref(),
            Some("Leiterin des Amtes für Internationale Beziehungen")
        );
        assert!(
            has(&es, EntityKind::Organisation, "Tbilservice Group"),
            "{es:?}"
        );
    }

    #[test]
    fn acronyms_of_translated_or_renamed_bodies_take_the_full_name() {
        let es = entities("Organisée par le Réseau Villes en Transition avec le soutien de l’Agence de la transition écologique (ADEME), cette édition était consacrée à l’adaptation. L'ADEME finance les études.");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Agence de la transition écologique"
            ),
            "{es:?}"
        );
        assert!(!has(&es, EntityKind::Organisation, "ADEME"), "{es:?}");
        // The long form starts after a conjunction that opens another body's phrase.
        let es = entities("Con el apoyo de la Oficina de la UNESCO en Quito y de la Agencia de Cooperación Internacional de Corea (KOICA), el plan avanzó.");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Agencia de Cooperación Internacional de Corea"
            ),
            "{es:?}"
        );
    }

    #[test]
    fn roles_in_parentheses_and_relative_clauses() {
        let es = entities("Ana Pinto (vereadora, Évora) falou sobre a comunidade de energia de uma freguesia rural do concelho.");
        let p = person(&es, "Ana Pinto");
        assert_eq!(p.role.as_deref(), Some("vereadora"));
        assert_eq!(p.affiliation.as_deref(), Some("Évora"));
        let es = entities("Florence Achieng spoke first. Achieng, who is also a fellow of the Mo Ibrahim Foundation, stressed that the young people are not waiting.");
        assert_eq!(
            person(&es, "Florence Achieng").role.as_deref(),
            Some("fellow")
        );
    }

    #[test]
    fn a_list_of_fields_inside_a_name_stays_in_it() {
        let es = entities("Funding comes from the Nordic Fund for Health, Equity and Development. The Ministry of Housing, Communities and Local Government spoke. Priya Raghunathan works with the Society for Education, Action and Research in Community Health (SEARCH).");
        for org in [
            "Nordic Fund for Health, Equity and Development",
            "Ministry of Housing, Communities and Local Government",
            "Society for Education, Action and Research in Community Health",
        ] {
            assert!(has(&es, EntityKind::Organisation, org), "{org}: {es:?}");
        }
        // Bodies listed after one another stay apart.
        let es = entities("The Ministry of Health, UNICEF and Save the Children signed the plan.");
        assert!(
            !has(&es, EntityKind::Organisation, "Ministry of Health, UNICEF"),
            "{es:?}"
        );
    }

    #[test]
    fn an_article_after_a_quotation_mark_opens_no_name() {
        let doc = Document::from_text(
            "t".into(),
            "t".into(),
            TextFormat::Text,
            "Sie sagte: „Ohne Werkstätten nützt das nichts.“ Die AWS suche derzeit zwölf Kräfte, sagte die Leiterin der Abfallwirtschaft Stuttgart.",
        );
        let seg = segment(&doc, Some(crate::segment::Lang::De));
        let es = recognise(&doc, &seg, crate::lexicon::builtin());
        assert!(!has(&es, EntityKind::Organisation, "Die AWS"), "{es:?}");
    }

    #[test]
    fn a_name_after_an_elided_article_ends_the_role() {
        let es = entities("Le lendemain, le directeur de l'OFSPO, Matthias Gerber, a présenté le programme fédéral. En ouvrant les travaux, la syndique de Lausanne, Claire-Lise Vuilleumier, a rappelé le rôle de la ville.");
        assert_eq!(
            person(&es, "Matthias Gerber").role.as_deref(),
            Some("directeur")
        );
        assert_eq!(
            person(&es, "Claire-Lise Vuilleumier").role.as_deref(),
            Some("syndique")
        );
    }

    #[test]
    fn romance_bodies_in_sentence_case_keep_their_lower_case_words() {
        let es = entities("Le directeur général de l'Institut culturel innu Uashtessiu, Marcel Ashini-Fontaine, a parlé. Aminata Sow Ndiaye travaille au Musée régional de la Côte-Nord, à Sept-Îles.");
        for org in [
            "Institut culturel innu Uashtessiu",
            "Musée régional de la Côte-Nord",
        ] {
            assert!(has(&es, EntityKind::Organisation, org), "{org}: {es:?}");
        }
        // A clause after the name is not part of it.
        let es =
            entities("Ce matin, le Musée national accueille les visiteurs de Lyon et de Genève.");
        assert!(
            !es.iter()
                .any(|e| e.name.starts_with("Musée national accueille")),
            "{es:?}"
        );
    }

    #[test]
    fn the_name_after_a_person_s_role_is_where_they_work() {
        let es = entities("The panel: Babajide Adeyemi, Commercial Director, Pennine Valley Buses. Jane Smith, Managing Director, Irwell Valley Transport, closed the day.");
        for (who, role, org) in [
            (
                "Babajide Adeyemi",
                "Commercial Director",
                "Pennine Valley Buses",
            ),
            ("Jane Smith", "Managing Director", "Irwell Valley Transport"),
        ] {
            let p = person(&es, who);
            assert_eq!(p.role.as_deref(), Some(role), "{es:?}");
            assert_eq!(p.affiliation.as_deref(), Some(org), "{es:?}");
            assert!(!has(&es, EntityKind::Person, org), "{es:?}");
            assert!(!has(&es, EntityKind::Organisation, role), "{es:?}");
        }
    }

    #[test]
    fn small_towns_listed_with_known_towns_are_towns() {
        let es = entities("De ondertekenende gemeenten zijn: Best, Bergeijk, Boxtel, Hulst, Laarbeek, Oirschot, Tilburg en Vlissingen.");
        for town in ["Hulst", "Laarbeek", "Oirschot", "Best", "Tilburg"] {
            assert!(has(&es, EntityKind::City, town), "{town}: {es:?}");
        }
        // Two known towns make no list of towns.
        let es = entities("Delegates came from Tilburg, Vlissingen and Laarbeek Foods.");
        assert!(!has(&es, EntityKind::City, "Laarbeek Foods"), "{es:?}");
    }

    #[test]
    fn a_town_after_a_locative_in_a_heading_is_named() {
        let doc = Document::from_text(
            "t".into(),
            "t".into(),
            TextFormat::Markdown,
            "# Reunião de arranque reúne 14 parceiros em Évora\n\nO consórcio junta parceiros de sete países.\n",
        );
        let seg = segment(&doc, None);
        let es = recognise(&doc, &seg, crate::lexicon::builtin());
        assert!(has(&es, EntityKind::City, "Évora"), "{es:?}");
    }

    #[test]
    fn courtesy_titles_stay_out_of_names_and_capitalised_titles_out_of_clauses() {
        let es = entities("In Pokhara, the team met Deputy Mayor Kamala Thapa Magar. Sister Grace Nyirenda, senior midwife at Mzuzu Central Hospital, spoke next.");
        assert!(has(&es, EntityKind::Person, "Grace Nyirenda"), "{es:?}");
        assert_eq!(
            person(&es, "Kamala Thapa Magar").role.as_deref(),
            Some("Deputy Mayor")
        );
        let es = entities("A sessão contou com o reitor da Universidade de Évora, Professor Doutor Rui Valadas Pestana.");
        assert!(
            has(&es, EntityKind::Person, "Rui Valadas Pestana"),
            "{es:?}"
        );
    }

    #[test]
    fn roles_of_unnamed_speakers() {
        let es = entities("La parole a ensuite été donnée au public. Une enseignante de Carpentras a demandé pourquoi les collèges ruraux n'accueillent presque jamais d'artistes.");
        assert!(has(&es, EntityKind::Role, "enseignante"), "{es:?}");
        let es = entities("The head chef explained that this was possible only because the tender was divided in small lots. The city presented un asistente virtual que responde.");
        assert!(has(&es, EntityKind::Role, "head chef"), "{es:?}");
        // English "as" is no article.
        let es = entities(
            "Volunteers rotated as project manager and explained the plan to the visitors.",
        );
        assert!(!has(&es, EntityKind::Role, "project manager"), "{es:?}");
    }

    #[test]
    fn an_acronym_takes_the_name_it_abbreviates_elsewhere_in_the_text() {
        let es = entities("The assembly is funded by the Erasmus+ programme of the European Union. Members asked that EU funds reach young people.");
        assert!(
            has(&es, EntityKind::Organisation, "European Union"),
            "{es:?}"
        );
        assert!(!has(&es, EntityKind::Organisation, "EU"), "{es:?}");
    }

    #[test]
    fn organisation_names_go_on_over_fields_after_and_but_not_over_names() {
        let es = entities("Rashid Al-Mansouri, senior advisor at Big Buyers for Climate and Environment, presented the results.");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Big Buyers for Climate and Environment"
            ),
            "{es:?}"
        );
        let es = entities("De oefening werd georganiseerd door de Veiligheidsregio Zeeland samen met het Waterschap Scheldestromen en Rijkswaterstaat.");
        assert!(
            !has(
                &es,
                EntityKind::Organisation,
                "Waterschap Scheldestromen en Rijkswaterstaat"
            ),
            "{es:?}"
        );
    }

    #[test]
    fn bylines_and_generic_acronyms_name_no_body() {
        let es = entities("Sept. 14, 2022 · By the PCTA communications team. The webinar drew directors of public health, environmental health officers, GPs, social care managers and others.");
        assert!(!has(&es, EntityKind::Organisation, "By the PCTA"), "{es:?}");
        assert!(!has(&es, EntityKind::Organisation, "GPs"), "{es:?}");
    }

    #[test]
    fn roles_after_a_copula_or_as() {
        let es = entities("Maria Lopez is the director of the Barcelona Energy Agency and opened the session on Monday.");
        assert_eq!(person(&es, "Maria Lopez").role.as_deref(), Some("director"));
        let es = entities("Peter Novak serves as project manager for the URBACT network and coordinated the workshop.");
        assert_eq!(
            person(&es, "Peter Novak").role.as_deref(),
            Some("project manager")
        );
    }

    #[test]
    fn roles_before_a_comma_and_a_title_and_after_a_lower_case_possessive() {
        let es = entities("The session chair, Professor Mark Evans of Cardiff University, summarised the discussion.");
        assert_eq!(
            person(&es, "Mark Evans").role.as_deref(),
            Some("session chair")
        );
        let es = entities("Mariana Costa, the network's coordinator, thanked all participants for their work in Porto.");
        assert_eq!(
            person(&es, "Mariana Costa").role.as_deref(),
            Some("coordinator")
        );
    }

    #[test]
    fn overlapping_heads_make_one_title_and_fields_name_no_one() {
        let es = entities("Ahmed Hassan, Deputy Director General for Urban Planning in Cairo, gave the closing remarks.");
        assert_eq!(
            person(&es, "Ahmed Hassan").role.as_deref(),
            Some("Deputy Director General for Urban Planning")
        );
        assert!(!has(&es, EntityKind::Person, "Urban Planning"), "{es:?}");
    }

    #[test]
    fn a_role_and_place_before_a_name_and_an_elided_role() {
        let es = entities("Ha aperto i lavori il sindaco di Bologna Matteo Lepore, seguito dall'assessora alla mobilità Valentina Orioli, che ha presentato il piano.");
        let p = person(&es, "Matteo Lepore");
        assert_eq!(p.role.as_deref(), Some("sindaco"));
        assert_eq!(p.affiliation.as_deref(), Some("Bologna"));
        assert_eq!(
            person(&es, "Valentina Orioli").role.as_deref(),
            Some("assessora alla mobilità")
        );
    }

    #[test]
    fn portfolios_in_other_languages_and_juxtaposed() {
        let es = entities("Intervino también Lucía Gómez, concejala de Movilidad del Ayuntamiento de Valencia, que presentó el nuevo plan.");
        let p = person(&es, "Lucía Gómez");
        assert_eq!(p.role.as_deref(), Some("concejala de Movilidad"));
        assert_eq!(p.affiliation.as_deref(), Some("Ayuntamiento de Valencia"));
        let es = entities("Wethouder Klimaat Arno Bonte van de gemeente Rotterdam opende de bijeenkomst met een korte toespraak over de plannen van de stad.");
        assert_eq!(
            person(&es, "Arno Bonte").role.as_deref(),
            Some("Wethouder Klimaat")
        );
    }

    #[test]
    fn a_plural_title_before_names_is_each_ones_role_and_a_parenthesis_may_give_it() {
        let es = entities("The panel was moderated by journalist Sarah Collins and included deputy mayors Paolo Rossi and Anne Dupont.");
        assert_eq!(
            person(&es, "Anne Dupont").role.as_deref(),
            Some("deputy mayors")
        );
        let es = entities("Speakers: Mark Jones (CEO, GreenTech Ltd), Priya Patel (Head of Innovation, City of Leeds) and Tom Baker.");
        assert_eq!(person(&es, "Mark Jones").role.as_deref(), Some("CEO"));
        assert!(
            !has(&es, EntityKind::Organisation, "Head of Innovation"),
            "{es:?}"
        );
    }

    #[test]
    fn a_town_named_like_an_organisation_word_opens_its_name() {
        let es = entities("Andrés Felipe Ortiz, programme manager at Fundación Tejido Urbano in Barranquilla, Colombia, presented a scheme.");
        assert!(
            has(&es, EntityKind::Organisation, "Fundación Tejido Urbano"),
            "{es:?}"
        );
        assert!(!has(&es, EntityKind::Person, "Tejido Urbano"), "{es:?}");
    }

    #[test]
    fn x_of_a_country_and_fields_after_and_stay_one_name() {
        let es = entities("The project is coordinated by the Technical University of Denmark (DTU) together with ICLEI.");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Technical University of Denmark"
            ),
            "{es:?}"
        );
        assert!(
            !has(&es, EntityKind::Organisation, "Technical University"),
            "{es:?}"
        );
        let es = entities("During the Urban Mobility Days, the Dutch Ministry of Infrastructure and Water Management explained its plans.");
        assert!(!has(&es, EntityKind::Person, "Water Management"), "{es:?}");
    }

    #[test]
    fn names_listed_with_an_organisation_are_organisations() {
        let es = entities("The summit was organised by the Active Cities Forum with Sustrans and Cycling UK, and sponsored by a local bank.");
        assert!(has(&es, EntityKind::Organisation, "Sustrans"), "{es:?}");
    }

    #[test]
    fn a_long_title_with_its_place_before_a_name() {
        let es = entities("Conference report.\n\nSecretary General of Eurocities André Sobczak opened the annual conference in Braga on Wednesday.");
        let p = person(&es, "André Sobczak");
        assert_eq!(p.role.as_deref(), Some("Secretary General"));
        assert_eq!(p.affiliation.as_deref(), Some("Eurocities"));
    }

    #[test]
    fn an_apposition_with_a_place_is_the_main_role_and_the_title_stays_a_role() {
        let es = entities("Desde Córdoba, la ingeniera Valeria Sosa, jefa de pérdidas de la empresa provincial Aguas del Centro, describió un programa.");
        assert_eq!(
            person(&es, "Valeria Sosa").role.as_deref(),
            Some("jefa de pérdidas")
        );
        assert!(has(&es, EntityKind::Role, "ingeniera"), "{es:?}");
        let es = entities("The speakers were Cllr Harriet Ashworth, Leader of Cambridgeshire County Council, and others.");
        assert_eq!(
            person(&es, "Harriet Ashworth").role.as_deref(),
            Some("Leader")
        );
        assert!(has(&es, EntityKind::Role, "Cllr"), "{es:?}");
    }

    #[test]
    fn associations_of_cities_and_regions_keep_their_whole_name() {
        let es = entities("The event was co-organised by the Association of Cities and Regions for Sustainable Resource Management (ACR+) and Zero Waste Europe. ACR+ presented its report.");
        let full = "Association of Cities and Regions for Sustainable Resource Management";
        assert!(has(&es, EntityKind::Organisation, full), "{es:?}");
        assert!(!has(&es, EntityKind::Organisation, "ACR"), "{es:?}");
        assert!(!has(&es, EntityKind::Organisation, "ACR+"), "{es:?}");
        let es = entities("Participants met representatives of the Portuguese Environment Agency and of the Lisbon Metropolitan Area.");
        assert!(
            !has(&es, EntityKind::Organisation, "Lisbon Metropolitan Area"),
            "{es:?}"
        );
    }

    #[test]
    fn a_list_item_role_is_not_the_next_items() {
        let doc = Document::from_text(
            "t".into(),
            "t.md".into(),
            TextFormat::Markdown,
            "# Speakers\n\n- Katarzyna Nowak (Gdańsk), urban planner\n- Dr. Tom Evans, University of Bristol\n- Maria Santos: project coordinator, Porto Energy Agency\n",
        );
        let seg = segment(&doc, None);
        let es = recognise(&doc, &seg, crate::lexicon::builtin());
        assert_eq!(person(&es, "Tom Evans").role, None);
        assert_eq!(
            person(&es, "Maria Santos").role.as_deref(),
            Some("project coordinator")
        );
    }

    #[test]
    fn a_year_in_parentheses_or_a_time_word_does_not_hide_the_role() {
        let es = entities("This year's honorees were Chidi Okafor ('98), chief operating officer of Midwest Grain Logistics in Decatur, and Juan Carlos de la Fuente ('87), retired superintendent of Joliet Public Schools.");
        assert_eq!(
            person(&es, "Chidi Okafor").role.as_deref(),
            Some("chief operating officer")
        );
        assert_eq!(
            person(&es, "Juan Carlos de la Fuente").role.as_deref(),
            Some("retired superintendent")
        );
    }

    #[test]
    fn german_verbs_and_pronouns_before_a_role_are_not_modifiers() {
        let es = entities("Beim Fachgespräch in der Handwerkskammer stellte deren Hauptgeschäftsführer Bernd Kessler das duale Ausbildungssystem vor.");
        assert_eq!(
            person(&es, "Bernd Kessler").role.as_deref(),
            Some("Hauptgeschäftsführer")
        );
    }

    #[test]
    fn a_role_that_opens_a_clause_is_not_an_apposition_and_hall_is_a_surname() {
        let es = entities(
            "According to Peter Hall, the director of the agency will step down next year.",
        );
        assert_eq!(person(&es, "Peter Hall").role, None);
        let es = entities(
            "Maria Lopez, the director of the agency who has led it since 2019, opened the day.",
        );
        assert_eq!(person(&es, "Maria Lopez").role.as_deref(), Some("director"));
    }

    #[test]
    fn named_programmes_are_organisations() {
        let es = entities("The assembly is funded by the Erasmus+ programme of the European Union, and the county's Greenways programme has connected twelve villages.");
        assert!(has(&es, EntityKind::Organisation, "Erasmus+"), "{es:?}");
        assert!(has(&es, EntityKind::Organisation, "Greenways"), "{es:?}");
    }

    #[test]
    fn unknown_given_names_with_a_role_are_people() {
        // "Mei" is Dutch for May, which says nothing in English.
        let es = entities("Then Mei Lin Cheng, a student at the University of Waikato, spoke.");
        assert_eq!(
            person(&es, "Mei Lin Cheng").role.as_deref(),
            Some("student")
        );
        // A hyphenated syllable pair is a given name, even before "Park".
        let es = entities(
            "The jury of Whitfield and Hyun-woo Park, a senior data scientist at Esri, met.",
        );
        assert_eq!(
            person(&es, "Hyun-woo Park").affiliation.as_deref(),
            Some("Esri")
        );
    }

    #[test]
    fn whose_is_no_part_of_a_role_and_points_to_its_owner() {
        let es =
            entities("The signatories were Porto and İzmir, whose Mayor, Kemal Aydoğan, came.");
        let p = person(&es, "Kemal Aydoğan");
        assert_eq!(p.role.as_deref(), Some("Mayor"));
        assert_eq!(p.affiliation.as_deref(), Some("İzmir"));
    }

    #[test]
    fn roles_joined_by_and_before_a_name_are_one_title() {
        let es = entities(
            "The delegation was led by OWIC's president and CEO, Victoria Osei-Mensah, who spoke.",
        );
        assert_eq!(
            person(&es, "Victoria Osei-Mensah").role.as_deref(),
            Some("president and CEO")
        );
    }

    #[test]
    fn juxtaposed_german_portfolios_join_with_und() {
        let es = entities("Dr. Nilüfer Aydın, Leiterin Forschung und Entwicklung bei Ruhrstahl Components, berichtete.");
        assert_eq!(
            person(&es, "Nilüfer Aydın").role.as_deref(),
            Some("Leiterin Forschung und Entwicklung")
        );
        let es = entities("Tobias Brandauer, Leiter Produktentwicklung bei Kessler Sensortechnik GmbH, zeigte die Sonde.");
        assert_eq!(
            person(&es, "Tobias Brandauer").role.as_deref(),
            Some("Leiter Produktentwicklung")
        );
    }

    #[test]
    fn a_german_noun_after_an_article_is_no_town() {
        let es =
            entities("Das Labor sitzt in einer Halle des Unternehmens. Sie wünscht sich mehr Mut.");
        assert!(!es.iter().any(|e| e.kind == EntityKind::City), "{es:?}");
    }

    #[test]
    fn the_kind_of_body_is_cut_from_its_name() {
        let es =
            entities("Edem Houngbédji, chargé de programme à l’ONG Cadre de Vie Propre, a parlé.");
        assert!(
            has(&es, EntityKind::Organisation, "Cadre de Vie Propre"),
            "{es:?}"
        );
        let p = person(&es, "Edem Houngbédji");
        assert_eq!(p.role.as_deref(), Some("chargé de programme"));
        assert_eq!(p.affiliation.as_deref(), Some("Cadre de Vie Propre"));
    }

    #[test]
    fn a_defined_name_runs_back_over_a_list_of_capitalised_words() {
        let es = entities("The day was organised by the European Climate, Infrastructure and Environment Executive Agency (CINEA), which manages the call.");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "European Climate, Infrastructure and Environment Executive Agency"
            ),
            "{es:?}"
        );
        // Not over the owner's possessive.
        let es = entities("Ayşe Demirci, policy analyst at the OECD's Centre for Entrepreneurship, SMEs, Regions and Cities (CFE), spoke.");
        assert_eq!(
            person(&es, "Ayşe Demirci").affiliation.as_deref(),
            Some("Centre for Entrepreneurship, SMEs, Regions and Cities")
        );
    }

    #[test]
    fn a_body_named_by_fields_goes_on_over_a_list_of_fields() {
        let es = entities(
            "Speakers came from the Ministry of Housing, Communities and Local Government.",
        );
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Ministry of Housing, Communities and Local Government"
            ),
            "{es:?}"
        );
        // A list of bodies stays a list.
        let es =
            entities("It was organised by the Department for Transport, Sustrans and Cycling UK.");
        assert!(
            has(&es, EntityKind::Organisation, "Department for Transport"),
            "{es:?}"
        );
        assert!(has(&es, EntityKind::Organisation, "Cycling UK"), "{es:?}");
    }

    #[test]
    fn a_portfolio_before_a_body_joins_the_role() {
        let es = entities("Abrió la sesión Marisa Olano Ruiz, concejala de Transición Ecológica del Ayuntamiento de Logroño, que habló.");
        let p = person(&es, "Marisa Olano Ruiz");
        assert_eq!(p.role.as_deref(), Some("concejala de Transición Ecológica"));
        assert_eq!(p.affiliation.as_deref(), Some("Ayuntamiento de Logroño"));
        assert!(
            !has(
                &es,
                EntityKind::Organisation,
                "Transición Ecológica del Ayuntamiento de Logroño"
            ),
            "{es:?}"
        );
        let es = entities("La delegación la encabezó Marta da Silva Pereira, directora municipal de Sistemas de Información de Lisboa (Portugal).");
        let p = person(&es, "Marta da Silva Pereira");
        assert_eq!(
            p.role.as_deref(),
            Some("directora municipal de Sistemas de Información")
        );
        assert_eq!(p.affiliation.as_deref(), Some("Lisboa"));
    }

    #[test]
    fn a_romance_de_is_the_link_before_an_unknown_body() {
        // "de" is also a Dutch article; after a role it is the link.
        let text =
            "Santiago Beltrán Mora, gerente de la cooperativa Solcomún, compartió su experiencia.";
        assert_eq!(
            affiliation_in(text, "Santiago Beltrán Mora").as_deref(),
            Some("Solcomún")
        );
    }

    #[test]
    fn a_demonym_between_link_and_body_is_skipped() {
        let text = "Pieter van der Linde, project coordinator at the Dutch consultancy Rematerial BV, presented results.";
        assert_eq!(
            affiliation_in(text, "Pieter van der Linde").as_deref(),
            Some("Rematerial BV")
        );
    }

    #[test]
    fn a_place_after_for_is_the_brief_when_a_body_follows() {
        let text = "Petra Novakova, desk officer for Czechia in DG REGIO, presented the audit.";
        assert_eq!(
            affiliation_in(text, "Petra Novakova").as_deref(),
            Some("DG REGIO")
        );
        // With no body after it, the place is all the text gives.
        let text = "Maria Rossi, ambassador for France, closed the day.";
        assert_eq!(
            affiliation_in(text, "Maria Rossi").as_deref(),
            Some("France")
        );
    }

    #[test]
    fn a_place_named_with_a_possessive_is_one_name() {
        let es = entities(
            "We travelled to King's Lynn, then met June Hartley from Bishop's Castle in Clun.",
        );
        assert!(has(&es, EntityKind::City, "King's Lynn"));
        assert!(has(&es, EntityKind::City, "Bishop's Castle"));
        assert!(!has_containing(&es, EntityKind::Organisation, "Bishop"));
        assert_eq!(
            affiliation_in("June Hartley from Bishop's Castle spoke.", "June Hartley").as_deref(),
            Some("Bishop's Castle")
        );
        // A possessive before a word that names no place with it stays an owner.
        let es = entities("The meeting was held at King's College in London.");
        assert!(!has_containing(&es, EntityKind::City, "King"));
    }

    #[test]
    fn a_health_board_is_named_by_the_places_it_covers() {
        let text = "Niamh Gallagher, consultant at NHS Greater Glasgow and Clyde, spoke. Then NHS \
                    Kent and Medway presented. Staff of NHS Fife and Glasgow City Council met.";
        let es = entities(text);
        assert!(has(
            &es,
            EntityKind::Organisation,
            "NHS Greater Glasgow and Clyde"
        ));
        assert!(has(&es, EntityKind::Organisation, "NHS Kent and Medway"));
        // A body with a body's word of its own after "and" is another body.
        assert!(has(&es, EntityKind::Organisation, "NHS Fife"));
        assert!(has(&es, EntityKind::Organisation, "Glasgow City Council"));
    }

    #[test]
    fn initials_after_a_person_s_name_make_no_body() {
        let es =
            entities("Minutes taken by Lisa Carr (LC). The Greater London Authority (GLA) met.");
        assert!(has(&es, EntityKind::Person, "Lisa Carr"), "{es:?}");
        assert!(!has(&es, EntityKind::Organisation, "Lisa Carr"), "{es:?}");
        assert!(
            has(&es, EntityKind::Organisation, "Greater London Authority"),
            "{es:?}"
        );
    }

    #[test]
    fn pharmacies_and_a_school_s_lone_field() {
        let text = "Craig Milburn, pharmacist at Milburn's Pharmacy, spoke. Alicia Moreno-Grant, \
                    associate professor at Temple University School of Pharmacy, replied.";
        let es = entities(text);
        assert!(
            has(&es, EntityKind::Organisation, "Milburn's Pharmacy"),
            "{es:?}"
        );
        assert_eq!(
            affiliation_in(text, "Alicia Moreno-Grant").as_deref(),
            Some("Temple University School of Pharmacy")
        );
        // Two named bodies around the link stay two.
        let text =
            "Ana Lopes, researcher at the Centre for Ecology of the University of Lisbon, spoke.";
        assert!(has(
            &entities(text),
            EntityKind::Organisation,
            "University of Lisbon"
        ));
    }

    #[test]
    fn a_sister_or_a_worker_heads_a_compound_title() {
        let de = "Kritisch äußerte sich Friedhofsverwalterin Petra Albrecht. Gemeindeschwester \
                  Petra Lenz berichtete.";
        assert_eq!(
            role_in(de, "Petra Albrecht").as_deref(),
            Some("Friedhofsverwalterin")
        );
        assert_eq!(
            role_in(de, "Petra Lenz").as_deref(),
            Some("Gemeindeschwester")
        );
        let nl = "In de middag sprak Fatima el Amrani, jongerenwerker in Roermond, over haar \
                  project waarin jongeren met verschillende achtergronden samen een praalwagen \
                  bouwen voor het carnaval van de stad.";
        assert_eq!(
            role_in(nl, "Fatima el Amrani").as_deref(),
            Some("jongerenwerker")
        );
        // Alone, a sister is family.
        let de = "Danach sprach Petra Lenz. Ihre Schwester Anna Lenz berichtete.";
        assert!(
            !entities(de).iter().any(|e| e.kind == EntityKind::Role),
            "{:?}",
            entities(de)
        );
    }

    #[test]
    fn a_post_s_emoji_opens_the_sentence_before_a_title() {
        let doc = Document::from_text(
            "t".into(),
            "t".into(),
            TextFormat::Markdown,
            "A few moments that will stay with me:\n\n➡️ Our CEO Gareth Llewellyn announced that \
             we'll extend the scheme across the county.\n",
        );
        let seg = segment(&doc, None);
        let es = recognise(&doc, &seg, crate::lexicon::builtin());
        assert!(has(&es, EntityKind::Person, "Gareth Llewellyn"), "{es:?}");
    }

    #[test]
    fn an_italian_val_is_a_valley() {
        let es = entities(
            "Gli accessi al pronto soccorso da parte dei residenti dell'alta Val Parma sono \
             diminuiti, ha spiegato l'infermiera di famiglia Giulia Ferrari.",
        );
        assert!(!has_containing(&es, EntityKind::Person, "Val"), "{es:?}");
        assert!(has(&es, EntityKind::Person, "Giulia Ferrari"), "{es:?}");
    }

    #[test]
    fn a_portuguese_nurse_s_title_stays_out_of_the_name() {
        let es = entities(
            "A reunião contou com a Enf.ª Djamila Fortes, enfermeira de família na USF \
             Ribeirinha, e com a Eng.ª Ana Lopes, que falou sobre os novos centros de saúde.",
        );
        assert!(has(&es, EntityKind::Person, "Djamila Fortes"), "{es:?}");
        assert!(!has_containing(&es, EntityKind::Person, "Enf"), "{es:?}");
    }

    #[test]
    fn an_office_serves_the_body_after_to() {
        let text = "The round table was chaired by Richard Ashworth, Clerk to the Worshipful \
                    Company of Wheelwrights.";
        assert_eq!(
            affiliation_in(text, "Richard Ashworth").as_deref(),
            Some("Worshipful Company of Wheelwrights")
        );
        // Only right after the role: "to" after a name alone says where someone went.
        let text = "Richard Ashworth went to the Worshipful Company of Wheelwrights.";
        assert_eq!(affiliation_in(text, "Richard Ashworth"), None);
    }

    #[test]
    fn owners_written_before_a_role_are_the_affiliation() {
        let text = "The prize went to Voltaro GmbH. Its founder, Lukas Hofbauer, thanked the jury.";
        assert_eq!(
            affiliation_in(text, "Lukas Hofbauer").as_deref(),
            Some("Voltaro GmbH")
        );
        let text = "The delegation travelled to Kitakyushu, Japan. The city's mayor, Kenji Watanabe, showed the port.";
        assert_eq!(
            affiliation_in(text, "Kenji Watanabe").as_deref(),
            Some("Kitakyushu")
        );
        let text =
            "Transport for Greater Manchester's new head of policy, Tomasz Nowicki, joined her.";
        assert_eq!(
            affiliation_in(text, "Tomasz Nowicki").as_deref(),
            Some("Transport for Greater Manchester")
        );
    }

    #[test]
    fn a_town_hall_word_points_to_the_town_just_named() {
        let text = "The third talk came from Valencia, Spain, where Javier Morales Ibáñez, head of innovation at the city council, presented a partnership.";
        assert_eq!(
            affiliation_in(text, "Javier Morales Ibáñez").as_deref(),
            Some("Valencia")
        );
    }

    #[test]
    fn a_sentence_that_opens_with_a_place_gives_its_first_speaker_that_place() {
        let text = "From Biloxi, Councilwoman Denise Fairley described efforts to calm traffic.";
        assert_eq!(
            affiliation_in(text, "Denise Fairley").as_deref(),
            Some("Biloxi")
        );
        let text = "Aus Leipzig zeigte Sabine Krautwurst, Leiterin des Amtes für Statistik und Wahlen, wie die Stadt ihre Daten teilt.";
        assert_eq!(
            affiliation_in(text, "Sabine Krautwurst").as_deref(),
            Some("Leipzig")
        );
        // Not when the person names a body of their own.
        let text = "Desde Guadalajara (México), Alejandro Ruiz Tapia, del Sistema Intermunicipal de los Servicios de Agua, habló de los cortes.";
        assert_ne!(
            affiliation_in(text, "Alejandro Ruiz Tapia").as_deref(),
            Some("Guadalajara")
        );
    }

    #[test]
    fn a_name_after_a_body_descriptor_is_a_body() {
        let es = entities("A panel with a representative of the social enterprise Nova Nit from Maribor discussed uniforms.");
        assert!(has(&es, EntityKind::Organisation, "Nova Nit"), "{es:?}");
        assert!(!has(&es, EntityKind::Person, "Nova Nit"), "{es:?}");
        let es = entities("As Dr Amina Wanjiru, director of the community network Sauti ya Mtaa, put it, budgets matter.");
        assert!(
            has(&es, EntityKind::Organisation, "Sauti ya Mtaa"),
            "{es:?}"
        );
    }

    #[test]
    fn never_panics_on_odd_text() {
        let pieces = [
            "Dr.", "’s", "(", ")", "l’", "Mayor of", "Nice", "ICC", "-", "van der", "\n\n", "S.A.",
            "é", "“", "”", ",", "X", "de", "Jean-", "U.S.",
        ];
        let mut state = 7u64;
        for _ in 0..300 {
            let mut s = String::new();
            for _ in 0..20 {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                s.push_str(pieces[(state >> 33) as usize % pieces.len()]);
                if state & 1 == 0 {
                    s.push(' ');
                }
            }
            entities(&s);
        }
    }

    #[test]
    fn an_acronym_defines_a_long_name_with_listed_fields() {
        // Initials that spell another language's name: the title-case run before it.
        let es = entities("The project was coordinated by the Danube Research Institute for Water, Soil and Forests (SKOV), which hosted the first meeting in the spring.");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Danube Research Institute for Water, Soil and Forests"
            ),
            "{es:?}"
        );
        assert!(!has(&es, EntityKind::Organisation, "SKOV"), "{es:?}");
        // An acronym of two words.
        let es = entities("The workshop was hosted by the Regional Energy Agency of Gorenjska Region (REA GOR) and gathered twenty partners from six countries.");
        assert!(!has(&es, EntityKind::Organisation, "REA GOR"), "{es:?}");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Regional Energy Agency of Gorenjska Region"
            ),
            "{es:?}"
        );
    }

    #[test]
    fn an_acronym_defines_a_sentence_case_or_compound_name() {
        let es = entities("La journée était organisée par l'Association romande des jardins, vergers et potagers urbains (ARJP). Les participants ont visité trois quartiers de la ville avec les jardiniers.");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Association romande des jardins, vergers et potagers urbains"
            ),
            "{es:?}"
        );
        let es = entities("Am Nachmittag sprach die Präsidentin der Handwerks- und Gewerbekammer für Nordhausen, Sondershausen und Umgebung (HGK). Sie forderte mehr Unterstützung für die Betriebe in der Region.");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Handwerks- und Gewerbekammer für Nordhausen, Sondershausen und Umgebung"
            ),
            "{es:?}"
        );
    }

    #[test]
    fn quoted_names_and_countries_end_bodies_names() {
        let es = entities("The delegation thanked the Embassy of the Republic of Chile in Canada for its support during the visit.");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Embassy of the Republic of Chile in Canada"
            ),
            "{es:?}"
        );
        let es = entities("Martedì gli ospiti hanno incontrato gli studenti dell'Istituto Tecnico “Guido Rossa”, che a giugno partiranno per uno stage all'estero.");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Istituto Tecnico “Guido Rossa”"
            ),
            "{es:?}"
        );
    }

    #[test]
    fn one_word_companies_in_a_company_context() {
        let es = entities("Delegates included Leeds-based Fluxora, which builds batteries for ferries, and two consultancies.");
        assert!(has(&es, EntityKind::Organisation, "Fluxora"), "{es:?}");
        let es = entities("Der Preis ging an das Start-up Kompostik aus Linz. Das Unternehmen entwickelt Sensoren für Biotonnen und plant Touren automatisch.");
        assert!(has(&es, EntityKind::Organisation, "Kompostik"), "{es:?}");
        let es = entities("Five teams pitched:\n\n- GreenHarbor – Maria Costa (founder) showed a tool for ports.\n- Tom Baker – a farmer from Devon.\n");
        assert!(has(&es, EntityKind::Organisation, "GreenHarbor"), "{es:?}");
        assert!(!has(&es, EntityKind::Organisation, "Tom Baker"), "{es:?}");
    }

    #[test]
    fn headings_weekdays_titles_and_regions_are_no_bodies() {
        let es = entities("MEETING IN REVIEW\n\nOpen session of Lakeview District Council, Tuesday 3 June 2025. The Deputy Commissioner, Dr. Asha Menon, said that buses in Greater Leeds and the Klang Valley run late.");
        for name in [
            "MEETING IN REVIEW",
            "Tuesday",
            "Dr",
            "Greater Leeds",
            "Klang Valley",
        ] {
            assert!(!has(&es, EntityKind::Organisation, name), "{name}: {es:?}");
        }
        let es = entities("A track for start-ups from Francophone West Africa opens in May.");
        assert!(
            !has(&es, EntityKind::Organisation, "Francophone West Africa"),
            "{es:?}"
        );
        let es = entities("Leaders met at 7 a.m. on Wednesday for the Eugene Area Chamber of Commerce's breakfast.");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Eugene Area Chamber of Commerce"
            ),
            "{es:?}"
        );
        let es = entities(
            "Moyo described how his company performs in Ndebele, Shona and English on tour.",
        );
        assert!(!has(&es, EntityKind::Organisation, "Shona"), "{es:?}");
    }

    #[test]
    fn lower_case_heads_and_listed_fields_join_the_name() {
        let es = entities("Elle enseigne la sociologie à l'université d'Avignon depuis dix ans. Le ministère de la Culture a financé le projet de la compagnie.");
        assert!(
            has(&es, EntityKind::Organisation, "université d'Avignon"),
            "{es:?}"
        );
        assert!(
            has(&es, EntityKind::Organisation, "ministère de la Culture"),
            "{es:?}"
        );
        let es = entities(
            "Researchers from the Danish Department of Agriculture and Fisheries joined the visit.",
        );
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Danish Department of Agriculture and Fisheries"
            ),
            "{es:?}"
        );
    }

    #[test]
    fn a_german_genitive_adjective_stays_in_the_name() {
        let es = entities("Auf dem Podium saß Dr. Petra Lange vom Verein deutscher Ingenieure. Sie sprach über die Ausbildung in den Betrieben der Region.");
        assert!(
            has(&es, EntityKind::Organisation, "Verein deutscher Ingenieure"),
            "{es:?}"
        );
    }

    #[test]
    fn letters_after_a_name_are_no_part_of_it_and_no_body_or_role() {
        let es = entities(
            "The panel was chaired by Dame Eleanor Whitcombe OBE, former chair of the commission. \
             Dr Hye-jin Park, PhD, principal transport specialist at the Asian Development Bank, \
             and Ngozi Eze-Lindgren ACA, the treasurer, spoke after her.",
        );
        for name in ["Eleanor Whitcombe", "Hye-jin Park", "Ngozi Eze-Lindgren"] {
            assert!(has(&es, EntityKind::Person, name), "{name}: {es:?}");
        }
        assert!(
            !es.iter()
                .any(|e| ["OBE", "PhD", "ACA"].iter().any(|p| e.name.contains(p))),
            "{es:?}"
        );
    }

    #[test]
    fn capitals_only_body_words_and_foreign_body_words_can_be_surnames() {
        let es = entities(
            "Benjamin Ong, operations manager of Gulf Star Fishing Corp., said that the fleet \
             agreed. Apprentice Fatoumata Camara from Network Rail described the crew.",
        );
        assert_eq!(
            person(&es, "Benjamin Ong").role.as_deref(),
            Some("operations manager")
        );
        assert_eq!(
            person(&es, "Fatoumata Camara").role.as_deref(),
            Some("Apprentice")
        );
        assert!(
            !has(&es, EntityKind::Organisation, "Benjamin Ong"),
            "{es:?}"
        );
    }

    #[test]
    fn a_town_placed_in_its_country_ends_a_body_name() {
        let es = entities(
            "Crónica del foro · Cusco, 22 de octubre de 2026. Habló Elena Ñancupil, de la radio \
             comunitaria Wixage Anai de Temuco (Chile), y la Universidad de Valparaíso (Chile) \
             presentó su estudio.",
        );
        assert!(has(&es, EntityKind::City, "Cusco"), "{es:?}");
        assert!(has(&es, EntityKind::City, "Temuco"), "{es:?}");
        assert!(
            has(&es, EntityKind::Organisation, "Universidad de Valparaíso"),
            "{es:?}"
        );
        let es = entities(
            "Autour de la table, animée par la journaliste Claire de Montesson (France Culture), \
             se trouvaient les invités.",
        );
        assert!(
            has(&es, EntityKind::Person, "Claire de Montesson"),
            "{es:?}"
        );
    }

    #[test]
    fn fields_after_in_aux_and_romance_endings_stay_in_the_role() {
        let es = entities(
            "Dr Sunita Ramaswamy, a senior lecturer in civil engineering at the University of \
             Birmingham, opened the evening. The educational assistant in the room, Paul Grant, \
             agreed.",
        );
        let r = person(&es, "Sunita Ramaswamy");
        assert_eq!(
            r.role.as_deref(),
            Some("senior lecturer in civil engineering")
        );
        assert_eq!(r.affiliation.as_deref(), Some("University of Birmingham"));
        assert!(
            !has(&es, EntityKind::Role, "educational assistant in the room"),
            "{es:?}"
        );
        let es = entities(
            "Geneviève Tremblay-Ouellet, vice-rectrice aux relations internationales de \
             l'Université Laval, a présenté le programme.",
        );
        let r = person(&es, "Geneviève Tremblay-Ouellet");
        assert_eq!(
            r.role.as_deref(),
            Some("vice-rectrice aux relations internationales")
        );
        let es = entities(
            "En la mesa intervino Marisa Olano Ruiz, concejala de Transición Ecológica del Ayuntamiento de \
             Logroño, y luego Juliana Rocha, secretaria municipal de Planificación, habló.",
        );
        assert_eq!(
            person(&es, "Marisa Olano Ruiz").role.as_deref(),
            Some("concejala de Transición Ecológica")
        );
        assert_eq!(
            person(&es, "Juliana Rocha").role.as_deref(),
            Some("secretaria municipal de Planificación")
        );
    }

    #[test]
    fn descriptions_verbs_and_kind_words_around_body_names() {
        let es = entities(
            "Partners included UNHCR, the UN Refugee Agency, and the Addis Ababa Water and \
             Sewerage Authority, whose engineers visited Nairobi.",
        );
        assert!(
            !has(&es, EntityKind::Organisation, "UN Refugee Agency"),
            "{es:?}"
        );
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Addis Ababa Water and Sewerage Authority"
            ),
            "{es:?}"
        );
        let es = entities(
            "Erano presenti i vertici della Fondazione Salento Opera. La sovrintendente della \
             Fondazione, Giovanna De Filippis, ha detto che il Comune coprirà i costi del palco.",
        );
        assert_eq!(
            person(&es, "Giovanna De Filippis").affiliation.as_deref(),
            Some("Fondazione Salento Opera")
        );
        assert!(!es.iter().any(|e| e.name.contains("coprirà")), "{es:?}");
    }

    #[test]
    fn a_mayor_with_no_body_is_the_mayor_of_the_town_named_before_or_most() {
        let es = entities(
            "El foro se celebró en Zaragoza. Llegaron técnicos de Zaragoza y de Huesca.\n\nLa \
             alcaldesa, Pilar Ortega Lasheras, inauguró el foro.",
        );
        assert_eq!(
            person(&es, "Pilar Ortega Lasheras").affiliation.as_deref(),
            Some("Zaragoza")
        );
    }

    #[test]
    fn east_asian_names_and_a_product_inside_a_title() {
        let es = entities(
            "The room was full. Nguyễn Minh Thư, senior Android engineer at Tiền Nhanh, showed \
             her model. Dr. Park Soo-ah, head of mobile platform at Kakao Mobility, opened. \
             Forty-two operators came.",
        );
        assert_eq!(
            person(&es, "Nguyễn Minh Thư").role.as_deref(),
            Some("senior Android engineer")
        );
        assert_eq!(
            person(&es, "Park Soo-ah").role.as_deref(),
            Some("head of mobile platform")
        );
        assert!(!has(&es, EntityKind::Person, "Forty-two"), "{es:?}");
    }

    #[test]
    fn title_case_roles_in_appositions_and_capitalised_fields() {
        let es = entities("Moderator: Dr. Omar Haddad, Division Head, General Internal Medicine. Fiona McAllister (Company Secretary, minutes) took notes.");
        assert!(has(&es, EntityKind::Role, "Division Head"), "{es:?}");
        assert!(has(&es, EntityKind::Role, "Company Secretary"), "{es:?}");
        assert!(
            !has(&es, EntityKind::Organisation, "Company Secretary"),
            "{es:?}"
        );
        // A title before a field names a unit, not a person.
        assert!(!has(&es, EntityKind::Person, "Internal Medicine"), "{es:?}");
        let es = entities("Dr. Ngozi Eze, Professor of Critical Care Medicine, University of Toronto, spoke on critical care. Jane Doe, Head of Acme Engineering, and Renee Hall, executive director of Kids First Early Learning, replied that kids come first and learning starts early.");
        let role = |p: &str| find_person(&es, p).and_then(|e| e.role.clone());
        assert_eq!(
            role("Ngozi Eze").as_deref(),
            Some("Professor of Critical Care Medicine")
        );
        // A word the text never writes in lower case is a name's; after a head in lower case
        // the capitals are where the role is held.
        assert_eq!(role("Jane Doe").as_deref(), Some("Head"));
        assert_eq!(role("Renee Hall").as_deref(), Some("executive director"));
    }

    #[test]
    fn a_body_described_by_its_town_or_named_after_the_role_is_the_affiliation() {
        let es = entities("On stage were Chidi Nwosu, chief operating officer of the Lagos solar firm Sunhaven Power, and others. From Aalborg, Mette Kjærgaard, head of planning at the municipal utility Aalborg Forsyning, showed a map. I also met Ayşe Demirtaş from Istanbul, co-founder of the Turkish delivery app Kapıda, who flew in. The meeting was in Denmark. From Aalborg, Jens Holm said hello.");
        let aff = |p: &str| find_person(&es, p).and_then(|e| e.affiliation.clone());
        assert_eq!(aff("Chidi Nwosu").as_deref(), Some("Sunhaven Power"));
        assert_eq!(aff("Mette Kjærgaard").as_deref(), Some("Aalborg Forsyning"));
        assert_eq!(aff("Ayşe Demirtaş").as_deref(), Some("Kapıda"));
        // With nothing after the name, the town the sentence opens with.
        assert_eq!(aff("Jens Holm").as_deref(), Some("Aalborg"));
    }

    #[test]
    fn bodies_described_by_a_kind_word_before_them() {
        let es = entities("Issa Al-Masri, a founder of the refugee group Sanad Collective, spoke. Giorgio Esposito dell'agenzia Pietre Vive ha spiegato. Mariama Cissokho, présidente du groupement de femmes Benkadi, s'est inquiétée. Tunde Ajayi now runs a logistics start-up, Ojà Express.");
        for name in ["Sanad Collective", "Pietre Vive", "Benkadi", "Ojà Express"] {
            assert!(has(&es, EntityKind::Organisation, name), "{name}: {es:?}");
        }
        // A capitalised first part is a name's: "Co-operative Union" is no described "Union".
        let es = entities("Ms. Lan of the Nha Trang Fisheries Co-operative Union spoke.");
        assert!(!has(&es, EntityKind::City, "Union"), "{es:?}");
    }

    #[test]
    fn what_stands_before_a_title_and_is_no_part_of_it() {
        let role = role_in;
        let t = "Il consiglio ha poi nominato vicepresidente vicario Giorgia Santangelo, presidente del comitato.";
        assert_eq!(
            role(t, "Giorgia Santangelo").as_deref(),
            Some("vicepresidente vicario")
        );
        let t = "Sie nutzt eine Methode, die sie von der dänischen Trainerin Mette Kjærgaard übernommen hat.";
        assert_eq!(role(t, "Mette Kjærgaard").as_deref(), Some("Trainerin"));
        let t = "Cerró el recorrido el ingeniero agrónomo Martín Echeverría Bustos.";
        assert_eq!(
            role(t, "Martín Echeverría Bustos").as_deref(),
            Some("ingeniero agrónomo")
        );
        let t = "Aino Kettunen, GIS analyst at the Finnish Meteorological Institute, showed maps.";
        assert_eq!(role(t, "Aino Kettunen").as_deref(), Some("GIS analyst"));
    }

    #[test]
    fn formal_state_names_town_titles_and_currencies() {
        let es = entities("The Minister of Foreign Affairs of the Republic of Chile paid a visit. The gala raised JOD 1.2 million. The team visited Pokhara Metropolitan City in Nepal.");
        assert!(has(&es, EntityKind::Country, "Republic of Chile"), "{es:?}");
        assert!(
            !has(&es, EntityKind::Organisation, "Republic of Chile"),
            "{es:?}"
        );
        assert!(!has(&es, EntityKind::Organisation, "JOD"), "{es:?}");
        assert!(has(&es, EntityKind::City, "Pokhara"), "{es:?}");
        assert!(
            !has(&es, EntityKind::Organisation, "Pokhara Metropolitan City"),
            "{es:?}"
        );
    }

    #[test]
    fn german_compounds_of_body_words_with_a_place_or_an_adjective() {
        let es = entities("Das Seminar fand in Graz statt. Die Präsidentin des Oberlandesgerichts Graz, Dr. Barbara Leitgeb-Hofer, eröffnete das Seminar. Veranstalter war die Stiftung gemeinsam mit der Österreichischen Richtervereinigung; die Kosten trug das Ministerium.");
        for name in [
            "Oberlandesgerichts Graz",
            "Österreichischen Richtervereinigung",
        ] {
            assert!(has(&es, EntityKind::Organisation, name), "{name}: {es:?}");
        }
        let es = entities(
            "Wir wollen mit der Landwirtschaftskammer Niedersachsen Informationsabende anbieten.",
        );
        assert!(
            !has(
                &es,
                EntityKind::Organisation,
                "Landwirtschaftskammer Niedersachsen Informationsabende"
            ),
            "{es:?}"
        );
    }

    #[test]
    fn towns_and_regions_of_several_words_are_no_people() {
        let es = entities("Bartosz Zieliński, head of the section at Cork City Libraries, spoke. Teachers came to Halifax, Nova Scotia, last Saturday. Wilner Jean-Baptiste, médiateur culturel, qui a grandi à Port-au-Prince, en Haïti ; la suite.");
        for name in ["City Libraries", "Nova Scotia", "Port-au-Prince"] {
            assert!(!has(&es, EntityKind::Person, name), "{name}: {es:?}");
        }
        assert!(has(&es, EntityKind::City, "Port-au-Prince"), "{es:?}");
    }

    #[test]
    fn a_dutch_field_compound_after_the_title_is_its_portfolio() {
        let es =
            entities("Namens de hogeschool sprak lector Waterbeheer Pieter Hoekstra over droogte.");
        assert_eq!(
            find_person(&es, "Pieter Hoekstra").and_then(|e| e.role.as_deref()),
            Some("lector Waterbeheer"),
            "{es:?}"
        );
    }

    #[test]
    fn a_noun_capitalised_by_the_sentence_start_is_part_of_the_title() {
        let es = entities("The board met in March. Board chairman Richard Thurlow opened the day. Siemens chairman Joe Kaeser replied to the board.");
        let held = |p: &str| find_person(&es, p).map(|e| (e.role.clone(), e.affiliation.clone()));
        assert_eq!(
            held("Richard Thurlow"),
            Some((Some("Board chairman".into()), None))
        );
        // A word the text never writes in lower case is a name: the affiliation.
        assert_eq!(
            held("Joe Kaeser"),
            Some((Some("chairman".into()), Some("Siemens".into())))
        );
    }

    #[test]
    fn an_occupation_alone_in_an_apposition_is_the_role() {
        let role = role_in;
        let t = "Daarna sprak Henk Wiersma, zorgboer uit Doetinchem, over dagbesteding.";
        assert_eq!(role(t, "Henk Wiersma").as_deref(), Some("zorgboer"));
        let t = "Ensuite, Bastien Le Goff, archetier à Mirecourt, a présenté son atelier.";
        assert_eq!(role(t, "Bastien Le Goff").as_deref(), Some("archetier"));
        let t = "Le concert a eu lieu à Lyon. Puis l'archetier Bastien Le Goff a parlé.";
        assert_eq!(role(t, "Bastien Le Goff").as_deref(), Some("archetier"));
        // Not a word without an occupation's ending, nor one before a verb.
        let t = "Daarna sprak Henk Wiersma, gisteren uit Doetinchem, over dagbesteding.";
        assert_eq!(role(t, "Henk Wiersma"), None);
    }

    #[test]
    fn places_and_bodies_named_like_people() {
        let es = entities("The forum met at Marina Bay in Singapore. Priya Natarajan of Apiculture New Zealand spoke.");
        for name in ["Marina Bay", "Apiculture New Zealand"] {
            assert!(!has(&es, EntityKind::Person, name), "{name}: {es:?}");
        }
        assert!(has(&es, EntityKind::Person, "Priya Natarajan"), "{es:?}");
    }

    #[test]
    fn a_capitalised_elided_article_opens_no_name() {
        let text = "Nella seconda giornata si è parlato delle comunità e dei musei archeologici. \
                    L'antropologa Dimitra Karagianni, dell'Università di Creta, ha presentato \
                    una ricerca. Il soprano ucraino Olena Marchenko ha cantato.";
        assert_eq!(
            role_in(text, "Dimitra Karagianni").as_deref(),
            Some("antropologa")
        );
        // A nationality between the role and the name, where adjectives follow the noun.
        assert_eq!(role_in(text, "Olena Marchenko").as_deref(), Some("soprano"));
        // A surname or town with an elided article keeps it.
        assert!(crate::entities::spans::strip_elision("D'Souza") == "D'Souza");
        assert!(crate::entities::spans::strip_elision("L'Aquila") == "L'Aquila");
    }

    #[test]
    fn an_honorific_keeps_a_town_named_given_name_in_the_name() {
        let es = entities(
            "The conference brought donors and hospital teams together. Dr Nur Aisyah \
             Kamaruddin, director of the National Blood Centre, opened the conference.",
        );
        assert!(
            has(&es, EntityKind::Person, "Nur Aisyah Kamaruddin"),
            "{es:?}"
        );
        assert!(!has(&es, EntityKind::City, "Nur"), "{es:?}");
    }

    #[test]
    fn a_name_before_a_link_to_a_named_body_is_a_person() {
        let es = entities(
            "The drives were discussed at length by the regional teams. Mereani Tuilagi of \
             the Fiji Red Cross Society described the mobile drives.",
        );
        let p = find_person(&es, "Mereani Tuilagi").expect("person");
        assert_eq!(p.affiliation.as_deref(), Some("Fiji Red Cross Society"));
        // Not after a link: "profesora de Geografía Humana de la Universidad de Cádiz".
        let es = entities(
            "En la consulta participaron vecinos y expertos. Ana Ruiz, profesora de \
             Geografía Humana de la Universidad de Cádiz, habló del turismo.",
        );
        assert!(find_person(&es, "Geografía Humana").is_none(), "{es:?}");
    }

    #[test]
    fn a_body_after_von_is_no_surname() {
        let es = entities(
            "Beim Netzwerktag trafen sich Erzieherinnen und Eltern aus der Region. Förster \
             Matthias Kaltenbach von ForstBW sprach über die Folgen von Trockenheit.",
        );
        let p = find_person(&es, "Matthias Kaltenbach").expect("person");
        assert_eq!(p.affiliation.as_deref(), Some("ForstBW"));
        let es = entities("Op het congres spraken bestuurders en huurders over de wachtlijsten. Lieve Claes van de Vlaamse Maatschappij voor Sociaal Wonen schetste de Belgische aanpak.");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Vlaamse Maatschappij voor Sociaal Wonen"
            ),
            "{es:?}"
        );
    }

    #[test]
    fn trade_nouns_before_compound_only_heads() {
        let text = "The second day was spent outdoors with the rescue teams and their dogs. \
                    Tomasz Wrona, a drone operator with the Tatra Volunteer Rescue, showed \
                    the maps. Reindeer herder Anders Nilsen Somby spoke next. In particular \
                    senior instructor Sarah Nabirye was thanked.";
        assert_eq!(
            role_in(text, "Tomasz Wrona").as_deref(),
            Some("drone operator")
        );
        assert_eq!(
            role_in(text, "Anders Nilsen Somby").as_deref(),
            Some("Reindeer herder")
        );
        assert_eq!(
            role_in(text, "Sarah Nabirye").as_deref(),
            Some("senior instructor")
        );
        // Alone, or after a word that ranks, the noun names no job.
        let es = entities(
            "The bus operator agreed with the council on fares for the whole region. A key \
             player in the market, the operator runs 300 buses.",
        );
        assert!(!es.iter().any(|e| e.kind == EntityKind::Role), "{es:?}");
    }

    #[test]
    fn roles_with_complements_before_the_name() {
        let fr = "La journée a réuni des artistes et des élus de toute la région. L'adjointe à \
                  la culture de Quimper, Anne-Sophie Kerhervé, a confirmé la subvention.";
        assert_eq!(
            role_in(fr, "Anne-Sophie Kerhervé").as_deref(),
            Some("adjointe à la culture")
        );
        let it = "Si è parlato di campane e di cori con molte persone del Triveneto. Nel \
                  convegno del mattino il presidente dell'associazione, Giorgio Castellani, ha \
                  presentato i numeri.";
        assert_eq!(
            role_in(it, "Giorgio Castellani").as_deref(),
            Some("presidente")
        );
    }

    #[test]
    fn hyphenated_heads_and_kinds_of_body_after_a_role() {
        let nl = "Op het congres spraken bestuurders en huurders over de wachtlijsten. Fatima \
                  El Amrani, directeur-bestuurder van woningcorporatie Stadsgoed in Deventer, \
                  vertelde over kantoren.";
        assert_eq!(
            role_in(nl, "Fatima El Amrani").as_deref(),
            Some("directeur-bestuurder")
        );
        let en = "The forum brought designers and planners together for two days of talks. \
                  Amara Okafor, lighting designer at Lumen Atelier in Lagos, showed her work. \
                  The panel was moderated by Grab's regional director for public-sector \
                  partnerships Arjun Mehra.";
        assert_eq!(
            role_in(en, "Amara Okafor").as_deref(),
            Some("lighting designer")
        );
        assert_eq!(
            role_in(en, "Arjun Mehra").as_deref(),
            Some("regional director for public-sector partnerships")
        );
    }

    #[test]
    fn saints_and_body_keywords_are_no_people_or_towns() {
        let es = entities(
            "La asamblea reunió a cooperativas de toda la provincia. Se celebró en la \
             Cooperativa San Isidro de Martos. La Universidad Técnica Federico Santa María \
             midió la luz.",
        );
        assert!(!es.iter().any(|e| e.kind == EntityKind::Person), "{es:?}");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Universidad Técnica Federico Santa María"
            ),
            "{es:?}"
        );
    }

    #[test]
    fn a_body_that_employs_someone_is_no_person_elsewhere() {
        let es = entities(
            "Still thinking about the workshop on education in prisons, hosted by Second \
             Page Literacy at the Castle of Good Hope. Farah Adams, founder of Second Page \
             Literacy, closed the day.",
        );
        assert!(find_person(&es, "Second Page Literacy").is_none(), "{es:?}");
        let p = find_person(&es, "Farah Adams").expect("person");
        assert_eq!(p.role.as_deref(), Some("founder"));
        assert_eq!(p.affiliation.as_deref(), Some("Second Page Literacy"));
    }

    #[test]
    fn an_agent_noun_opening_the_sentence_is_a_title() {
        let text = "The congress heard from vets, farmers and farriers about lameness in \
                    dairy herds. Farrier Joe Birkett said the vet and he never talk. \
                    Valedictorian Faith Chebet spoke last.";
        assert_eq!(role_in(text, "Joe Birkett").as_deref(), Some("Farrier"));
        assert_eq!(
            role_in(text, "Faith Chebet").as_deref(),
            Some("Valedictorian")
        );
    }

    #[test]
    fn a_dutch_trade_opening_the_sentence_is_a_title_and_van_after_a_full_name_is_from() {
        let text = "Voorzitter Henk van der Linden van BBN opende de dag. Hydroloog Marieke \
                    Bosman van Rijkswaterstaat liet zien dat het water laag staat. Gedeputeerde \
                    Noor El Idrissi van de Provincie Limburg en Anna Maria van Dijk spraken ook.";
        let es = entities(text);
        let p = find_person(&es, "Marieke Bosman").expect("person");
        assert_eq!(p.role.as_deref(), Some("Hydroloog"));
        assert_eq!(p.affiliation.as_deref(), Some("Rijkswaterstaat"));
        assert_eq!(
            role_in(text, "Henk van der Linden").as_deref(),
            Some("Voorzitter")
        );
        assert!(find_person(&es, "Noor El Idrissi").is_some(), "{es:?}");
        assert!(find_person(&es, "Anna Maria van Dijk").is_some(), "{es:?}");
        // A particle inside the name after the title: the name goes on.
        let text = "Daarna sprak men over personeel. Schippersvrouw Petra de Groot, die al \
                    dertig jaar vaart, vertelde over de sluizen.";
        assert_eq!(
            role_in(text, "Petra de Groot").as_deref(),
            Some("Schippersvrouw")
        );
    }

    #[test]
    fn country_names_in_lower_case_and_after_an_opener() {
        let es = entities(
            "La journée a réuni des artistes et des élus de toute la région. De son côté, la \
             ville a aidé. Côté Belgique, Émilie Vandenberghe a plaidé pour un réseau. Tomáš \
             Kratochvíl est venu de Chrudim (République tchèque).",
        );
        assert!(has(&es, EntityKind::Country, "Belgique"), "{es:?}");
        assert!(
            has(&es, EntityKind::Country, "République tchèque"),
            "{es:?}"
        );
        let chrudim = es.iter().find(|e| e.name == "Chrudim").expect("Chrudim");
        assert_eq!(chrudim.country.as_deref(), Some("République tchèque"));
    }

    #[test]
    fn one_body_word_before_a_link_is_no_body_of_its_own() {
        let es = entities(
            "The workshop on education in prisons was held in Cape Town this week. Thandiwe \
             Mokoena, education coordinator at the Department of Correctional Services, \
             opened with a number.",
        );
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Department of Correctional Services"
            ),
            "{es:?}"
        );
    }

    #[test]
    fn a_village_counts_where_the_text_places_it_but_not_after_an_article() {
        let text = "Lifeboat crews from across the United Kingdom came to Fishguard for the \
                    weekend. The dinner was held at the Guildhall in Bath.";
        let es = entities(text);
        assert!(has(&es, EntityKind::City, "Fishguard"), "{es:?}");
        assert!(!has(&es, EntityKind::City, "Guildhall"), "{es:?}");
        // German capitalises every noun: "in Schulen" needs more than a locative and a
        // country named in the text.
        let de = "In Deutschland wird in Schulen und in Chören viel gesungen.";
        let es = entities(de);
        assert!(!es.iter().any(|e| e.kind == EntityKind::City), "{es:?}");
    }

    #[test]
    fn an_apposition_without_its_closing_comma_still_gives_the_role() {
        let text = "Hauke Engel, Partner at McKinsey and the Thematic Network Coordinator led \
                    the session. Focko Imhorst, Associate Partner at McKinsey shared data on \
                    retrofitting. Daan Walter, Sustainability Expert, McKinsey & Company, closed.";
        let es = entities(text);
        let p = find_person(&es, "Focko Imhorst").expect("person");
        assert_eq!(p.role.as_deref(), Some("Associate Partner"));
        // The fullest form the text writes (ANNOTATION.md): "McKinsey & Company".
        assert_eq!(p.affiliation.as_deref(), Some("McKinsey & Company"));
        assert_eq!(role_in(text, "Hauke Engel").as_deref(), Some("Partner"));
        // A title-cased job title is no body; nor is a title-cased "… Expert".
        assert!(
            !has(
                &es,
                EntityKind::Organisation,
                "Thematic Network Coordinator"
            ),
            "{es:?}"
        );
        let p = find_person(&es, "Daan Walter").expect("person");
        assert_eq!(p.role.as_deref(), Some("Sustainability Expert"));
        assert_eq!(p.affiliation.as_deref(), Some("McKinsey & Company"));
    }

    #[test]
    fn a_title_case_head_takes_in_a_field_of_several_words_before_at() {
        let text = "Dana Eleftheriadou, Head of Advanced Technologies and Digital Transformation \
                    at DG GROW, explained the challenge. Iva Horvat, Advisor for Project \
                    Implementation and Promotional Activities at the City of Rijeka, followed.";
        let es = entities(text);
        let p = find_person(&es, "Dana Eleftheriadou").expect("person");
        assert_eq!(
            p.role.as_deref(),
            Some("Head of Advanced Technologies and Digital Transformation")
        );
        assert_eq!(p.affiliation.as_deref(), Some("DG GROW"));
        let p = find_person(&es, "Iva Horvat").expect("person");
        assert_eq!(
            p.role.as_deref(),
            Some("Advisor for Project Implementation and Promotional Activities")
        );
        assert!(
            !has_containing(&es, EntityKind::Organisation, "Activities"),
            "{es:?}"
        );
    }

    #[test]
    fn a_word_of_a_title_in_capitals_is_no_acronym() {
        let es = entities("The best panel was BEYOND THE HYPE, chaired by the OECD.");
        assert!(!has(&es, EntityKind::Organisation, "HYPE"), "{es:?}");
        assert!(has(&es, EntityKind::Organisation, "OECD"), "{es:?}");
    }

    #[test]
    fn a_role_after_an_earlier_person_and_a_comma_is_not_the_next_one_s() {
        let text = "The event takes place in the European Parliament on Tuesday. Confirmed \
                    participants include Dario Nardella, Mayor of Florence, Ricardo Rio, Mayor \
                    of Porto, and Anna Lisa Boni, Deputy Mayor of Bologna. The Mayor of Leipzig, \
                    Burkhard Jung, closed the day.";
        let es = entities(text);
        let p = find_person(&es, "Ricardo Rio").expect("person");
        assert_eq!(p.affiliation.as_deref(), Some("Porto"));
        let p = find_person(&es, "Burkhard Jung").expect("person");
        assert_eq!(p.role.as_deref(), Some("Mayor"));
        assert_eq!(p.affiliation.as_deref(), Some("Leipzig"));
    }

    #[test]
    fn an_adjective_before_a_title_case_head_is_part_of_the_title() {
        let text = "Staff present: Eric Eckman, Public Works Specialist, and Claire Huisman, \
                    Administrative Assistant.";
        assert_eq!(
            role_in(text, "Claire Huisman").as_deref(),
            Some("Administrative Assistant")
        );
    }

    #[test]
    fn a_town_holding_a_body_s_word_is_the_town_and_a_small_one_after_a_body_is_none() {
        let text = "Laurent Girardin, a watchmaker from La Chaux-de-Fonds, Switzerland, spoke. \
                    Secondo la panettiera Silvia Rinaudo (Forno della Valle, Busca) la \
                    clientela paga di più.";
        let es = entities(text);
        assert!(has(&es, EntityKind::City, "La Chaux-de-Fonds"), "{es:?}");
        assert!(
            !has(&es, EntityKind::Organisation, "La Chaux-de-Fonds"),
            "{es:?}"
        );
        assert!(!has(&es, EntityKind::Organisation, "Busca"), "{es:?}");
    }

    #[test]
    fn a_purpose_after_a_town_names_no_body() {
        let es = entities(
            "Forty-two choir directors spent the weekend in Halifax for the Nova Scotia \
             Choral Federation (NSCF) Directors' Weekend.",
        );
        assert!(has(&es, EntityKind::City, "Halifax"), "{es:?}");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Nova Scotia Choral Federation"
            ),
            "{es:?}"
        );
        assert!(
            !es.iter().any(|e| e.name.starts_with("Halifax for")),
            "{es:?}"
        );
        // A body's name still holds its purpose.
        let es = entities(
            "The morning opened with a presentation from Transport for Greater Manchester \
             (TfGM), which runs the buses.",
        );
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Transport for Greater Manchester"
            ),
            "{es:?}"
        );
    }

    #[test]
    fn a_german_noun_for_people_at_work_is_no_body() {
        let es = entities(
            "Rund 180 Betreiber von Thermen, Saunameister, Ärztinnen und Touristiker trafen \
             sich im Kurhaus. Eingeladen hatte der Bundesverband Saunakultur (BVS).",
        );
        assert!(!has(&es, EntityKind::Organisation, "Ärztinnen"), "{es:?}");
        assert!(!has(&es, EntityKind::Organisation, "Touristiker"), "{es:?}");
        assert!(
            has(&es, EntityKind::Organisation, "Bundesverband Saunakultur"),
            "{es:?}"
        );
    }

    #[test]
    fn a_surname_in_capitals_after_a_given_name_is_a_person_s() {
        let text = "La séance est ouverte sous la présidence de M. Jacques MULLER, maire de \
                    Wattwiller. Anne TERROT DONTENWILL a présenté le projet du SPANC.";
        let es = entities(text);
        let p = find_person(&es, "Jacques MULLER").expect("person");
        assert_eq!(p.role.as_deref(), Some("maire"));
        assert_eq!(p.affiliation.as_deref(), Some("Wattwiller"));
        assert!(
            find_person(&es, "Anne TERROT DONTENWILL").is_some(),
            "{es:?}"
        );
        assert!(
            !has(&es, EntityKind::Organisation, "Jacques MULLER"),
            "{es:?}"
        );
        assert!(has(&es, EntityKind::Organisation, "SPANC"), "{es:?}");
    }

    #[test]
    fn a_german_town_word_vouches_for_a_small_town_and_is_no_given_name() {
        let text = "An diesem Gespräch werden Romina Barth, Oberbürgermeisterin der Großen \
                    Kreisstadt Torgau, und Sina Best, Bürgermeisterin der Stadt Gudensberg, \
                    teilnehmen.";
        let es = entities(text);
        assert!(find_person(&es, "Kreisstadt Torgau").is_none(), "{es:?}");
        let p = find_person(&es, "Romina Barth").expect("person");
        assert_eq!(p.affiliation.as_deref(), Some("Torgau"));
        let p = find_person(&es, "Sina Best").expect("person");
        assert_eq!(p.affiliation.as_deref(), Some("Gudensberg"));
        assert!(has(&es, EntityKind::City, "Gudensberg"), "{es:?}");
    }

    #[test]
    fn a_german_compound_in_chef_is_a_title() {
        let text = "Die Fraktion hat ihre Anträge für den Haushalt vorgestellt und will die \
                    Sanierung der Stadt vorantreiben. „Wir setzen starke Akzente“, so \
                    SPD-Fraktionschef Andreas Dressel am Sonntag.";
        let es = entities(text);
        let p = find_person(&es, "Andreas Dressel").expect("person");
        assert_eq!(p.role.as_deref(), Some("SPD-Fraktionschef"));
        assert!(!es
            .iter()
            .any(|e| e.name.contains("Dressel") && e.kind != EntityKind::Person));
    }

    #[test]
    fn an_abstract_noun_is_no_part_of_a_person_s_name() {
        let text = "Intervino también Hugo Morán Fernández como Secretario de Estado de Medio \
                    Ambiente del Ministerio para la Transición Ecológica. La ministra habló de \
                    España y del clima en las ciudades.";
        let es = entities(text);
        assert!(find_person(&es, "Transición Ecológica").is_none(), "{es:?}");
        let p = find_person(&es, "Hugo Morán Fernández").expect("person");
        assert_eq!(
            p.affiliation.as_deref(),
            Some("Ministerio para la Transición Ecológica")
        );
    }

    #[test]
    fn a_romance_head_before_an_adjective_is_the_head() {
        let text = "El acto estará protagonizado por la delegada provincial, Gemma Araujo, en la \
                    ciudad de Algeciras.";
        assert_eq!(
            role_in(text, "Gemma Araujo").as_deref(),
            Some("delegada provincial")
        );
    }

    #[test]
    fn a_body_after_a_list_of_people_is_each_one_s() {
        let text = "The council met on Saturday. Nancy Hetrick, Cynthia Kurtz and Lisa Phan, \
                    Management Partners, briefly introduced themselves. Anna Berg, director of \
                    planning, and Tom Lind, Acme Consulting, spoke next.";
        let es = entities(text);
        for name in ["Nancy Hetrick", "Cynthia Kurtz", "Lisa Phan"] {
            let p = find_person(&es, name).expect("person");
            assert_eq!(
                p.affiliation.as_deref(),
                Some("Management Partners"),
                "{name}"
            );
        }
        // Someone with a role of their own keeps it, and no body from the list's end.
        let p = find_person(&es, "Anna Berg").expect("person");
        assert_ne!(p.affiliation.as_deref(), Some("Acme Consulting"));
    }

    #[test]
    fn a_role_opening_the_sentence_before_a_copula_is_the_named_persons() {
        let es = entities(
            "The moderator was Jan Bos. The problem was Tom Smith's plan, and the hall was full.",
        );
        let p = find_person(&es, "Jan Bos").expect("person");
        assert_eq!(p.role.as_deref(), Some("moderator"), "{es:?}");
        let p = find_person(&es, "Tom Smith").expect("person");
        assert_eq!(p.role, None, "{es:?}");
        let es = entities(
            "Dagvoorzitter was Noor Hendriks. Ilse ten Brink, wethouder cultuur van Deventer, \
             opende de bijeenkomst met een eerlijk verhaal over de buurt.",
        );
        let p = find_person(&es, "Noor Hendriks").expect("person");
        assert_eq!(p.role.as_deref(), Some("Dagvoorzitter"), "{es:?}");
        let p = find_person(&es, "Ilse ten Brink").expect("person");
        assert_eq!(p.role.as_deref(), Some("wethouder cultuur"), "{es:?}");
    }

    #[test]
    fn german_nouns_named_like_towns_and_french_meetings_and_rooms_are_no_places() {
        let es = entities(
            "Das Projekt läuft bis Ende 2027. Am Ende des Tages hielten die Teilnehmenden \
             Ergebnisse fest. Die Halle ist voll, sagte sie: Planung schafft mehr Platz als jede \
             neue Halle. Danach fuhren wir nach Essen, wo das Essen gut war.",
        );
        assert!(!has(&es, EntityKind::City, "Ende"), "{es:?}");
        assert!(!has(&es, EntityKind::City, "Halle"), "{es:?}");
        assert!(has(&es, EntityKind::City, "Essen"), "{es:?}");
        let es = entities(
            "Réunion du bureau du comité de jumelage. Salle des fêtes, 20 h 00. Les membres de \
             l'association ont voté le budget et préparé la visite à Bad Urach en mai.",
        );
        assert!(!has(&es, EntityKind::Country, "Réunion"), "{es:?}");
        assert!(!has(&es, EntityKind::City, "Salle"), "{es:?}");
    }

    #[test]
    fn a_french_body_opening_the_sentence_or_ending_before_a_future_is_whole() {
        let es = entities(
            "Le Musée national des arts asiatiques a ouvert ses portes. Hier, la Communauté de \
             communes Loches Sud Touraine rejoindra le dispositif des bibliothèques en septembre.",
        );
        for name in [
            "Musée national des arts asiatiques",
            "Communauté de communes Loches Sud Touraine",
        ] {
            assert!(has(&es, EntityKind::Organisation, name), "{name}: {es:?}");
        }
    }

    #[test]
    fn an_apposition_that_calls_the_town_a_town_names_its_country() {
        let es = entities(
            "The experience of Florida, a city of 35,000 people in central Uruguay, showed a lot. \
             Gouda, a small town in the Netherlands, joined. Cali, which Spain funded, spoke.",
        );
        let country = |name: &str| {
            es.iter()
                .find(|e| e.kind == EntityKind::City && e.name == name)
                .and_then(|e| e.country.clone())
        };
        assert_eq!(country("Florida").as_deref(), Some("Uruguay"), "{es:?}");
        assert_eq!(country("Gouda").as_deref(), Some("Netherlands"), "{es:?}");
        assert_eq!(country("Cali"), None, "{es:?}");
    }

    #[test]
    fn a_german_office_before_its_name_is_a_common_noun() {
        let es = entities(
            "Durch den Tag führte Moderator Tobias Frey vom Freiburger Planungsbüro Mobilplan. \
             Danach sprach Anna Roth vom Quartiersbüro Altstadt über die Planung.",
        );
        assert!(
            !has_containing(&es, EntityKind::Organisation, "Planungsbüro"),
            "{es:?}"
        );
        assert!(
            has(&es, EntityKind::Organisation, "Quartiersbüro Altstadt"),
            "{es:?}"
        );
    }

    #[test]
    fn a_teachers_language_is_the_post_and_an_owners_body_is_where() {
        let es = entities(
            "They worked with Derby High School's German teacher Rachel Patel and Jürgen Haas, \
             English teacher at the Burg-Gymnasium Schorndorf. Uwe Krause, chair of the owners' \
             association Haus & Grund Chemnitz, spoke, as did Ann Lee, director of the \
             children's services team, and Lauren Pierce, staff liaison, City of Mobile.",
        );
        let role = |name: &str| find_person(&es, name).and_then(|p| p.role.clone());
        assert_eq!(
            role("Rachel Patel").as_deref(),
            Some("German teacher"),
            "{es:?}"
        );
        assert_eq!(
            role("Jürgen Haas").as_deref(),
            Some("English teacher"),
            "{es:?}"
        );
        assert_eq!(role("Uwe Krause").as_deref(), Some("chair"), "{es:?}");
        assert_eq!(
            role("Ann Lee").as_deref(),
            Some("director of the children's services team"),
            "{es:?}"
        );
        assert_eq!(
            role("Lauren Pierce").as_deref(),
            Some("staff liaison"),
            "{es:?}"
        );
    }

    #[test]
    fn a_dutch_ministry_lists_its_fields_with_en() {
        let text = "Namens het Ministerie van Infrastructuur en Waterstaat sprak Anne Bakker over \
                    de plannen voor de dijken. Volgens haar is er nog veel werk te doen.";
        let es = entities(text);
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Ministerie van Infrastructuur en Waterstaat"
            ),
            "{es:?}"
        );
        // Spanish "en" is "in": the body ends before it.
        let es = entities(
            "La Fundación Biodiversidad en Madrid presentó el informe sobre los ríos de la \
             cuenca a los alcaldes de la comarca.",
        );
        assert!(
            !has_containing(&es, EntityKind::Organisation, "en Madrid"),
            "{es:?}"
        );
    }

    #[test]
    fn a_compound_cut_at_its_hyphen_joins_the_name_after_the_conjunction() {
        let text = "Peter Lang von der Industrie- und Handelskammer Frankfurt sprach über die \
                    Ausbildung. Jan Berg vom Sächsischen Städte- und Gemeindetag war da. Die Wind- \
                    und Solarparks der Region wurden besprochen.";
        let es = entities(text);
        for name in [
            "Industrie- und Handelskammer Frankfurt",
            "Sächsischen Städte- und Gemeindetag",
        ] {
            assert!(has(&es, EntityKind::Organisation, name), "{name}: {es:?}");
        }
        assert!(
            !has_containing(&es, EntityKind::Organisation, "Wind"),
            "{es:?}"
        );
        let es = entities(
            "Els Smit van het Hout- en Meubileringscollege gaf les over riet en de nieuwe \
             leerlijn in Amsterdam, zo vertelde de voorzitter van de vereniging.",
        );
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Hout- en Meubileringscollege"
            ),
            "{es:?}"
        );
    }

    #[test]
    fn a_ministry_named_by_its_purpose_and_two_fields_is_one_body() {
        let text = "El Ministerio para la Transición Ecológica y el Reto Demográfico presentó el \
                    plan en Madrid, según explicó la directora del programa a los alcaldes.";
        let es = entities(text);
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Ministerio para la Transición Ecológica y el Reto Demográfico"
            ),
            "{es:?}"
        );
        assert!(find_person(&es, "Reto Demográfico").is_none(), "{es:?}");
    }

    #[test]
    fn a_small_town_that_seats_its_region_is_a_town() {
        let text = "Si è parlato di campane e di cori con molte persone del Triveneto. Dalla \
                    Slovenia è intervenuto Matej Kovačič, organista a Nova Gorica, che ha \
                    proposto uno scambio. Il coro di Nova Gorica (Slovenia) ha cantato.";
        let es = entities(text);
        assert!(has(&es, EntityKind::City, "Nova Gorica"), "{es:?}");
        assert!(find_person(&es, "Nova Gorica").is_none(), "{es:?}");
    }

    #[test]
    fn roles_with_complements_before_a_comma_article_and_title() {
        let fr = "La conférence a réuni des recteurs de quatorze pays à Dakar. Le secrétaire \
                  général du CAMES, le Pr Aboubacar Ouédraogo, a présenté le référentiel.";
        assert_eq!(
            role_in(fr, "Aboubacar Ouédraogo").as_deref(),
            Some("secrétaire général")
        );
        let de = "Zur Generalversammlung kamen Landwirte aus dem ganzen Allgäu. Der \
                  Oberbürgermeister der Stadt Kempten, Thomas Kiechle, würdigte die \
                  Genossenschaft.";
        let es = entities(de);
        let p = find_person(&es, "Thomas Kiechle").expect("person");
        assert_eq!(p.role.as_deref(), Some("Oberbürgermeister"));
        assert_eq!(p.affiliation.as_deref(), Some("Kempten"));
        let it = "Si è parlato di badminton, di scuole e di tesserati con molte persone. I \
                  lavori sono stati aperti dal presidente uscente Stefano Oberhofer.";
        assert_eq!(
            role_in(it, "Stefano Oberhofer").as_deref(),
            Some("presidente")
        );
    }

    #[test]
    fn a_role_its_body_and_the_name_without_a_comma() {
        let es_text = "La comisión escuchó a expertos y regantes de toda la provincia. Intervino \
                       la investigadora del Instituto de Agricultura Sostenible (IAS-CSIC) Dra. \
                       Carmen Villalobos Ortega, que habló del riego.";
        let es = entities(es_text);
        let p = find_person(&es, "Carmen Villalobos Ortega").expect("person");
        assert_eq!(p.role.as_deref(), Some("investigadora"));
        assert_eq!(
            p.affiliation.as_deref(),
            Some("Instituto de Agricultura Sostenible")
        );
        let it = entities(
            "Si è parlato di musei, di mostre e di visitatori con molte persone. Il direttore \
             del Museo Egizio Christian Greco ha parlato.",
        );
        let p = find_person(&it, "Christian Greco").expect("person");
        assert_eq!(p.affiliation.as_deref(), Some("Museo Egizio"));
        // A university named after a person keeps the name.
        let en = entities(
            "The forum brought astronomers and designers together for two days. Dr Camila \
             Errázuriz, an astrophysicist at the Universidad Técnica Federico Santa María, \
             showed images.",
        );
        assert!(find_person(&en, "Federico Santa María").is_none(), "{en:?}");
    }

    #[test]
    fn acronyms_hyphened_to_titles_and_short_agent_titles() {
        let de = entities(
            "Zum Kongress kamen Orgelbauer aus ganz Europa nach Freiberg. BDO-Präsident \
             Martin Schubert eröffnete den Kongress.",
        );
        let p = find_person(&de, "Martin Schubert").expect("person");
        assert_eq!(p.role.as_deref(), Some("BDO-Präsident"));
        assert_eq!(p.affiliation.as_deref(), Some("BDO"));
        let nl = entities(
            "Op de tulpenkwekersdag spraken telers, handelaren en veredelaars over de oogst. \
             KAVB-voorzitter Peter Boot opende de dag.",
        );
        let p = find_person(&nl, "Peter Boot").expect("person");
        assert_eq!(p.role.as_deref(), Some("KAVB-voorzitter"));
        assert_eq!(p.affiliation.as_deref(), Some("KAVB"));
        let en = "The assembly of couriers met in Montreal to talk about pay and safety. Rider \
                  Jade Tremblay-Nguyen told the assembly about the winter. Aunty Lorraine \
                  Moore welcomed the delegates.";
        assert_eq!(
            role_in(en, "Jade Tremblay-Nguyen").as_deref(),
            Some("Rider")
        );
        assert!(find_person(&entities(en), "Lorraine Moore").is_some());
    }

    #[test]
    fn towns_before_names_with_elided_or_small_links() {
        for text in [
            "Le maire d'Aubenas, Bernard Fayolle, a conclu la journée.",
            "Le maire d'Aubenas Bernard Fayolle a conclu la journée.",
        ] {
            let es = entities(text);
            let p = find_person(&es, "Bernard Fayolle").expect(text);
            assert_eq!(p.role.as_deref(), Some("maire"), "{text}");
            assert_eq!(p.affiliation.as_deref(), Some("Aubenas"), "{text}");
            assert!(has(&es, EntityKind::City, "Aubenas"), "{es:?}");
        }
        let es = entities("Il sindaco di Feltre Paolo Perenzin ha concluso la giornata.");
        let p = find_person(&es, "Paolo Perenzin").expect("person");
        assert_eq!(p.affiliation.as_deref(), Some("Feltre"));
        assert!(has(&es, EntityKind::City, "Feltre"), "{es:?}");
    }

    #[test]
    fn appositions_of_age_place_and_rank() {
        let en = "The wards were full. Jane Doe, 54, a nurse from Leeds, said so.";
        assert_eq!(role_in(en, "Jane Doe").as_deref(), Some("nurse"));
        let it = "Marco Rinaudo, 27 anni, agricoltore a Carmagnola, ha spiegato il mercato.";
        assert_eq!(role_in(it, "Marco Rinaudo").as_deref(), Some("agricoltore"));
        // A name no lexicon knows, said to speak across its apposition.
        let es = entities(
            "Most guides are over sixty. Sanjay Kumar, from the volunteer centre in Stroud, \
             suggested offering short shifts.",
        );
        assert!(find_person(&es, "Sanjay Kumar").is_some(), "{es:?}");
        // Not a place or body before a relative clause.
        let es = entities(
            "Julien Marchetti of Lignes d'Azur, which runs the tram in Nice, talked about it.",
        );
        assert!(find_person(&es, "Lignes d'Azur").is_none(), "{es:?}");
        let en = "Northern Isles Ferries' fleet safety manager, Captain Ewan Rendall, welcomed \
                  delegates to Kirkwall.";
        assert_eq!(
            role_in(en, "Ewan Rendall").as_deref(),
            Some("fleet safety manager")
        );
    }

    #[test]
    fn dutch_titles_with_a_juxtaposed_field_and_lone_body_words() {
        let nl = "Ilse van Dam, coördinator dijkbewaking bij Waterschap Rivierenland, blikt terug.";
        assert_eq!(
            role_in(nl, "Ilse van Dam").as_deref(),
            Some("coördinator dijkbewaking")
        );
        let en = "The conference was hosted by the Norwegian Air Ambulance Foundation. \
                  Foundation chair Ingrid Solhaug then set out the plan.";
        let es = entities(en);
        assert!(!has(&es, EntityKind::Organisation, "Foundation"), "{es:?}");
        assert_eq!(
            find_person(&es, "Ingrid Solhaug").and_then(|p| p.affiliation.as_deref()),
            Some("Norwegian Air Ambulance Foundation")
        );
    }

    #[test]
    fn a_mayors_town_ranges_and_hyphened_towns() {
        // Hope, British Columbia, is below the gazetteer's size; a mayor's place is a town.
        let es = entities("Mayor Carla Dumont of Hope spoke about small communities.");
        assert!(has(&es, EntityKind::City, "Hope"), "{es:?}");
        assert!(!has(&es, EntityKind::Organisation, "Hope"), "{es:?}");
        // Andes (Colombia) is a town; "the Andes" is the range.
        let es = entities("Glacier records from the Alps and the Andes were shown.");
        assert!(!has(&es, EntityKind::City, "Andes"), "{es:?}");
        // A town named to qualify a noun keeps its article: "the Fleetwood end".
        let es = entities("Drivers from the Fleetwood end of the line met in Blackpool.");
        assert!(has(&es, EntityKind::City, "Fleetwood"), "{es:?}");
        let es = entities("Il travaille à Montreuil-Bellay depuis dix ans.");
        assert!(has(&es, EntityKind::City, "Montreuil-Bellay"), "{es:?}");
    }

    #[test]
    fn occupations_common_words_and_festivals() {
        // Heads added in the twelfth session, in three languages.
        let nl = "In de workshops kwamen teams aan het woord. Wijkverpleegkundige Fatima El \
                  Amrani vertelde hoe haar team werkt.";
        assert_eq!(
            role_in(nl, "Fatima El Amrani").as_deref(),
            Some("Wijkverpleegkundige")
        );
        let en = "The workshop met in Montpelier. Mechanic Shannon Bouchard was more cautious.";
        assert_eq!(role_in(en, "Shannon Bouchard").as_deref(), Some("Mechanic"));
        let it = "Alla tavola rotonda, l'orticoltore Marco Rinaudo ha spiegato il mercato.";
        assert_eq!(role_in(it, "Marco Rinaudo").as_deref(), Some("orticoltore"));
        // A common word that names a small town, opening the sentence before a role.
        let es = entities("His advice was clear. Young hawker Jason Ooi, 29, took over the stall.");
        assert!(!has(&es, EntityKind::City, "Young"), "{es:?}");
        let es = entities("People came to the Trafalgar Centre for the fourth Nelson Zine Fest.");
        assert!(find_person(&es, "Nelson Zine Fest").is_none(), "{es:?}");
        // "Statt" opens the sentence as a preposition.
        let es = entities("Petra Vogt stellte den Schulhof vor: Statt Asphalt gibt es nun Rasen.");
        assert!(find_person(&es, "Statt Asphalt").is_none(), "{es:?}");
    }

    #[test]
    fn an_officer_without_a_body_serves_the_body_the_text_is_about() {
        let text = "The Union of Bike Couriers met in Montreal for its assembly. The Union of \
                    Bike Couriers now has 900 members. Treasurer Olivier Gagnon reported on the \
                    strike fund. Samir Haddad of Concordia University spoke about pay.";
        let es = entities(text);
        let p = find_person(&es, "Olivier Gagnon").expect("person");
        assert_eq!(p.affiliation.as_deref(), Some("Union of Bike Couriers"));
        // Named once only: no body to infer.
        let es = entities(
            "The Union of Bike Couriers met in Montreal. Treasurer Olivier Gagnon reported.",
        );
        let p = find_person(&es, "Olivier Gagnon").expect("person");
        assert_eq!(p.affiliation, None);
    }

    #[test]
    fn a_bodys_list_of_fields_ends_in_a_field_by_its_ending() {
        let es = entities(
            "The keynote came from Tran Minh Khoa, head of donor services at the National \
             Institute of Hematology and Blood Transfusion in Hanoi.",
        );
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "National Institute of Hematology and Blood Transfusion"
            ),
            "{es:?}"
        );
        // Two bodies stay two.
        let es = entities(
            "Funding came from the University of Bath and Bristol City Council this year.",
        );
        assert!(
            has(&es, EntityKind::Organisation, "University of Bath"),
            "{es:?}"
        );
    }

    #[test]
    fn businesses_named_after_their_trade_and_ampersands() {
        let nl = "De middag eindigde op het dak van restaurant Hoog & Droog in Delfshaven.";
        assert!(has(&entities(nl), EntityKind::Organisation, "Hoog & Droog"));
        let en = "The prize went to the bakery Hearth & Grain in Ballarat.";
        assert!(has(
            &entities(en),
            EntityKind::Organisation,
            "Hearth & Grain"
        ));
        let es = entities("The audit was run by Tan Pillai & Co, a firm in Singapore.");
        assert!(find_person(&es, "Tan Pillai & Co").is_none(), "{es:?}");
    }

    #[test]
    fn two_words_joined_after_a_roles_link_name_one_body() {
        let it = "Ha moderato Francesca Lombardi, giornalista di Terra e Vita.";
        let es = entities(it);
        assert!(has(&es, EntityKind::Organisation, "Terra e Vita"), "{es:?}");
        assert_eq!(
            find_person(&es, "Francesca Lombardi").and_then(|p| p.affiliation.as_deref()),
            Some("Terra e Vita")
        );
        // Languages are listed, not one name.
        let es = entities("Anna Kowalska, translator of Arabic and Italian, read first.");
        assert!(
            !has(&es, EntityKind::Organisation, "Arabic and Italian"),
            "{es:?}"
        );
    }

    #[test]
    fn a_second_title_after_and_that_names_where_is_the_main_one() {
        let es = "Cerró el recorrido Gabriela Pfeiffer, productora y presidenta de la regional \
                  Pergamino de Aapresid, que trabaja 600 hectáreas.";
        assert_eq!(
            role_in(es, "Gabriela Pfeiffer").as_deref(),
            Some("presidenta")
        );
        // Without a place for the second, the first stays.
        let es = "Cerró el recorrido Gabriela Pfeiffer, productora y presidenta, que trabaja \
                  600 hectáreas.";
        assert_eq!(
            role_in(es, "Gabriela Pfeiffer").as_deref(),
            Some("productora")
        );
    }

    #[test]
    fn a_title_that_ends_the_text_is_read_without_running_past_it() {
        // Regression: the title list looked at the token after a title that ended the text.
        let es = entities(
            "Die Clinic in Graz war ein Erfolg, und die Trainer haben viel gelernt. Fragen gerne \
             an das Sportbüro in Wien. Sportliche Grüße, Christoph Brandl, Sportdirektor",
        );
        assert_eq!(
            find_person(&es, "Christoph Brandl").and_then(|p| p.role.as_deref()),
            Some("Sportdirektor")
        );
    }

    #[test]
    fn a_romance_bodys_word_its_adjective_and_a_name_are_one_body() {
        let fr = "Les bénévoles ont trié 30 tonnes de denrées pour la Banque alimentaire du \
                  Cantal cette année.";
        let es = entities(fr);
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Banque alimentaire du Cantal"
            ),
            "{es:?}"
        );
        // "Un" is an article here, not the UN.
        let fr = "Un chercheur de l'Université de Bamako, Issa Coulibaly, a présenté l'étude.";
        let es = entities(fr);
        assert!(
            has(&es, EntityKind::Organisation, "Université de Bamako"),
            "{es:?}"
        );
    }

    #[test]
    fn a_dutch_adjective_opening_the_sentence_is_no_body() {
        let nl = "Het dak is oud. Bouwkundig adviseur Esra Yıldız van adviesbureau DakWijs vulde \
                  aan dat elke dakboerderij begint met een berekening.";
        let es = entities(nl);
        assert!(!has(&es, EntityKind::Organisation, "Bouwkundig"), "{es:?}");
        assert_eq!(
            find_person(&es, "Esra Yıldız").and_then(|p| p.affiliation.as_deref()),
            Some("DakWijs")
        );
    }

    #[test]
    fn a_bodys_word_after_a_given_name_makes_no_person() {
        let nl = "Speciale gast was Akiko Mori, onderzoeker aan het Kobe Institute for \
                  Community Care in Kobe (Japan). In Japan wonen veel ouderen alleen.";
        let es = entities(nl);
        assert!(find_person(&es, "Kobe Institute").is_none(), "{es:?}");
        // A surname that is a body's word in another language only.
        let en = "The apprentices spoke last. Fatoumata Camara, an apprentice at Network Rail, \
                  said the mentoring helped.";
        assert!(find_person(&entities(en), "Fatoumata Camara").is_some());
    }

    #[test]
    fn a_town_placed_in_its_country_with_a_contracted_or_articled_preposition() {
        for (text, town, country) in [
            (
                "Também esteve uma delegação de Fall River, nos Estados Unidos, onde a \
                 comunidade mantém viva uma filarmónica.",
                "Fall River",
                "Estados Unidos",
            ),
            (
                "She studied in Leiden, in the Netherlands, for two years.",
                "Leiden",
                "Netherlands",
            ),
        ] {
            let es = entities(text);
            let city = es
                .iter()
                .find(|e| e.kind == EntityKind::City && e.name == town)
                .expect(town);
            assert_eq!(city.country.as_deref(), Some(country), "{text}");
        }
    }

    #[test]
    fn a_possessive_body_before_a_role_with_nouns_before_its_head() {
        let en = "The session was sobering. Northern Isles Ferries' fleet safety manager, \
                  Captain Ewan Rendall, welcomed delegates to Kirkwall.";
        let es = entities(en);
        assert!(
            has(&es, EntityKind::Organisation, "Northern Isles Ferries"),
            "{es:?}"
        );
        assert_eq!(
            find_person(&es, "Ewan Rendall").and_then(|p| p.affiliation.as_deref()),
            Some("Northern Isles Ferries")
        );
    }

    #[test]
    fn german_titles_after_von_der_and_a_towns_adjective() {
        let lead =
            "Die Tagung in Graz war gut besucht und die Richterinnen und Richter haben viel \
                    diskutiert, über die Zukunft der Justiz und die Digitalisierung der Gerichte.";
        let de = format!(
            "{lead} Moderiert wurde das Podium von der Grazer Journalistin Katharina Pichler, \
             die immer wieder fragte."
        );
        assert_eq!(
            role_in(&de, "Katharina Pichler").as_deref(),
            Some("Journalistin")
        );
        let de = format!(
            "{lead} Danach stellte die Wiener Klimakoordinatorin Eva Hofbauer die Straßen vor."
        );
        assert_eq!(
            role_in(&de, "Eva Hofbauer").as_deref(),
            Some("Klimakoordinatorin")
        );
        // "von der" before a surname stays a particle.
        let de = format!("{lead} Die Rede hielt Ursula von der Leyen in Brüssel.");
        assert!(find_person(&entities(&de), "Ursula von der Leyen").is_some());
    }

    #[test]
    fn a_degree_title_keeps_the_role_before_the_comma() {
        let es = "En Salta el turismo creció mucho este año y los hoteles estuvieron llenos \
                  durante el invierno. La presidenta del ERTN, Lic. Valeria Cruz Aramayo, \
                  explicó que el aumento se debe al turismo.";
        let es = entities(es);
        let p = find_person(&es, "Valeria Cruz Aramayo").expect("person");
        assert_eq!(p.role.as_deref(), Some("presidenta"));
        // A research portfolio is no body: "pró-reitora de Pesquisa da UFMG".
        let pt = "Os bibliotecários reuniram-se em Belo Horizonte para discutir as assinaturas \
                  de periódicos. A pró-reitora de Pesquisa da UFMG, Profa. Dra. Lúcia Andrade \
                  Figueiredo, abriu os trabalhos.";
        let es = entities(pt);
        assert!(
            !has(&es, EntityKind::Organisation, "Pesquisa da UFMG"),
            "{es:?}"
        );
    }

    #[test]
    fn a_french_title_with_its_adjective_in_ier() {
        let fr = "La matinée a été consacrée à l'épicéa et à l'érable, deux bois essentiels pour \
                  les luthiers. L'ingénieure forestière Sophie Lambert, de l'Office national des \
                  forêts (ONF), a présenté l'état des forêts.";
        assert_eq!(
            role_in(fr, "Sophie Lambert").as_deref(),
            Some("ingénieure forestière")
        );
    }

    #[test]
    fn towns_of_several_words_and_hyphened_towns() {
        let es = entities(
            "Se pidieron ayudas para escuelas en municipios pequeños. El alcalde de Arcos de \
             la Frontera, Francisco Javier Lobato, pidió más fondos.",
        );
        let p = find_person(&es, "Francisco Javier Lobato").expect("person");
        assert_eq!(p.role.as_deref(), Some("alcalde"));
        assert_eq!(p.affiliation.as_deref(), Some("Arcos de la Frontera"));
        assert!(!has(&es, EntityKind::City, "Frontera"), "{es:?}");
        let es = entities("Several shop owners from Appleby-in-Westmorland described excesses.");
        assert!(
            has(&es, EntityKind::City, "Appleby-in-Westmorland"),
            "{es:?}"
        );
        assert!(
            !has(&es, EntityKind::Organisation, "Appleby-in-Westmorland"),
            "{es:?}"
        );
        let fr = "Une infirmière du centre de secours de Riom-ès-Montagnes a décrit ses semaines.";
        assert!(has(&entities(fr), EntityKind::City, "Riom-ès-Montagnes"));
    }

    #[test]
    fn a_body_named_after_its_kind_is_not_its_town() {
        let it = "Il forum si è svolto ieri con molte cooperative sociali del territorio. Don \
                  Luigi Capra, fondatore della cooperativa Pane e Rose di Matera, ha parlato. \
                  Giulia Martinelli, responsabile inserimenti della cooperativa Il Sentiero di \
                  Sondrio, ha parlato.";
        let es = entities(it);
        for (kind, name) in [
            (EntityKind::Organisation, "Pane e Rose"),
            (EntityKind::Organisation, "Il Sentiero"),
            (EntityKind::City, "Matera"),
            (EntityKind::City, "Sondrio"),
        ] {
            assert!(has(&es, kind, name), "{name}: {es:?}");
        }
        let p = find_person(&es, "Giulia Martinelli").expect("person");
        assert_eq!(p.role.as_deref(), Some("responsabile inserimenti"));
        // A name that opens with its kind keeps its town.
        let it = "Il convegno è stato aperto ieri da Marta Bassi dell'Università di Bologna.";
        assert!(has(
            &entities(it),
            EntityKind::Organisation,
            "Università di Bologna"
        ));
        // A link with an article names a river or a region more often than a town.
        let fr = "La journée a eu lieu chez les maraîchers bio. La ferme Les Jardins du \
                  Richelieu a ouvert ses serres.";
        assert!(!has(&entities(fr), EntityKind::City, "Richelieu"));
    }

    #[test]
    fn titles_with_juxtaposed_fields_and_a_sentence_opening_local() {
        let it = "Il forum si è svolto ieri a Milano con molte aziende tessili. Marco Rossi, \
                  responsabile ricerca e sviluppo di Barilla, ha parlato a lungo.";
        let es = entities(it);
        let p = find_person(&es, "Marco Rossi").expect("person");
        assert_eq!(p.role.as_deref(), Some("responsabile ricerca e sviluppo"));
        assert_eq!(p.affiliation.as_deref(), Some("Barilla"));
        let en = "The meeting was long. Local estate agent Simon Graves said buyers ask about \
                  flood cover first.";
        assert_eq!(role_in(en, "Simon Graves").as_deref(), Some("estate agent"));
    }

    #[test]
    fn a_possessive_opens_a_body_s_name_unless_it_is_a_place_or_a_body() {
        for (text, org) in [
            (
                "The ward met at noon. Mary Lee, a nurse at St. Brendan’s Health Centre, spoke.",
                "St. Brendan’s Health Centre",
            ),
            (
                "Support came first. Tom Heseltine, volunteer coordinator at St Hilda's \
                 Hospice, described a scheme.",
                "St Hilda's Hospice",
            ),
            (
                "The meeting was in the hall. Mary Lee from Queen's University Belfast spoke.",
                "Queen's University Belfast",
            ),
        ] {
            let es = entities(text);
            assert!(has(&es, EntityKind::Organisation, org), "{es:?}");
        }
        for (text, org) in [
            (
                "The meeting was in the hall. Mary Lee of Kenya's Ministry of Health spoke.",
                "Ministry of Health",
            ),
            (
                "Funding was the theme. FEMA's Hazard Mitigation Grant Program pays for buyouts.",
                "Hazard Mitigation Grant Program",
            ),
        ] {
            let es = entities(text);
            assert!(has(&es, EntityKind::Organisation, org), "{es:?}");
        }
        let es = entities("Master gilder Ruth Ainsworth demonstrated water gilding.");
        assert!(!has(&es, EntityKind::Organisation, "Master"), "{es:?}");
        assert_eq!(
            find_person(&es, "Ruth Ainsworth").and_then(|p| p.role.as_deref()),
            Some("Master gilder")
        );
    }

    #[test]
    fn a_numbered_acronym_and_a_field_before_a_body_s_name() {
        let fr = "Les pompiers ont tenu le congrès de l'Union départementale des sapeurs-pompiers \
                  du Cantal (UDSP 15) samedi. L'UDSP a voté.";
        let es = entities(fr);
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Union départementale des sapeurs-pompiers du Cantal"
            ),
            "{es:?}"
        );
        assert!(!has(&es, EntityKind::Organisation, "UDSP"), "{es:?}");
        let en = "Thirty curators met at the Fisheries and Maritime Museum in Esbjerg last week.";
        let es = entities(en);
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Fisheries and Maritime Museum"
            ),
            "{es:?}"
        );
        // Two bodies, the first named like a person.
        let es = entities("Staff from the Tate and National Gallery met.");
        assert!(
            has(&es, EntityKind::Organisation, "National Gallery"),
            "{es:?}"
        );
    }

    #[test]
    fn bodies_after_their_kind_in_german_and_dutch_and_no_genre_labels() {
        for (text, org) in [
            (
                "Am Stand des Herstellers Ecovolt ließ sie sich eine Maschine zeigen.",
                "Ecovolt",
            ),
            (
                "Die Kinder des Vereins Grüne Klassenzimmer pflanzten Bäume.",
                "Grüne Klassenzimmer",
            ),
            (
                "Fatima El Amrani, directeur-bestuurder van woningcorporatie Stadsgoed in \
                 Deventer, vertelde hoe haar corporatie werkt.",
                "Stadsgoed",
            ),
        ] {
            let es = entities(text);
            assert!(has(&es, EntityKind::Organisation, org), "{es:?}");
        }
        // A function at the end of a compound, though "Vertreter" alone names attendees.
        let de = "Die Nachfrage steigt weiter. Herstellervertreter Thomas Pichler (Doppelmayr) \
                  berichtete über Anfragen.";
        let es = entities(de);
        let p = find_person(&es, "Thomas Pichler").expect("person");
        assert_eq!(p.role.as_deref(), Some("Herstellervertreter"));
        assert_eq!(p.affiliation.as_deref(), Some("Doppelmayr"));
        let es = entities("MEDIA RELEASE · Ballarat, Australia, 12 December 2025. The bakers met.");
        assert!(
            !has(&es, EntityKind::Organisation, "MEDIA RELEASE"),
            "{es:?}"
        );
    }

    #[test]
    fn faculties_theatres_police_and_stations_are_bodies() {
        let en = "It was a long weekend, when graduates of the Faculty of Technology returned to \
                  the University of Ibadan.";
        assert!(has(
            &entities(en),
            EntityKind::Organisation,
            "Faculty of Technology"
        ));
        let it = "Il commissario di Polizia Locale Antonio Ferraresi ha riferito dei controlli.";
        let es = entities(it);
        assert!(
            has(&es, EntityKind::Organisation, "Polizia Locale"),
            "{es:?}"
        );
        assert!(find_person(&es, "Antonio Ferraresi").is_some(), "{es:?}");
        // A venue's own name comes before its town.
        let it = "La regista Ana Lucía Restrepo, già assistente alla regia al Teatro Colón di \
                  Buenos Aires, ha parlato.";
        let es = entities(it);
        assert!(has(&es, EntityKind::Organisation, "Teatro Colón"), "{es:?}");
        assert!(has(&es, EntityKind::City, "Buenos Aires"), "{es:?}");
        // German: a descriptor before a lower-case link is no name's start.
        let de = "Sie forderte, die Bewässerung nicht Betrieb für Betrieb zu planen.";
        assert!(!has(&entities(de), EntityKind::Organisation, "für Betrieb"));
    }

    #[test]
    fn a_lone_body_word_stands_for_a_body_named_twice() {
        let en = "The gala raised JOD 1.2 million for Sahab Learning Trust, the charity that runs \
                  classes. We spoke to the Trust's executive director, Dr. Rania Haddad. Sahab \
                  Learning Trust is registered in Amman.";
        let es = entities(en);
        assert!(!has(&es, EntityKind::Organisation, "Trust"), "{es:?}");
        assert_eq!(
            find_person(&es, "Rania Haddad").and_then(|p| p.affiliation.as_deref()),
            Some("Sahab Learning Trust")
        );
    }

    #[test]
    fn a_body_s_last_field_may_be_any_plain_name() {
        let en = "Funding came from the Department for Energy Security and Net Zero this year.";
        let es = entities(en);
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Department for Energy Security and Net Zero"
            ),
            "{es:?}"
        );
        // Not across an article, nor onto a person.
        let en = "Speakers came from the Faculty of Public Health and the Lancet Countdown.";
        let es = entities(en);
        assert!(
            has(&es, EntityKind::Organisation, "Faculty of Public Health"),
            "{es:?}"
        );
        let en = "It was run by the Department of Transport and Maria Lopez spoke first.";
        let es = entities(en);
        assert!(find_person(&es, "Maria Lopez").is_some(), "{es:?}");
    }

    #[test]
    fn activists_in_every_language() {
        let pt = "As hortas são importantes para a cidade e para as famílias da região. Já a \
                  ativista Graça Mabunda, da associação Machamba Viva, de Maputo, contou como as \
                  hortas abastecem mercados.";
        assert_eq!(role_in(pt, "Graça Mabunda").as_deref(), Some("ativista"));
    }

    #[test]
    fn a_speaker_across_a_parenthesis_or_an_auxiliary() {
        let es = "Los bancos siguen siendo lentos con los préstamos. Pere Mas (Sostre Cívic, \
                  Barcelona) insistió en la necesidad de avales públicos.";
        let es = entities(es);
        let p = find_person(&es, "Pere Mas").expect("person");
        assert_eq!(p.affiliation.as_deref(), Some("Sostre Cívic"));
        let fr = "Les banques restent lentes avec les coopératives. Pere Mas a affirmé que les \
                  prêts étaient sûrs.";
        assert!(find_person(&entities(fr), "Pere Mas").is_some());
        // A compound title on attendees' words, and a Dutch article inside a name.
        let nl = "De molens staan er slecht voor. Restauratiedeskundige Pieter-Jan Hoogendoorn \
                  (Rijksdienst voor het Cultureel Erfgoed) besprak de staat van de watermolens.";
        let es = entities(nl);
        let p = find_person(&es, "Pieter-Jan Hoogendoorn").expect("person");
        assert_eq!(p.role.as_deref(), Some("Restauratiedeskundige"));
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Rijksdienst voor het Cultureel Erfgoed"
            ),
            "{es:?}"
        );
    }

    #[test]
    fn a_group_opening_the_sentence_and_a_body_described_before_its_name() {
        let es = entities("Representatives of the Association of British Insurers spoke.");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Association of British Insurers"
            ),
            "{es:?}"
        );
        let es = entities(
            "Graduates of the Faculty of Technology returned, and other graduates came too.",
        );
        assert!(
            has(&es, EntityKind::Organisation, "Faculty of Technology"),
            "{es:?}"
        );
        // Things, not people: the name is whole.
        let es = entities("Ports of Fiji Authority staff attended, as did two other ports.");
        assert!(
            !has(&es, EntityKind::Organisation, "Fiji Authority"),
            "{es:?}"
        );
        // A body two words after its kind, and a person after a comma.
        let pt = "De Maputo chegou um testemunho muito diferente. Armando Cossa, coordenador da \
                  cooperativa de mototáxis Txopela Verde, falou dos triciclos.";
        let es = entities(pt);
        assert!(find_person(&es, "Txopela Verde").is_none(), "{es:?}");
        let fr = "En ouverture, la présidente du réseau, Sophie Gaudin, a rappelé les chiffres.";
        assert!(find_person(&entities(fr), "Sophie Gaudin").is_some());
    }

    #[test]
    fn a_cooperative_s_legal_form_ends_its_name_and_the_role() {
        let de = "Der Laden wurde 2019 eröffnet und ist sehr beliebt. Marlene Schneider, \
                  Geschäftsführerin der Dorfladen Helpershain eG in Ulrichstein, sprach.";
        let es = entities(de);
        let p = find_person(&es, "Marlene Schneider").expect("person");
        assert_eq!(p.role.as_deref(), Some("Geschäftsführerin"));
        assert_eq!(p.affiliation.as_deref(), Some("Dorfladen Helpershain eG"));
    }

    #[test]
    fn a_contracted_article_links_a_role_to_where_it_is_held() {
        let de = "Am zweiten Tag ging es um Personal. Die Leiterin der Pflegeschule am \
                  Herz-Jesu-Krankenhaus, Petra Albrecht, stellte ein Programm vor.";
        let es = entities(de);
        let p = find_person(&es, "Petra Albrecht").expect("person");
        assert_eq!(p.role.as_deref(), Some("Leiterin der Pflegeschule"));
        assert_eq!(p.affiliation.as_deref(), Some("Herz-Jesu-Krankenhaus"));
    }

    #[test]
    fn a_portfolio_of_listed_fields_and_a_town_with_its_country_before_a_name() {
        let es = "La jornada empezó pronto. La concejala de Educación, Infancia y Juventud, \
                  Beatriz Gallego Sanz, abrió la jornada.";
        assert_eq!(
            role_in(es, "Beatriz Gallego Sanz").as_deref(),
            Some("concejala de Educación, Infancia y Juventud")
        );
        let pt = "O plano foi apresentado ontem. A diretora da nova operação em Luanda, Angola, \
                  Joana Kiala Domingos, apresentou o plano.";
        let es = entities(pt);
        let p = find_person(&es, "Joana Kiala Domingos").expect("person");
        assert_eq!(p.affiliation.as_deref(), Some("Luanda"));
    }

    #[test]
    fn a_role_said_of_no_one_stops_before_a_preposition_of_place_or_purpose() {
        let en = "His advice to newer groups was practical: get a parish councillor on the board \
                  early and talk to the landowner.";
        let es = entities(en);
        assert!(has(&es, EntityKind::Role, "parish councillor"), "{es:?}");
        assert!(!has_containing(&es, EntityKind::Role, "board"), "{es:?}");
    }

    #[test]
    fn spans_cut_or_joined_keep_pointing_at_their_affiliations() {
        // The town split from a cooperative's name must not move which span "ANCI" names the
        // affiliation of.
        let it = "Il convegno si è aperto ieri. Giulia Martinelli, responsabile della cooperativa \
                  Il Sentiero di Sondrio, ha parlato. Il dirigente dell'ANCI Roberto Fabbri ha \
                  annunciato un bando.";
        let es = entities(it);
        let p = find_person(&es, "Roberto Fabbri").expect("person");
        assert_eq!(p.role.as_deref(), Some("dirigente"));
        assert_eq!(p.affiliation.as_deref(), Some("ANCI"));
    }

    #[test]
    fn a_past_participle_opening_the_sentence_opens_no_name() {
        let es = entities("Prepared for the Capital Region Interface Fire Partnership (CRIFP).");
        assert!(!es.iter().any(|e| e.name.starts_with("Prepared")), "{es:?}");
    }

    #[test]
    fn a_dutch_town_s_adjective_names_nothing() {
        let nl = "Ook Annika Schulte-Bräuning, oprichtster van het Münsterse bedrijf Feldwerk \
                  Robotics, zei dat ze personeel zocht.";
        let es = entities(nl);
        assert!(!has(&es, EntityKind::Organisation, "Münsterse"), "{es:?}");
        assert_eq!(
            find_person(&es, "Annika Schulte-Bräuning").and_then(|p| p.affiliation.as_deref()),
            Some("Feldwerk Robotics")
        );
    }

    #[test]
    fn a_first_name_in_apposition_is_no_body() {
        let en = "That's all for this episode. Thanks to our producer, Tomás, and to everyone at \
                  the Night Cities Forum.";
        let es = entities(en);
        assert!(!has(&es, EntityKind::Organisation, "Tomás"), "{es:?}");
    }

    #[test]
    fn a_small_town_of_five_words() {
        let pt = "O próximo encontro está marcado para 2027, em Vila Real de Santo António.";
        assert!(has(
            &entities(pt),
            EntityKind::City,
            "Vila Real de Santo António"
        ));
    }

    #[test]
    fn a_hyphened_word_inside_a_sentence_case_name() {
        let fr = "Les pompiers sont venus nombreux. Le capitaine Mamadou Sarr, officier de la \
                  Brigade nationale des sapeurs-pompiers, venu de Dakar, a présenté le volontariat.";
        let es = entities(fr);
        assert_eq!(
            find_person(&es, "Mamadou Sarr").and_then(|p| p.affiliation.as_deref()),
            Some("Brigade nationale des sapeurs-pompiers")
        );
    }

    #[test]
    fn a_relative_clause_says_where_someone_works() {
        for (text, name, body) in [
            (
                "She then showed the forms. Ahmed Siddiqui, a blind software engineer who works \
                 for Skyscanner in Edinburgh, mentored three teams.",
                "Ahmed Siddiqui",
                "Skyscanner",
            ),
            (
                "Já o legendador Hugo Salgueiro, que trabalha para a RTP há quinze anos, mostrou \
                 os truques da legendagem.",
                "Hugo Salgueiro",
                "RTP",
            ),
        ] {
            let es = entities(text);
            assert_eq!(
                find_person(&es, name).and_then(|p| p.affiliation.as_deref()),
                Some(body),
                "{es:?}"
            );
        }
    }

    #[test]
    fn a_town_named_with_city_after_a_locative() {
        let en = "The next general assembly will be held in April in Quebec City. Branch \
                  meetings in Laval resume next month.";
        let es = entities(en);
        assert!(has(&es, EntityKind::City, "Quebec City"), "{es:?}");
        assert!(!has(&es, EntityKind::Organisation, "Quebec City"), "{es:?}");
    }

    #[test]
    fn a_municipality_word_ends_a_romance_title() {
        let es = "Hubo mucho público en el mirador. Desde México, Andrés Villaseñor, responsable \
                  de turismo del municipio de Ensenada, habló de la convivencia con el observatorio.";
        assert_eq!(
            role_in(es, "Andrés Villaseñor").as_deref(),
            Some("responsable de turismo")
        );
        let fr = "Les sages-femmes étaient nombreuses. Le député de la circonscription, Thierry \
                  Mercadier, a promis une proposition.";
        assert_eq!(role_in(fr, "Thierry Mercadier").as_deref(), Some("député"));
    }

    #[test]
    fn an_event_named_after_its_body_names_the_body() {
        let en = "Over 200 people came to the Stakeholder Day of the Chittagong Port Authority on \
                  Tuesday.";
        let es = entities(en);
        assert!(
            has(&es, EntityKind::Organisation, "Chittagong Port Authority"),
            "{es:?}"
        );
        assert!(
            !es.iter().any(|e| e.name.contains("Stakeholder Day")),
            "{es:?}"
        );
        // A meeting of people names no body.
        let en = "Public Libraries After the Cuts: Spring Meeting of Library Directors";
        assert!(!has(
            &entities(en),
            EntityKind::Organisation,
            "Library Directors"
        ));
    }

    #[test]
    fn bodies_named_by_two_places_or_a_list_of_plain_fields() {
        let es = entities("Delegates came from Perth and Kinross Council and from Stirling.");
        assert!(
            has(&es, EntityKind::Organisation, "Perth and Kinross Council"),
            "{es:?}"
        );
        // The second place names its own town's body.
        let es = entities("Buses run between Leeds and Bradford City Council offices.");
        assert!(
            has(&es, EntityKind::Organisation, "Bradford City Council"),
            "{es:?}"
        );
        assert!(has(&es, EntityKind::City, "Leeds"), "{es:?}");
        let en =
            "Funding came from the Maine Department of Agriculture, Conservation and Forestry \
                  this spring.";
        let es = entities(en);
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Maine Department of Agriculture, Conservation and Forestry"
            ),
            "{es:?}"
        );
    }

    #[test]
    fn a_verb_opening_the_sentence_before_the_opens_no_name() {
        let es = entities("Lobby the African Union on copyright, the publishers said.");
        assert!(
            has(&es, EntityKind::Organisation, "African Union"),
            "{es:?}"
        );
        assert!(!es.iter().any(|e| e.name.starts_with("Lobby")), "{es:?}");
    }

    #[test]
    fn a_town_s_possessive_before_a_name_is_the_town() {
        let en = "The alumni weekend brought many graduates back to campus this year. Okafor, who \
                  grew up on Chicago's South Side, spoke first about his time at the university.";
        assert!(has(&entities(en), EntityKind::City, "Chicago"));
    }

    #[test]
    fn laws_defined_by_acronyms_and_us_state_codes_name_no_body() {
        let en = "Governor Ellen Marsh praised the Clean Harbors Act (CHA) and the Rural \
                  Broadband Law (RBL). The CHA funds dredging. Orono (ME) Mayor Dan Pike and \
                  Edina (MN) Mayor Rosa Quist spoke next.";
        let es = entities(en);
        for name in [
            "Clean Harbors Act",
            "CHA",
            "Rural Broadband Law",
            "ME",
            "MN",
        ] {
            assert!(
                !es.iter()
                    .any(|e| e.kind == EntityKind::Organisation && e.name == name),
                "{name}: {es:?}"
            );
        }
        // The state's code places a town named like a given name.
        assert!(has(&es, EntityKind::City, "Edina"), "{es:?}");
        let p = find_person(&es, "Rosa Quist").expect("person");
        assert_eq!(p.affiliation.as_deref(), Some("Edina"));
        // A pension plan is a fund, which is a body.
        let en = "Ruth Ayles chairs the Prairie Teachers Pension Plan (PTPP).";
        assert!(has(
            &entities(en),
            EntityKind::Organisation,
            "Prairie Teachers Pension Plan"
        ));
    }

    #[test]
    fn a_town_named_like_a_word_needs_the_text_to_place_it() {
        // "Talent" is a town in the United States, which the text names.
        let en = "Mayors of U.S. cities met. Grants went through the Talent for Tomorrow fund.";
        assert!(!has(&entities(en), EntityKind::City, "Talent"));
        let en = "Mayors of U.S. cities met. One of them had driven from Talent that morning.";
        assert!(has(&entities(en), EntityKind::City, "Talent"));
    }

    #[test]
    fn who_after_a_name_and_titles_cut_off_by_their_period() {
        let en = "Our guests were Naledi Khumalo, who runs a shared pantry in Durban.";
        assert!(find_person(&entities(en), "Naledi Khumalo").is_some());
        let en = "The host, Rev. Alma Pryce, asked for a second van.";
        let es = entities(en);
        assert!(find_person(&es, "Alma Pryce").is_some(), "{es:?}");
        assert!(!es.iter().any(|e| e.name == "Rev"), "{es:?}");
        let en = "The guests included Canon Judith Amory-Blake, who spoke for the diocese.";
        assert_eq!(role_in(en, "Judith Amory-Blake").as_deref(), Some("Canon"));
    }

    #[test]
    fn a_name_after_a_role_of_a_body_with_its_article_is_a_person() {
        // Given names the lexicon does not know (Galician).
        let es = "El presidente de la FGM, Xoán Lois Penas, abrió el encuentro.";
        let found = entities(es);
        let p = find_person(&found, "Xoán Lois Penas").expect("person");
        assert_eq!(p.role.as_deref(), Some("presidente"));
        let es = "La directora de la Escola de Gaita de Foz, Antía Brea, explicó el método.";
        let found = entities(es);
        let p = find_person(&found, "Antía Brea").expect("person");
        assert_eq!(p.affiliation.as_deref(), Some("Escola de Gaita de Foz"));
    }

    #[test]
    fn action_items_practices_and_press_statements() {
        let en = "Next steps:\n3. Ask Teign Valley District Council about a small grant.";
        let es = entities(en);
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Teign Valley District Council"
            ),
            "{es:?}"
        );
        let en = "Dr Owen Harte of Brookfield Equine Veterinary Practice led the session.";
        let es = entities(en);
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Brookfield Equine Veterinary Practice"
            ),
            "{es:?}"
        );
        let en = "The ministers signed a Joint Press Statement in Hanoi.";
        assert!(!entities(en)
            .iter()
            .any(|e| e.kind == EntityKind::Organisation));
    }

    #[test]
    fn a_group_s_possessive_before_a_body_word_is_inside_the_name() {
        let en = "The prize is run by the Rural Nurses' Association of Tasmania (RNAT). Ella \
                  Voss, chair of RNAT, handed it over.";
        let es = entities(en);
        let body = "Rural Nurses' Association of Tasmania";
        assert!(has(&es, EntityKind::Organisation, body), "{es:?}");
        assert_eq!(
            es.iter()
                .filter(|e| e.kind == EntityKind::Organisation)
                .count(),
            1
        );
        let en = "She chairs the Women's Institute in Ludlow.";
        assert!(has(
            &entities(en),
            EntityKind::Organisation,
            "Women's Institute"
        ));
        // A body's possessive before a role stays a possessive.
        let en = "Harbour Trust's director Mia Lund spoke.";
        assert_eq!(role_in(en, "Mia Lund").as_deref(), Some("director"));
    }

    #[test]
    fn a_sentence_opening_word_written_in_lower_case_elsewhere_modifies_the_title() {
        let en = "The flood season was long. Flood forecaster Ian Marr showed the gauges.";
        assert_eq!(role_in(en, "Ian Marr").as_deref(), Some("Flood forecaster"));
        // Not a name the text never writes in lower case, nor a quantity.
        let en = "Oxfam director Lena Ruiz spoke about floods.";
        assert_eq!(role_in(en, "Lena Ruiz").as_deref(), Some("director"));
        let en = "Several unit leaders spoke. Several of them agreed.";
        assert!(!entities(en)
            .iter()
            .any(|e| e.kind == EntityKind::Role && e.name.starts_with("Several")));
    }

    #[test]
    fn a_craft_shop_named_after_its_kind_is_the_holder_s_body() {
        let it = "Il maestro Carlo Neri, titolare della pasticceria Fior di Mandorla a Lecce, ha \
                  guidato la prova.";
        let es = entities(it);
        let p = find_person(&es, "Carlo Neri").expect("person");
        assert_eq!(p.role.as_deref(), Some("titolare"));
        assert_eq!(p.affiliation.as_deref(), Some("Fior di Mandorla"));
        // The link elided onto the kind of body: the kind is not part of the title.
        let it = "Ha parlato anche Aiko Tanabe, chef pâtissier dell'atelier Komorebi a Osaka.";
        let es = entities(it);
        let p = find_person(&es, "Aiko Tanabe").expect("person");
        assert_eq!(p.role.as_deref(), Some("chef pâtissier"));
        assert_eq!(p.affiliation.as_deref(), Some("Komorebi"));
        // A portfolio elided onto its link stays in the title.
        let it = "Ha concluso Marta Gallo, assessora all'urbanistica di Rieti.";
        assert_eq!(
            role_in(it, "Marta Gallo").as_deref(),
            Some("assessora all'urbanistica")
        );
    }

    #[test]
    fn hyphened_towns_venues_named_for_people_and_lord_mayors() {
        let fr = "Les bibliothécaires se sont retrouvés à l'espace Louis-Aragon de \
                  Châlons-en-Champagne pour la journée.";
        let es = entities(fr);
        assert!(has(&es, EntityKind::City, "Châlons-en-Champagne"), "{es:?}");
        assert!(!es.iter().any(|e| e.kind == EntityKind::Person), "{es:?}");
        let en = "Lord Mayor of Perth Ruth Kellaway opened the exhibition.";
        let es = entities(en);
        let p = find_person(&es, "Ruth Kellaway").expect("person");
        assert_eq!(p.role.as_deref(), Some("Lord Mayor"));
        assert_eq!(p.affiliation.as_deref(), Some("Perth"));
        assert_eq!(
            role_in(
                "The cup was handed over by Lord Mayor Ruth Kellaway.",
                "Ruth Kellaway"
            )
            .as_deref(),
            Some("Lord Mayor")
        );
    }

    #[test]
    fn a_body_after_a_person_s_of_and_a_german_body_of_a_region() {
        let en = "Later, Siobhán Daly of Coillte Éireann presented the forestry scheme.";
        let es = entities(en);
        assert!(find_person(&es, "Coillte Éireann").is_none(), "{es:?}");
        assert_eq!(
            find_person(&es, "Siobhán Daly").and_then(|p| p.affiliation.as_deref()),
            Some("Coillte Éireann")
        );
        let de = "Petra Lind (Verkehrsverbund Nord-Region) stellte den Rufbus vor.";
        let es = entities(de);
        assert!(
            has(&es, EntityKind::Organisation, "Verkehrsverbund Nord-Region"),
            "{es:?}"
        );
    }

    #[test]
    fn a_party_s_letters_after_a_name_are_no_town() {
        let es = "Intervino también la alcaldesa de Puerto Real, Lucía Serrano (PA).";
        let es = entities(es);
        assert!(!has(&es, EntityKind::City, "PA"), "{es:?}");
        let es = "La intendenta municipal Rosa Ibarra abrió las sesiones.";
        assert_eq!(
            role_in(es, "Rosa Ibarra").as_deref(),
            Some("intendenta municipal")
        );
    }

    #[test]
    fn a_role_in_brackets_after_a_name_is_that_name_s_and_not_the_next_one_s() {
        let en = "Guests included Tom Brandt (Mayor of Ulm), Ines Vogel (lecturer at Kiel \
                  University) and Ali Demir (journalist).";
        let es = entities(en);
        let p = find_person(&es, "Ines Vogel").expect("person");
        assert_eq!(p.role.as_deref(), Some("lecturer"));
        assert_eq!(p.affiliation.as_deref(), Some("Kiel University"));
        let p = find_person(&es, "Tom Brandt").expect("person");
        assert_eq!(p.role.as_deref(), Some("Mayor"));
        assert_eq!(p.affiliation.as_deref(), Some("Ulm"));
        let en = "Guests included Tom Brandt (Mayor of Ulm), Ines Vogel and others.";
        assert_eq!(role_in(en, "Ines Vogel"), None);
    }

    #[test]
    fn regions_with_spaces_capital_datelines_and_mixed_acronyms() {
        let it = "Ha parlato Marco Ferri, consigliere regionale dell'Emilia Romagna.";
        let es = entities(it);
        assert!(find_person(&es, "Emilia Romagna").is_none(), "{es:?}");
        let it = "VENZONE. Si è tenuto sabato il convegno delle associazioni.";
        assert!(has(&entities(it), EntityKind::City, "VENZONE"));
        let it = "UNESCO. Si è tenuto sabato il convegno delle associazioni.";
        assert!(!has(&entities(it), EntityKind::City, "UNESCO"));
        let it = "Al tavolo anche Esarmo Righini, presidente di ANCeSCAO.";
        let found = entities(it);
        let p = find_person(&found, "Esarmo Righini").expect("person");
        assert_eq!(p.role.as_deref(), Some("presidente"));
        assert_eq!(p.affiliation.as_deref(), Some("ANCeSCAO"));
        let de = "Lena Kurz, Geschäftsführerin der Wohnbau Lörrach mbH, sprach.";
        assert!(has(
            &entities(de),
            EntityKind::Organisation,
            "Wohnbau Lörrach mbH"
        ));
    }

    #[test]
    fn a_name_right_after_a_role_apposed_to_a_person_is_the_body() {
        let it = "Sono intervenuti Mario Pascoli, coordinatore regionale Borghi Vivi del Molise, \
                  e Anna Zorzi, presidente Aido Trentino.";
        let es = entities(it);
        let p = find_person(&es, "Anna Zorzi").expect("person");
        assert_eq!(p.role.as_deref(), Some("presidente"));
        assert_eq!(p.affiliation.as_deref(), Some("Aido Trentino"));
        assert!(find_person(&es, "Aido Trentino").is_none(), "{es:?}");
        assert!(
            find_person(&es, "Borghi Vivi del Molise").is_none(),
            "{es:?}"
        );
    }

    #[test]
    fn us_conference_recaps_titles_initials_and_state_codes() {
        // A large town named like a rare given name, before a title.
        let en = "In her welcome, Atlanta Mayor Rhea Coles spoke first.";
        let es = entities(en);
        let p = find_person(&es, "Rhea Coles").expect("person");
        assert_eq!(p.affiliation.as_deref(), Some("Atlanta"));
        // A Title Case title an acronym abbreviates is a role; initials open a name; a
        // state's code after a comma is no town.
        let en = "The webinar featured Dana Holt, Chief Administrative Officer (CAO) of Renton, \
                  WA, and J.J. Marsh, City Manager of Palmdale, CA.";
        let es = entities(en);
        assert_eq!(
            find_person(&es, "Dana Holt").and_then(|p| p.role.as_deref()),
            Some("Chief Administrative Officer")
        );
        assert_eq!(
            find_person(&es, "J.J. Marsh").and_then(|p| p.affiliation.as_deref()),
            Some("Palmdale")
        );
        for name in ["CAO", "WA", "CA"] {
            assert!(
                !es.iter()
                    .any(|e| e.name == name && e.kind != EntityKind::Role),
                "{es:?}"
            );
        }
        // A country's or a title's dotted letters stay what they are.
        let en = "Officials of the U.S. Brooks Foundation met H.E. Ana Ruiz.";
        assert!(find_person(&entities(en), "U.S. Brooks").is_none());
        // An -ing verb opening the sentence names nothing.
        let en = "Workshops – Aligning with the network's plan, four cities shared strategies.";
        assert!(!entities(en).iter().any(|e| e.name == "Aligning"));
    }

    #[test]
    fn a_region_named_like_an_english_word_does_not_cut_a_body_s_name() {
        // "Islands" is a district of Hong Kong.
        let en = "Ewan Bell of the University of the Uplands and Islands said it.";
        assert!(has(
            &entities(en),
            EntityKind::Organisation,
            "University of the Uplands and Islands"
        ));
    }

    #[test]
    fn an_employer_slot_and_a_line_of_its_own() {
        // After a role's "at" or a person's "of", a name opening with a given name is a body.
        let en = "Ola Berg, fleet manager at Kennet Boatyards in Reading, spoke. Rosa Lind of \
                  Canal Holidays, based in Agen, France, agreed.";
        let es = entities(en);
        for body in ["Kennet Boatyards", "Canal Holidays"] {
            assert!(has(&es, EntityKind::Organisation, body), "{es:?}");
            assert!(find_person(&es, body).is_none(), "{es:?}");
        }
        assert_eq!(
            find_person(&es, "Ola Berg").and_then(|p| p.affiliation.as_deref()),
            Some("Kennet Boatyards")
        );
        // A body ending the line before is not the next item's.
        let en = "- Council Member Jo Brandt, Chair, Finance Committee\n\
                  - Council Member Mara Lewis, Chair, Subcommittee on Parks";
        let es = entities(en);
        assert_ne!(
            find_person(&es, "Mara Lewis").and_then(|p| p.affiliation.as_deref()),
            Some("Finance Committee")
        );
        // "our" before an apposed title points back to the body speaking.
        let en = "That is thanks to Steve Benning, our President.";
        assert_eq!(
            find_person(&entities(en), "Steve Benning").and_then(|p| p.role.as_deref()),
            Some("President")
        );
    }

    #[test]
    fn place_adjectives_public_writers_and_universities_without_a_link() {
        // A German adjective of a region says where; "technische" says what.
        let de = "Der hessische Gesundheitsstaatssekretär Tom Berner sprach.";
        assert_eq!(
            role_in(de, "Tom Berner").as_deref(),
            Some("Gesundheitsstaatssekretär")
        );
        let de = "Die technische Leiterin Anna Berg sprach.";
        assert_eq!(
            role_in(de, "Anna Berg").as_deref(),
            Some("technische Leiterin")
        );
        let en = "Chloe Brenn, the youngest patrol officer, spoke.";
        assert_eq!(
            role_in(en, "Chloe Brenn").as_deref(),
            Some("patrol officer")
        );
        let fr = "Karim Benaissa, écrivain public à Decazeville, a raconté ses permanences.";
        let es = entities(fr);
        let p = find_person(&es, "Karim Benaissa").expect("person");
        assert_eq!(p.role.as_deref(), Some("écrivain public"));
        assert_eq!(p.affiliation.as_deref(), Some("Decazeville"));
        let fr = "Sylvie Aubert, formatrice à l'université Paul-Valéry, a présenté le diplôme.";
        let es = entities(fr);
        assert!(
            has(&es, EntityKind::Organisation, "université Paul-Valéry"),
            "{es:?}"
        );
        assert!(find_person(&es, "Paul-Valéry").is_none(), "{es:?}");
    }

    #[test]
    fn a_small_town_placed_by_its_region_and_dutch_body_compounds() {
        for en in [
            "KODIAK, Alaska — Twenty kelp farmers met on Saturday.",
            "Kodiak, Alaska — Twenty kelp farmers met on Saturday.",
        ] {
            let es = entities(en);
            assert!(
                es.iter()
                    .any(|e| e.kind == EntityKind::City && e.name.eq_ignore_ascii_case("kodiak")),
                "{es:?}"
            );
        }
        let nl = "Ecoloog Maarten Kool van het Kennisinstituut Begrazing presenteerde metingen.";
        let es = entities(nl);
        assert!(
            find_person(&es, "Kennisinstituut Begrazing").is_none(),
            "{es:?}"
        );
        assert_eq!(
            find_person(&es, "Maarten Kool").and_then(|p| p.affiliation.as_deref()),
            Some("Kennisinstituut Begrazing")
        );
    }

    #[test]
    fn dutch_women_s_titles_and_a_province_someone_works_for() {
        let nl = "Herderin Anke de Vos van de kudde in Hoge Veluwe-gebied vertelde over de wolf. \
                  Gedeputeerde Ingrid Hoek van de provincie Drenthe beloofde een regeling.";
        let es = entities(nl);
        assert_eq!(
            find_person(&es, "Anke de Vos").and_then(|p| p.role.as_deref()),
            Some("Herderin")
        );
        assert_eq!(
            find_person(&es, "Ingrid Hoek").and_then(|p| p.affiliation.as_deref()),
            Some("provincie Drenthe")
        );
    }

    #[test]
    fn where_a_relative_clause_or_a_body_s_possessive_places_a_person() {
        let en = "Jake Rivers, who farms kelp near Portland, Maine, described a move.";
        assert_eq!(
            affiliation_in(en, "Jake Rivers").as_deref(),
            Some("Portland")
        );
        let en = "Luc Thibaut, who runs a tuning business in Nelson (Canada), spoke.";
        assert_eq!(affiliation_in(en, "Luc Thibaut").as_deref(), Some("Nelson"));
        // A clause that only says where someone spoke places no one.
        let en = "Anna Berg, who spoke in Paris last year, agreed.";
        assert_eq!(affiliation_in(en, "Anna Berg"), None);
        let en = "The Welsh Sheepdog Trials Association met. Ifan Rees, the association's \
                  youngest panel judge, asked for notes.";
        assert_eq!(
            affiliation_in(en, "Ifan Rees").as_deref(),
            Some("Welsh Sheepdog Trials Association")
        );
    }

    #[test]
    fn an_elided_portfolio_a_duration_and_a_french_region() {
        let it = "Ha parlato l'assessore regionale all'agricoltura Paola Cecchi.";
        assert_eq!(
            role_in(it, "Paola Cecchi").as_deref(),
            Some("assessore regionale all'agricoltura")
        );
        let it = "Ha aperto Giovanni Dal Bosco, casaro da quarant'anni sulla malga Larici.";
        assert_eq!(role_in(it, "Giovanni Dal Bosco").as_deref(), Some("casaro"));
        // "au Québec" is the province; "à Québec" the town.
        let fr = "Depuis Montréal, au Québec, Nathalie Gagné a présenté un réseau.";
        assert!(!has(&entities(fr), EntityKind::City, "Québec"));
        let fr = "Elle vit à Québec depuis dix ans.";
        assert!(has(&entities(fr), EntityKind::City, "Québec"));
    }

    #[test]
    fn a_town_s_two_letter_country_code_in_brackets() {
        let es = entities("We visited Mouans-Sartoux (FR), Turin (IT) and Volos (EL).");
        for town in ["Mouans-Sartoux", "Turin", "Volos"] {
            assert!(has(&es, EntityKind::City, town), "{es:?}");
        }
        assert_eq!(linked_country(&es, "Turin").as_deref(), Some("IT"));
        assert!(has(&es, EntityKind::Country, "EL"), "{es:?}");
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Organisation),
            "{es:?}"
        );
        // A code that is not the town's country stays what it was.
        let es = entities("We visited Turin (ES) last year.");
        assert!(!has(&es, EntityKind::Country, "ES"), "{es:?}");
    }

    #[test]
    fn german_programme_appositions_with_beim_and_a_capitalised_title() {
        let de = "Die Tagung fand in Köln statt. Die Moderation übernahm Tom Weber, \
                  Verkehrsreferent Deutscher Städtetag, der die Gäste begrüßte.";
        assert_eq!(
            role_and_affiliation(&entities(de), "Tom Weber"),
            (
                Some("Verkehrsreferent".into()),
                Some("Deutscher Städtetag".into())
            )
        );
        let de = "Die Tagung fand in Köln statt. Es sprach Tom Eich, Geschäftsführer beim Verband \
                  Kommunaler Unternehmen.";
        assert_eq!(
            role_and_affiliation(&entities(de), "Tom Eich"),
            (
                Some("Geschäftsführer".into()),
                Some("Verband Kommunaler Unternehmen".into())
            )
        );
    }

    #[test]
    fn spanish_attendance_lists_role_pairs_and_the_town_s_officer() {
        let es_ = "Asistentes: D. Juan Castro Fernández.- Fundación DFA; Dª Pilar Castillo \
                   Espinosa.- FAPAR.";
        let es = entities(es_);
        assert_eq!(
            role_and_affiliation(&es, "Juan Castro Fernández")
                .1
                .as_deref(),
            Some("Fundación DFA")
        );
        assert_eq!(
            role_and_affiliation(&es, "Pilar Castillo Espinosa")
                .1
                .as_deref(),
            Some("FAPAR")
        );
        let es_ = "Estuvieron la directora ejecutiva, Dra. Fernanda Marín, la coordinadora del \
                   programa, Julieta Alba, y otros.";
        let es = entities(es_);
        assert_eq!(
            role_and_affiliation(&es, "Julieta Alba").0.as_deref(),
            Some("coordinadora del programa")
        );
        assert_eq!(
            role_and_affiliation(&es, "Fernanda Marín").0.as_deref(),
            Some("directora ejecutiva")
        );
        let es_ = "Estuvo el presidente del Concejo de San Salvador de Jujuy, Dr. Lisandro Ruiz; \
                   el intendente de la ciudad, Arq. Raúl Jorge Paz; y otros.";
        let es = entities(es_);
        assert_eq!(
            role_and_affiliation(&es, "Raúl Jorge Paz"),
            (
                Some("intendente".into()),
                Some("San Salvador de Jujuy".into())
            )
        );
    }

    #[test]
    fn an_italian_minister_for_a_field_after_an_elided_article() {
        let it = "Si susseguiranno il Ministro per l’Istruzione, Patrizio Bianco, e altri.";
        assert_eq!(
            find_person(&entities(it), "Patrizio Bianco").and_then(|p| p.role.as_deref()),
            Some("Ministro per l’Istruzione")
        );
    }

    #[test]
    fn a_region_after_a_region_s_word_is_no_person() {
        let it = "Previsti gli interventi del Presidente della Regione Emilia-Romagna, Stefano \
                  Bonelli, e di altri.";
        assert!(find_person(&entities(it), "Emilia-Romagna").is_none());
    }

    #[test]
    fn post_nominals_before_an_apposition_and_craft_titles() {
        let en =
            "The day opened with Cathy Ngo MP, Minister for Transport and Infrastructure, who \
                  confirmed the plan.";
        assert_eq!(
            role_in(en, "Cathy Ngo").as_deref(),
            Some("Minister for Transport and Infrastructure")
        );
        let en = "Master thatcher Jim Tolland, who has thatched in Dorset for years, opened.";
        assert_eq!(
            role_in(en, "Jim Tolland").as_deref(),
            Some("Master thatcher")
        );
        // A Dutch town ending like a role head stays a town.
        let nl = "De dag werd gehouden in Leeuwarden, met veertig deelnemers.";
        assert!(has(&entities(nl), EntityKind::City, "Leeuwarden"));
    }

    #[test]
    fn post_nominals_between_commas_council_seats_and_portfolio_holders() {
        let es = entities(
            "The roundtable met in Philadelphia. Alicia Moreno-Grant, PharmD, associate \
             professor at Temple University School of Pharmacy, presented a map.",
        );
        assert_eq!(
            role_and_affiliation(&es, "Alicia Moreno-Grant"),
            (
                Some("associate professor".to_string()),
                Some("Temple University School of Pharmacy".to_string())
            )
        );
        // A councillor's seat is a title; the apposition or the role before names the job.
        let es = entities(
            "The workshop was held in Oban. Councillor Jane Smith, policy lead for housing, \
             agreed. The Mayor of Stone, Councillor Jill Hollins, opened the evening.",
        );
        assert_eq!(
            role_and_affiliation(&es, "Jane Smith").0.as_deref(),
            Some("policy lead for housing")
        );
        assert_eq!(
            role_and_affiliation(&es, "Jill Hollins").0.as_deref(),
            Some("Mayor")
        );
        // A council's portfolio holders.
        let en = "The office opened in Lincoln. Joan Whitby, executive member for highways at \
                  Trafford Council, agreed. Cllr Martin Beck, portfolio holder for housing, spoke.";
        let es = entities(en);
        assert_eq!(
            role_and_affiliation(&es, "Joan Whitby"),
            (
                Some("executive member for highways".to_string()),
                Some("Trafford Council".to_string())
            )
        );
        assert_eq!(
            role_and_affiliation(&es, "Martin Beck").0.as_deref(),
            Some("portfolio holder for housing")
        );
        // Alone, the seat is the role.
        let en = "The workshop was held in Oban. Councillor Ewan Drummond opened it.";
        assert_eq!(role_in(en, "Ewan Drummond").as_deref(), Some("Councillor"));
    }

    #[test]
    fn a_sherpa_surname_and_a_former_title_in_apposition() {
        let fr = "Depuis le Népal, Pemba Sherpa, propriétaire d'un lodge, est intervenu.";
        let es = entities(fr);
        assert_eq!(
            find_person(&es, "Pemba Sherpa").and_then(|p| p.role.as_deref()),
            Some("propriétaire")
        );
        let en = "Kumar Dharma, a former umpire, spoke.";
        assert_eq!(
            find_person(&entities(en), "Kumar Dharma").and_then(|p| p.role.as_deref()),
            Some("umpire")
        );
        // The G20's title stays a title in lower case.
        let en = "The G20 sherpa Anna Berg spoke.";
        assert_eq!(
            find_person(&entities(en), "Anna Berg").and_then(|p| p.role.as_deref()),
            Some("sherpa")
        );
    }

    #[test]
    fn dutch_aan_fields_and_plural_romance_adjectives() {
        let nl = "Ruben de Graaf, hoogleraar aan de Universiteit van Amsterdam, presenteerde \
                  onderzoek.";
        assert_eq!(
            role_and_affiliation(&entities(nl), "Ruben de Graaf"),
            (
                Some("hoogleraar".into()),
                Some("Universiteit van Amsterdam".into())
            )
        );
        let es_ = "La alcaldesa Ana Ruiz habló en Cuenca. La directora de Relaciones \
                   Internacionales del municipio, María Quizhpi, presentó el balance.";
        assert_eq!(
            role_and_affiliation(&entities(es_), "María Quizhpi"),
            (
                Some("directora de Relaciones Internacionales".into()),
                Some("Cuenca".into())
            )
        );
    }

    #[test]
    fn a_programme_s_name_and_a_town_opening_a_body_after_an_article() {
        let en =
            "Grace Achola, music director of the Kisumu Youth Strings in Kisumu, Kenya, spoke.";
        let es = entities(en);
        assert!(find_person(&es, "Youth Strings").is_none(), "{es:?}");
        assert!(
            has(&es, EntityKind::Organisation, "Kisumu Youth Strings"),
            "{es:?}"
        );
        let en = "Savanna Forge graduates its cohort. The Savanna Forge programme is run by \
                  Forge Ventures Africa.";
        assert!(find_person(&entities(en), "Savanna Forge").is_none());
        // A town before a name with no article still gives the person.
        let en = "Kelowna Gurpreet Sandhu opened the session.";
        assert!(find_person(&entities(en), "Gurpreet Sandhu").is_some());
    }

    #[test]
    fn a_name_after_a_role_and_in_is_where_the_role_is_held() {
        // Dutch "en" is "and": the name after it is a person's.
        let nl = "De wethouder en Jan de Vries openden samen de dag in Zwolle.";
        assert!(find_person(&entities(nl), "Jan de Vries").is_some());
        let es_ = "Abrió la jornada la presidenta de AQUA, Covadonga Riera, quesera en Benia de \
                   Onís, que recordó el origen del queso.";
        let es = entities(es_);
        assert!(find_person(&es, "Benia de Onís").is_none(), "{es:?}");
        assert!(has(&es, EntityKind::City, "Benia de Onís"), "{es:?}");
        // French "à" folds to "a", the verb: the accent tells the preposition.
        let fr = entities(
            "Claire Martin, apicultrice à Vallon-Sainte-Marthe, a présenté le rucher collectif.",
        );
        assert!(has(&fr, EntityKind::City, "Vallon-Sainte-Marthe"), "{fr:?}");
        assert!(
            !has(&fr, EntityKind::Organisation, "Vallon-Sainte-Marthe"),
            "{fr:?}"
        );
    }

    #[test]
    fn a_byline_s_capitalised_preposition_is_not_the_name_s() {
        let en = "Street trees review\n\nPublished 18 November 2024 · By Priya Desai, \
                  programme manager\n\nThe programme planted 1,200 trees in three years.";
        let es = entities(en);
        assert!(find_person(&es, "Priya Desai").is_some(), "{es:?}");
        assert!(find_person(&es, "By Priya Desai").is_none(), "{es:?}");
    }

    #[test]
    fn a_german_trainee_s_title_before_her_name() {
        let de = "Eindrücklich war der Beitrag der Auszubildenden Lea Hofmann aus Schlüchtern.";
        let es = entities(de);
        assert!(find_person(&es, "Lea Hofmann").is_some(), "{es:?}");
    }

    #[test]
    fn a_maestro_conducts_a_band_and_masters_a_craft() {
        let pt = "A banda foi dirigida pelo maestro Adilson Tavora.";
        assert_eq!(role_in(pt, "Adilson Tavora").as_deref(), Some("maestro"));
        let it = "Ha parlato il maestro liutaio Étienne Vuillard, arrivato da Mirecourt.";
        assert_eq!(
            role_in(it, "Étienne Vuillard").as_deref(),
            Some("maestro liutaio")
        );
        let pt = "O presidente da AMARA, mestre Joaquim Tavares, natural da Murtosa, lembrou \
                  que o moliceiro nasceu para a apanha do moliço.";
        assert_eq!(
            role_and_affiliation(&entities(pt), "Joaquim Tavares"),
            (Some("presidente".into()), Some("AMARA".into()))
        );
        let it = "Ha diretto il maestro Takeshi Moriyama, direttore principale dell'Orchestra \
                  Sinfonica di Lecce.";
        assert_eq!(
            role_in(it, "Takeshi Moriyama").as_deref(),
            Some("direttore principale")
        );
    }

    #[test]
    fn capitalised_fields_joined_by_and_stay_in_the_title() {
        let en = "Its Director of Fares and Ticketing, Olena Savchenko, explained the cap.";
        let es = entities(en);
        assert_eq!(
            role_and_affiliation(&es, "Olena Savchenko").0.as_deref(),
            Some("Director of Fares and Ticketing")
        );
        assert!(!has(&es, EntityKind::Organisation, "Fares"), "{es:?}");
        let es_ = "El gerente de Estadísticas y Mercados, Facundo Ibarra, mostró el gasto diario.";
        let es = entities(es_);
        assert_eq!(
            role_and_affiliation(&es, "Facundo Ibarra"),
            (Some("gerente de Estadísticas y Mercados".into()), None)
        );
        // A name before a legal form is still the affiliation.
        let it = "Ha parlato Stefano Guidi, direttore del personale di Ceramiche Emiliane S.p.A.";
        assert_eq!(
            role_in(it, "Stefano Guidi").as_deref(),
            Some("direttore del personale")
        );
    }

    #[test]
    fn a_theatre_named_only_as_where_something_happens_is_no_body() {
        let en = "The council met in the Council Chamber on Garden Place yesterday.";
        let es = entities(en);
        assert!(
            !has(&es, EntityKind::Organisation, "Council Chamber"),
            "{es:?}"
        );
        let pt = "O encontro decorreu no Teatro Diogo Bernardes, em Ponte de Lima.";
        let es = entities(pt);
        assert!(
            !has(&es, EntityKind::Organisation, "Teatro Diogo Bernardes"),
            "{es:?}"
        );
        let en = "Forty makers met at the Pier Arts Centre. The Pier Arts Centre will host again.";
        let es = entities(en);
        assert!(
            has(&es, EntityKind::Organisation, "Pier Arts Centre"),
            "{es:?}"
        );
        let it =
            "La regia sarà firmata da Ana Restrepo, già assistente alla regia al Teatro Colón.";
        let es = entities(it);
        assert!(has(&es, EntityKind::Organisation, "Teatro Colón"), "{es:?}");
        let en = "Callum Reid, director of Wee Strings Theatre, met us at the Wee Strings Theatre.";
        let es = entities(en);
        assert!(
            has(&es, EntityKind::Organisation, "Wee Strings Theatre"),
            "{es:?}"
        );
    }

    #[test]
    fn titles_before_honorifics_club_officers_and_bodies_before_a_title() {
        let nl = "Microbioloog dr. Annemiek Hoogland van Wageningen University liet zien hoe \
                  de kaas rijpt en waarom de kelder koel moet blijven.";
        assert_eq!(
            role_in(nl, "Annemiek Hoogland").as_deref(),
            Some("Microbioloog")
        );
        let de = "Svenja Harms, Jugendwartin beim Kreisimkerverein Lüneburg, schilderte, wie \
                  ihr Verein mit einer Schule zusammenarbeitet und junge Mitglieder hält.";
        assert_eq!(
            role_and_affiliation(&entities(de), "Svenja Harms"),
            (
                Some("Jugendwartin".into()),
                Some("Kreisimkerverein Lüneburg".into())
            )
        );
        let en = "Health and Safety Executive inspector Claire Dunmore went through the causes.";
        assert_eq!(
            role_and_affiliation(&entities(en), "Claire Dunmore"),
            (
                Some("inspector".into()),
                Some("Health and Safety Executive".into())
            )
        );
        let es = entities("We read the Chief Executive's report on Monday.");
        assert!(
            !has(&es, EntityKind::Organisation, "Chief Executive"),
            "{es:?}"
        );
    }

    #[test]
    fn saints_and_italian_places_after_nel_are_no_people() {
        let it = "Il gondoliere Marco Zanon lavora al traghetto di Santa Sofia da trent'anni. Il moto ondoso \
                  nel Canal Grande è il nostro primo nemico, ha detto Zanon.";
        let es = entities(it);
        for name in ["Santa Sofia", "Canal Grande"] {
            assert!(find_person(&es, name).is_none(), "{name}: {es:?}");
        }
        assert!(find_person(&es, "Marco Zanon").is_some(), "{es:?}");
    }

    #[test]
    fn venetian_crafts_and_a_dutch_cheesemaker_are_roles() {
        let it =
            "Marco Rossi, gondoliere da trent'anni, ha parlato del moto ondoso e del traffico.";
        assert_eq!(role_in(it, "Marco Rossi").as_deref(), Some("gondoliere"));
        let nl = "Rosa Quispe, kaasmaakster uit Cajamarca, vertelde over haar bedrijf en de melk.";
        assert_eq!(role_in(nl, "Rosa Quispe").as_deref(), Some("kaasmaakster"));
    }

    #[test]
    fn a_short_form_takes_the_name_of_the_body_named_in_full() {
        let en = "The host was Red Plains Open Range Zoo. Red Plains' head of carnivores Jarrah \
                  Williams then led a session on enrichment.";
        let es = entities(en);
        assert!(!has(&es, EntityKind::Organisation, "Red Plains"), "{es:?}");
        assert_eq!(
            affiliation_in(en, "Jarrah Williams").as_deref(),
            Some("Red Plains Open Range Zoo")
        );
        // A name with a body's word of its own is a body of its own.
        let en = "The European Commission and the European Commission Joint Research Centre met.";
        let es = entities(en);
        assert!(
            has(&es, EntityKind::Organisation, "European Commission"),
            "{es:?}"
        );
    }

    #[test]
    fn romance_adjectives_in_ano_end_a_field_but_nationalities_leave_the_role() {
        let es_ = "El concejal de Seguridad Ciudadana de Oviedo, Íñigo Ruiz, presentó el \
                   modelo de la ciudad.";
        let es = entities(es_);
        assert_eq!(
            role_and_affiliation(&es, "Íñigo Ruiz"),
            (
                Some("concejal de Seguridad Ciudadana".into()),
                Some("Oviedo".into())
            )
        );
        let es_ = "El agrónomo peruano Julio Quispe explicó cómo se seca el café en altura.";
        assert_eq!(role_in(es_, "Julio Quispe").as_deref(), Some("agrónomo"));
    }

    #[test]
    fn a_title_word_opening_a_body_s_name_stays_in_it() {
        let en = "The seminar was co-hosted with the Justice Language Access Network this year.";
        let es = entities(en);
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Justice Language Access Network"
            ),
            "{es:?}"
        );
        let en = "Justice Maria Lopez Foundation trustees met. Justice Ruth Okafor spoke.";
        let es = entities(en);
        assert!(find_person(&es, "Ruth Okafor").is_some(), "{es:?}");
    }

    #[test]
    fn a_dutch_article_before_a_name_names_a_range_not_a_town() {
        let nl = "Ze vertelde over kleine coöperaties in de Andes die nu met boerenkaas naar de \
                  markt in Lima gaan.";
        let es = entities(nl);
        assert!(!has(&es, EntityKind::City, "Andes"), "{es:?}");
        assert!(has(&es, EntityKind::City, "Lima"), "{es:?}");
    }

    #[test]
    fn a_consultora_with_a_given_name_is_a_woman_consultant() {
        let pt = "Na tarde, a consultora Beatriz Nóbrega conduziu uma dinâmica sobre feedback.";
        assert_eq!(
            role_in(pt, "Beatriz Nóbrega").as_deref(),
            Some("consultora")
        );
        let pt = "Contratamos a consultora Travessia Consultoria para a dinâmica de feedback.";
        let es = entities(pt);
        assert!(
            has(&es, EntityKind::Organisation, "Travessia Consultoria"),
            "{es:?}"
        );
    }

    #[test]
    fn a_town_the_text_names_is_no_body_before_a_role() {
        let en = "Volunteers came from stations in Bendigo, Mildura and Lismore. Lismore \
                  presenter Ben Carruthers recalled broadcasting through the floods.";
        let es = entities(en);
        assert!(!has(&es, EntityKind::Organisation, "Lismore"), "{es:?}");
        assert_eq!(
            role_and_affiliation(&es, "Ben Carruthers"),
            (Some("presenter".into()), Some("Lismore".into()))
        );
    }

    #[test]
    fn a_cathedral_is_no_person_and_a_lane_may_be_one() {
        let en = "Next year's showcase will be held at Lincoln Cathedral in June 2027.";
        let es = entities(en);
        assert!(find_person(&es, "Lincoln Cathedral").is_none(), "{es:?}");
        assert!(!has(&es, EntityKind::Organisation, "June"), "{es:?}");
        let en = "Grace Lane, a florist from Bath, spoke about the market.";
        assert_eq!(role_in(en, "Grace Lane").as_deref(), Some("florist"));
    }

    #[test]
    fn names_joined_by_an_ampersand_are_a_firm() {
        let en = "The bells were cast by Vandermolen & Zonen in Asten. Audits were done by Tan \
                  Pillai & Co, a Singapore firm. The Q&A ran late, and R&D came up.";
        let es = entities(en);
        for name in ["Vandermolen & Zonen", "Tan Pillai & Co"] {
            assert!(has(&es, EntityKind::Organisation, name), "{name}: {es:?}");
        }
        for name in ["Q&A", "R&D"] {
            assert!(!has(&es, EntityKind::Organisation, name), "{name}: {es:?}");
        }
    }

    #[test]
    fn french_bodies_with_a_lower_case_head() {
        let fr = "Sékou Condé, secrétaire général du ministère de l'Enseignement supérieur, a \
                  présenté le programme de stages.";
        assert_eq!(
            role_and_affiliation(&entities(fr), "Sékou Condé"),
            (
                Some("secrétaire général".into()),
                Some("ministère de l'Enseignement supérieur".into())
            )
        );
        let fr = "Les élèves du lycée Jean-Baptiste Vuillaume ont joué du violon devant le public.";
        let es = entities(fr);
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "lycée Jean-Baptiste Vuillaume"
            ),
            "{es:?}"
        );
        assert!(
            find_person(&es, "Jean-Baptiste Vuillaume").is_none(),
            "{es:?}"
        );
    }

    #[test]
    fn an_apposition_that_calls_a_name_a_kind_of_body() {
        let en = "The audience favourite was MvuaData, a Kigali-based start-up that sells \
                  rainfall forecasts to farmers.";
        let es = entities(en);
        assert!(has(&es, EntityKind::Organisation, "MvuaData"), "{es:?}");
        let en = "Ana Lima, a cooperative member from Recife, spoke about the harvest.";
        let es = entities(en);
        assert!(find_person(&es, "Ana Lima").is_some(), "{es:?}");
    }

    #[test]
    fn a_hyphenated_body_word_ends_a_name() {
        let en = "The academy is also working with Hopgarden Co-op on a short course in hop \
                  growing. Members met for the annual general meeting of the Fraser Canyon \
                  Broadband Co-operative (FCBC) in Hope.";
        let es = entities(en);
        for name in ["Hopgarden Co-op", "Fraser Canyon Broadband Co-operative"] {
            assert!(has(&es, EntityKind::Organisation, name), "{name}: {es:?}");
            assert!(find_person(&es, name).is_none(), "{name}: {es:?}");
        }
        // A Korean given name is two syllables joined by a hyphen, and stays a name.
        let en = "Min-jun Kim, an engineer at Hanwha, spoke in Seoul about the new plant.";
        assert!(find_person(&entities(en), "Min-jun Kim").is_some());
    }

    #[test]
    fn occupations_in_appositions_with_modifiers_or_elided_articles() {
        let en = "Jakub Wiśniewski, a freelance taxidermist from Kraków, Poland, demonstrated \
                  freeze-drying for small mammals.";
        assert_eq!(
            role_in(en, "Jakub Wiśniewski").as_deref(),
            Some("freelance taxidermist")
        );
        let en = "The sessions were led by Aroha Whitcombe, senior preparator at Canterbury \
                  Museum in Christchurch, who taught a full day.";
        assert_eq!(
            role_in(en, "Aroha Whitcombe").as_deref(),
            Some("senior preparator")
        );
        let fr = "La rencontre a eu lieu à Poligny. L'affineuse Sophie Lanier, installée dans le \
                  Cantal, a témoigné des difficultés des petits producteurs.";
        assert_eq!(role_in(fr, "Sophie Lanier").as_deref(), Some("affineuse"));
        let it = "Da Amalfi è arrivato il cartaio Antonio Cavaliere, ultimo di una famiglia \
                  attiva nel mestiere da sette generazioni.";
        assert_eq!(role_in(it, "Antonio Cavaliere").as_deref(), Some("cartaio"));
        let nl = "Het meeste bekijks trok Carlos Ríos, operator bij de Autoriteit van het \
                  Panamakanaal in Panama-Stad. Hij liet zien hoe de sluizen werken.";
        assert_eq!(role_in(nl, "Carlos Ríos").as_deref(), Some("operator"));
    }

    #[test]
    fn services_joined_by_and_and_plural_hospitals() {
        let en = "Watch manager Priya Nandakumar of Cumbria Fire and Rescue Service walked the \
                  audience through chimney fire call-outs. Nurse consultant Ravi Bhattacharya \
                  (Leeds Teaching Hospitals) talked about safe patient transfers.";
        let es = entities(en);
        assert_eq!(
            role_and_affiliation(&es, "Priya Nandakumar").1.as_deref(),
            Some("Cumbria Fire and Rescue Service")
        );
        assert_eq!(
            role_and_affiliation(&es, "Ravi Bhattacharya").1.as_deref(),
            Some("Leeds Teaching Hospitals")
        );
        assert!(find_person(&es, "Teaching Hospitals").is_none(), "{es:?}");
    }

    #[test]
    fn ranks_before_a_name_and_a_body_after_of_the() {
        let en = "The talk was given by Sgt. Neil Okafor of Hertfordshire Constabulary, who \
                  explained the licences needed for selling mounted birds.";
        let es = entities(en);
        assert_eq!(
            role_and_affiliation(&es, "Neil Okafor").1.as_deref(),
            Some("Hertfordshire Constabulary")
        );
        let en = "Yesterday Marjorie Tallbear of the Confluence Seed Keepers spoke about the \
                  varieties her community has kept for generations.";
        let es = entities(en);
        assert!(
            find_person(&es, "Confluence Seed Keepers").is_none(),
            "{es:?}"
        );
        assert!(
            has(&es, EntityKind::Organisation, "Confluence Seed Keepers"),
            "{es:?}"
        );
    }

    #[test]
    fn a_participle_of_coming_from_opens_no_town() {
        let fr = "La rencontre a eu lieu à Poligny. Venu de Gruyères, en Suisse, le maître \
                  fromager Urs Zbinden a décrit le système suisse de caves collectives.";
        let es = entities(fr);
        assert!(has(&es, EntityKind::City, "Gruyères"), "{es:?}");
        assert!(!has(&es, EntityKind::City, "Venu de Gruyères"), "{es:?}");
        let fr = "La rencontre a eu lieu à Poligny. Arrivée de Lausanne, en Suisse, la \
                  fromagère Anne Zbinden a décrit le système suisse de caves collectives.";
        assert!(has(&entities(fr), EntityKind::City, "Lausanne"));
    }

    #[test]
    fn a_short_form_that_ends_a_fuller_name_takes_it() {
        let en = "# Seed Library Network: spring gathering in Eugene\n\nGardeners met at the \
                  public library for the spring gathering of the Pacific Seed Library Network \
                  (PSLN), which now links 87 seed libraries.";
        let es = entities(en);
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Pacific Seed Library Network"
            ),
            "{es:?}"
        );
        assert!(
            !has(&es, EntityKind::Organisation, "Seed Library Network"),
            "{es:?}"
        );
    }

    #[test]
    fn german_craft_guilds_are_bodies() {
        let de = "Gastgeber war die Flößerzunft Kinzigtal, eingeladen hatte die Deutsche \
                  Flößerei-Vereinigung (DFV) in Wolfach. Der Obermeister der Bäckerinnung \
                  Schwarzwald sprach danach.";
        let es = entities(de);
        for name in ["Flößerzunft Kinzigtal", "Bäckerinnung Schwarzwald"] {
            assert!(has(&es, EntityKind::Organisation, name), "{name}: {es:?}");
            assert!(find_person(&es, name).is_none(), "{name}: {es:?}");
        }
    }

    #[test]
    fn an_opening_agent_title_before_a_name_and_where_the_person_is_from() {
        let en = "Elder Marjorie Tallbear of the Confluence Seed Keepers spoke about the \
                  varieties her community has kept for generations.";
        assert_eq!(
            role_and_affiliation(&entities(en), "Marjorie Tallbear"),
            (Some("Elder".into()), Some("Confluence Seed Keepers".into()))
        );
    }

    #[test]
    fn german_halls_and_labelled_venues_are_no_bodies() {
        let de = "Rund 200 Gäste kamen am Mittwoch in der Stadthalle Kehl zusammen, um über \
                  Hitzeschutzpläne zu sprechen.\n\nOrt: Rathaus Lüneburg, Huldigungssaal";
        let es = entities(de);
        for name in ["Stadthalle Kehl", "Rathaus Lüneburg"] {
            assert!(!has(&es, EntityKind::Organisation, name), "{name}: {es:?}");
        }
        let en = "The fair was held at the Trafalgar Centre in Nelson for two days, with stalls \
                  from forty small presses.";
        let es = entities(en);
        assert!(
            !has(&es, EntityKind::Organisation, "Trafalgar Centre"),
            "{es:?}"
        );
    }

    #[test]
    fn fields_joined_in_an_apposition_and_the_body_someone_runs() {
        let en = "Hiroshi Kanda, a sake and wine educator at the Japan Sommelier Academy, flew in \
                  from Tokyo to run a tasting.";
        assert_eq!(
            role_and_affiliation(&entities(en), "Hiroshi Kanda"),
            (
                Some("sake and wine educator".into()),
                Some("Japan Sommelier Academy".into())
            )
        );
        let en = "The business side got an honest airing too. Tash Kowalczyk, who runs Brush & \
                  Bone Lettering out of Ballarat, walked through her pricing.";
        assert_eq!(
            role_and_affiliation(&entities(en), "Tash Kowalczyk")
                .1
                .as_deref(),
            Some("Brush & Bone Lettering")
        );
        let pt = "Já a engenheira hidráulica Celeste Mucavele, da Administração Regional de Águas \
                  do Zambeze, em Tete (Moçambique), explicou como as comunidades ajudam.";
        assert_eq!(
            role_and_affiliation(&entities(pt), "Celeste Mucavele")
                .1
                .as_deref(),
            Some("Administração Regional de Águas do Zambeze")
        );
    }

    #[test]
    fn a_masters_title_takes_the_craft_after_it() {
        let it = "Grande attesa per la dimostrazione di Keiko Yamashita, maestra cartaia di \
                  Echizen, in Giappone, dove la carta washi si produce da oltre mille anni.";
        assert_eq!(
            role_in(it, "Keiko Yamashita").as_deref(),
            Some("maestra cartaia")
        );
        let es = "La maestra quesera Guadalupe Hernández explicó cómo se elabora el quesillo en \
                  su taller familiar desde hace tres generaciones.";
        assert_eq!(
            role_in(es, "Guadalupe Hernández").as_deref(),
            Some("maestra quesera")
        );
    }

    #[test]
    fn a_text_that_ends_after_a_comma_and_a_name() {
        // The comma before the name's apposition is the text's last token but one: nothing
        // follows the colon to test for a possessive.
        let es = "Las jornadas se cerraron con cuatro conclusiones, leídas por el presidente de \
                  la asociación, Zeynep Rossi:";
        assert!(find_person(&entities(es), "Zeynep Rossi").is_some());
    }

    #[test]
    fn and_inside_a_bodys_name() {
        let es = "Ana Gil, técnica de la Junta de Castilla y León, explicó el nuevo protocolo \
                  de quemas prescritas.";
        assert_eq!(
            role_and_affiliation(&entities(es), "Ana Gil").1.as_deref(),
            Some("Junta de Castilla y León")
        );
        let en = "Mark Pettigrew works for Bath and North East Somerset Council as an \
                  environmental health officer.";
        assert!(has(
            &entities(en),
            EntityKind::Organisation,
            "Bath and North East Somerset Council"
        ));
        let en = "Marco Rossi, station chief of the Alpine and Speleological Rescue Corps, \
                  described the night search.";
        assert_eq!(
            role_and_affiliation(&entities(en), "Marco Rossi")
                .1
                .as_deref(),
            Some("Alpine and Speleological Rescue Corps")
        );
        let it = "Ieri a Fabriano si è parlato della carta fatta a mano. Paolo Rossi della \
                  Fondazione Carta e Filigrana ha parlato per primo.";
        assert_eq!(
            role_and_affiliation(&entities(it), "Paolo Rossi")
                .1
                .as_deref(),
            Some("Fondazione Carta e Filigrana")
        );
        // Named alone elsewhere: two bodies.
        let it = "Hanno aderito la Fondazione Cariplo e Legambiente. La Fondazione Cariplo ha \
                  pagato le borse di studio.";
        let es = entities(it);
        assert!(has(&es, EntityKind::Organisation, "Legambiente"), "{es:?}");
        assert!(
            has(&es, EntityKind::Organisation, "Fondazione Cariplo"),
            "{es:?}"
        );
    }

    #[test]
    fn a_dateline_with_the_state_places_the_town() {
        let en = "Ellensburg, Washington, June 30, 2026\n\nAnother Field Day is in the log.";
        assert!(has(&entities(en), EntityKind::City, "Ellensburg"));
    }

    #[test]
    fn a_trade_or_description_before_the_name_or_the_body() {
        // German capitalises every noun: "Köhler" is a surname too, but the text writes it
        // after an article.
        let de = "Die Köhler trafen sich im Wald. Aus Baligród (Polen) kam Köhler Tomasz \
                  Wróbel, der einen Standort betreibt.";
        assert_eq!(role_in(de, "Tomasz Wróbel").as_deref(), Some("Köhler"));
        let de = "Gekommen waren Köhler und Köhlerinnen aus sechs Ländern. Aus Baligród kam \
                  Köhler Tomasz Wróbel, der einen Standort betreibt.";
        assert_eq!(role_in(de, "Tomasz Wróbel").as_deref(), Some("Köhler"));
        // A title opening the sentence before a body named in sentence case.
        let fr = "Directrice de l'Institut national de la recherche, Clémence Aubry a présenté \
                  le travail.";
        assert_eq!(
            role_and_affiliation(&entities(fr), "Clémence Aubry")
                .1
                .as_deref(),
            Some("Institut national de la recherche")
        );
        let en = "Pieter de Wolf, who runs the small company Rood Neusje in Ghent, had forty \
                  adults failing on purpose.";
        assert_eq!(
            role_and_affiliation(&entities(en), "Pieter de Wolf")
                .1
                .as_deref(),
            Some("Rood Neusje")
        );
        let en = "Veterinary dermatologist Dr Owen Price talked us through the skin conditions.";
        assert_eq!(
            role_in(en, "Owen Price").as_deref(),
            Some("Veterinary dermatologist")
        );
    }

    #[test]
    fn a_word_opening_the_sentence_before_a_title_is_part_of_it() {
        let en = "Watch manager Priya Nandakumar, of Cumbria Fire and Rescue Service, spoke \
                  about chimney fires.";
        let es = entities(en);
        assert_eq!(
            role_in(en, "Priya Nandakumar").as_deref(),
            Some("Watch manager")
        );
        assert!(!has(&es, EntityKind::Organisation, "Watch"), "{es:?}");
        // A name the text writes elsewhere is the employer; a second title is no part.
        let en = "Pitches came from Agrisense Ltd and two others. Agrisense co-founder Siobhán \
                  Kelly spoke first. Host mayor Ivana Perić welcomed everyone.";
        assert_eq!(role_in(en, "Siobhán Kelly").as_deref(), Some("co-founder"));
        assert_eq!(role_in(en, "Ivana Perić").as_deref(), Some("mayor"));
        // A small town named by a common word is that word here ("Fleet", Hampshire); a town
        // the recap is about stays the affiliation, and an age is no part of the title.
        let en = "Crews work fixed shifts. Fleet supervisor Mei Lin Zhao presented the routing. \
                  Union steward Dave Kowalchuk asked for rest. Reading mayor Jason Brock \
                  opened the day. Young hawker Jason Ooi said the rent was too high.";
        assert_eq!(
            role_in(en, "Mei Lin Zhao").as_deref(),
            Some("Fleet supervisor")
        );
        assert_eq!(
            role_in(en, "Dave Kowalchuk").as_deref(),
            Some("Union steward")
        );
        assert_eq!(role_in(en, "Jason Brock").as_deref(), Some("mayor"));
        assert_eq!(role_in(en, "Jason Ooi").as_deref(), Some("hawker"));
        let en = "The young hawker Jason Ooi said the rent was too high.";
        assert_eq!(role_in(en, "Jason Ooi").as_deref(), Some("hawker"));
    }

    #[test]
    fn a_romance_adjective_named_like_an_english_title_is_no_role() {
        let pt = "O presidente da associação, Joaquim Azevedo, abriu a sessão. A principal \
                  conclusão do encontro foi que a olaria só sobrevive com aprendizes.";
        let es = entities(pt);
        assert!(!has(&es, EntityKind::Role, "principal"), "{es:?}");
        assert!(has(&es, EntityKind::Role, "presidente"), "{es:?}");
    }

    #[test]
    fn a_british_school_named_by_its_stage_is_a_body() {
        let en = "The day ended with songs. Pupils from Alfred Sutton Primary sang a song they \
                  had written.";
        let es = entities(en);
        assert!(
            has(&es, EntityKind::Organisation, "Alfred Sutton Primary"),
            "{es:?}"
        );
        assert!(
            !has(&es, EntityKind::Person, "Alfred Sutton Primary"),
            "{es:?}"
        );
    }

    #[test]
    fn a_town_named_like_a_given_name_after_from_is_placed_by_its_country() {
        let it = "La giornata è iniziata alle nove. Ivo Barić, maestro d'ascia di Betina, in \
                  Croazia, ha raccontato la storia del suo cantiere.";
        let es = entities(it);
        assert!(has(&es, EntityKind::City, "Betina"), "{es:?}");
        assert!(!has(&es, EntityKind::Organisation, "Betina"), "{es:?}");
        // Participants listed by first name and country stay unnamed.
        let es = entities("The speakers were Maria (Portugal) and Ahmed (Egypt).");
        assert!(!has(&es, EntityKind::City, "Maria"), "{es:?}");
    }

    #[test]
    fn a_romance_name_apposed_to_a_common_noun_is_no_town() {
        let it = "Sabato scorso il cantiere Santa Maria, sulla riva del canale, si è \
                  trasformato in un'aula. Il sindaco di Roma ha parlato.";
        let es = entities(it);
        assert!(!has(&es, EntityKind::City, "Santa Maria"), "{es:?}");
        assert!(has(&es, EntityKind::City, "Roma"), "{es:?}");
    }

    #[test]
    fn a_given_name_and_a_bare_body_word_name_a_person_in_romance_languages() {
        let es = "La jornada empezó a las nueve. En la mesa redonda participaron Juan Mesa, \
                  Laura Cámara y Jairo Cortés. La Cámara de Comercio de Bilbao cerró la sesión.";
        let found = entities(es);
        for name in ["Juan Mesa", "Laura Cámara", "Jairo Cortés"] {
            assert!(has(&found, EntityKind::Person, name), "{name}: {found:?}");
        }
        assert!(
            has(
                &found,
                EntityKind::Organisation,
                "Cámara de Comercio de Bilbao"
            ),
            "{found:?}"
        );
        // A verb opening the sentence is no part of the name after it.
        let es = "La jornada empezó a las nueve. Habló Juan Pérez, técnico municipal. Explicó \
                  Ana Gil que el plan sigue.";
        let found = entities(es);
        assert!(has(&found, EntityKind::Person, "Juan Pérez"), "{found:?}");
        assert!(has(&found, EntityKind::Person, "Ana Gil"), "{found:?}");
        let pt = "A jornada começou às nove. Falou João Silva, técnico municipal.";
        assert!(has(&entities(pt), EntityKind::Person, "João Silva"));
        // A plural past too, before the first of a list of names.
        let es =
            "Hubo una mesa redonda. Participaron Marta Suárez, concejala de Avilés, y Ana Gil.";
        assert!(has(&entities(es), EntityKind::Person, "Marta Suárez"));
        let it = "Ci fu una tavola rotonda. Parlarono Marta Rossi e Ana Gil.";
        assert!(has(&entities(it), EntityKind::Person, "Marta Rossi"));
        // "Les" opens no person's name in French.
        let fr = "La journée a réuni les producteurs. Les Studios de Provence ont présenté leurs \
                  plateaux.";
        assert!(!entities(fr).iter().any(|e| e.kind == EntityKind::Person));
    }

    #[test]
    fn a_field_inside_a_title_names_no_one() {
        let en = "The summit opened in Lisbon on Tuesday. Speakers included Amara Okafor, \
                  Director of Urban Resilience at the City of Cape Town.";
        let es = entities(en);
        assert!(!has(&es, EntityKind::Person, "Urban Resilience"), "{es:?}");
        assert_eq!(
            role_in(en, "Amara Okafor").as_deref(),
            Some("Director of Urban Resilience")
        );
    }

    #[test]
    fn a_portfolio_after_the_town_of_a_title_is_no_part_of_the_town() {
        let en = "On 3 March, mayors met in Brussels. The meeting was chaired by Anna Kowalska, \
                  Deputy Mayor of Gdańsk for Climate.";
        let es = entities(en);
        assert!(has(&es, EntityKind::City, "Gdańsk"), "{es:?}");
        assert_eq!(
            affiliation_in(en, "Anna Kowalska").as_deref(),
            Some("Gdańsk")
        );
    }

    #[test]
    fn an_elided_article_opening_the_sentence_before_a_body_is_no_part_of_it() {
        let fr = "La journée a commencé à Nantes avec 200 participants. L'Agence de l'eau \
                  Loire-Bretagne a présenté son plan. L'ADEME a suivi avec un bilan. Le \
                  professeur Jean Petit, de l'Université Lyon 2, a présenté une étude.";
        let es = entities(fr);
        for body in [
            "Agence de l'eau Loire-Bretagne",
            "ADEME",
            "Université Lyon 2",
        ] {
            assert!(has(&es, EntityKind::Organisation, body), "{body}: {es:?}");
        }
        assert_eq!(
            crate::entities::spans::strip_elision("L'Aquila"),
            "L'Aquila"
        );
        assert_eq!(crate::entities::spans::strip_elision("L'Agence"), "Agence");
    }

    #[test]
    fn a_portfolio_in_brackets_after_a_name_is_no_body() {
        let en = "The day began at nine. Councillor Jane Smith (Transport) opened the day. \
                  Wethouder Jan Jansen (VVD) also spoke.";
        let es = entities(en);
        assert!(!has(&es, EntityKind::Organisation, "Transport"), "{es:?}");
        assert_eq!(affiliation_in(en, "Jane Smith"), None);
        // A party in the brackets is where the councillor belongs.
        assert_eq!(affiliation_in(en, "Jan Jansen").as_deref(), Some("VVD"));
        let nl = "De dag begon om negen uur. Wethouder Lot van Hooijdonk (Wonen) opende de dag.";
        assert!(!has(&entities(nl), EntityKind::Organisation, "Wonen"));
    }

    #[test]
    fn a_german_verb_before_a_title_is_no_part_of_it() {
        let de = "Das Treffen fand in Leipzig statt. Es sprachen Oberbürgermeister Burkhard Jung \
                  und die stellvertretende Bürgermeisterin Anna Schmidt.";
        assert_eq!(
            role_in(de, "Burkhard Jung").as_deref(),
            Some("Oberbürgermeister")
        );
        assert_eq!(
            role_in(de, "Anna Schmidt").as_deref(),
            Some("stellvertretende Bürgermeisterin")
        );
    }

    #[test]
    fn a_union_branch_keeps_its_number() {
        let en = "The shift model was negotiated with CUPE Local 87. Members of SEIU Local 32BJ \
                  joined them.";
        let es = entities(en);
        assert!(
            has(&es, EntityKind::Organisation, "CUPE Local 87"),
            "{es:?}"
        );
        assert!(
            has(&es, EntityKind::Organisation, "SEIU Local 32BJ"),
            "{es:?}"
        );
    }

    #[test]
    fn a_judge_styled_the_honourable_is_a_person() {
        let en = "The conference began at nine. The Honourable Justice Margaret Okafor of the \
                  Ontario Superior Court of Justice opened it.";
        let es = entities(en);
        assert!(has(&es, EntityKind::Person, "Margaret Okafor"), "{es:?}");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Ontario Superior Court of Justice"
            ),
            "{es:?}"
        );
        assert_eq!(
            affiliation_in(en, "Margaret Okafor").as_deref(),
            Some("Ontario Superior Court of Justice")
        );
    }

    #[test]
    fn a_dutch_body_of_a_body_splits_before_van_de() {
        let nl = "De studiedag in Ermelo trok veel bezoekers. Dr. Pieter Hoekstra, docent aan de \
                  Faculteit Diergeneeskunde van de Universiteit Utrecht, vertelde over een \
                  nieuw praktijkvak.";
        let es = entities(nl);
        assert!(
            has(&es, EntityKind::Organisation, "Faculteit Diergeneeskunde"),
            "{es:?}"
        );
        assert!(
            has(&es, EntityKind::Organisation, "Universiteit Utrecht"),
            "{es:?}"
        );
        assert_eq!(
            affiliation_in(nl, "Pieter Hoekstra").as_deref(),
            Some("Faculteit Diergeneeskunde")
        );
        // A person's name before "van de" and a body still joins, and is cut later.
        let nl = "Gedeputeerde Noor El Idrissi van de Provincie Limburg kondigde extra \
                  oplaadpunten aan.";
        assert_eq!(
            affiliation_in(nl, "Noor El Idrissi").as_deref(),
            Some("Provincie Limburg")
        );
    }

    #[test]
    fn a_romance_rank_after_the_head_is_part_of_the_title() {
        let fr = "Nathalie Roux, garde champêtre cheffe à Aurillac, a décrit le quotidien d'une \
                  brigade.";
        assert_eq!(
            role_in(fr, "Nathalie Roux").as_deref(),
            Some("garde champêtre cheffe")
        );
        assert_eq!(
            affiliation_in(fr, "Nathalie Roux").as_deref(),
            Some("Aurillac")
        );
        let es = "Marta Gil, inspectora jefa de la policía local, habló del plan.";
        assert_eq!(role_in(es, "Marta Gil").as_deref(), Some("inspectora jefa"));
    }

    #[test]
    fn romance_body_names_with_articles_and_fields() {
        let it = "L'incontro è promosso in collaborazione con l'Accademia di Belle Arti di \
                  Ravenna.";
        let es = entities(it);
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Accademia di Belle Arti di Ravenna"
            ),
            "{es:?}"
        );
        assert!(es.iter().all(|e| e.kind != EntityKind::Person), "{es:?}");
        let it = "Khaled Haddadin, formatore del Centro per il Mosaico di Madaba, ha parlato.";
        assert_eq!(
            role_and_affiliation(&entities(it), "Khaled Haddadin")
                .1
                .as_deref(),
            Some("Centro per il Mosaico di Madaba")
        );
        let es = "Ana Ruiz, de la Universidad de los Andes, habló en Bogotá.";
        assert_eq!(
            role_and_affiliation(&entities(es), "Ana Ruiz").1.as_deref(),
            Some("Universidad de los Andes")
        );
    }

    #[test]
    fn a_town_word_a_years_award_and_a_season_name_no_body() {
        let en = "Sipho Dlamini, head of beach operations for the City of Durban, South Africa, \
                  explained how it works.";
        let es = entities(en);
        assert_eq!(
            role_and_affiliation(&es, "Sipho Dlamini").1.as_deref(),
            Some("Durban")
        );
        assert!(!has(&es, EntityKind::Organisation, "City"), "{es:?}");
        let en = "The Apprentice of the Year award went to Tuan Nguyen, who trained in Hanoi. \
                  Event write-up, Readers' Programme, Autumn 2026.";
        let es = entities(en);
        assert!(!has(&es, EntityKind::Organisation, "Year"), "{es:?}");
        assert!(!has(&es, EntityKind::Organisation, "Autumn"), "{es:?}");
    }

    #[test]
    fn a_surname_named_like_a_town_or_a_body() {
        // "Yamashita" and "Yao" are towns, "Cortes" a parliament: after an unknown given
        // name or a title they are surnames.
        let en = "Then Kaito Yamashita did a live demo of Japanese cane work.";
        let es = entities(en);
        assert!(
            !has(&es, EntityKind::Organisation, "Kaito Yamashita"),
            "{es:?}"
        );
        let es_text = "El astrofísico Javier Cortés, del Centro de Estudios de Física del \
                       Cosmos de Aragón, habló de la contaminación lumínica.";
        assert!(find_person(&entities(es_text), "Javier Cortés").is_some());
        let en = "Yesterday the analyst Peter Press, of the Northern Water Board, said the plan \
                  works.";
        assert!(find_person(&entities(en), "Peter Press").is_some());
        // A common word before a town names a body.
        let en = "Funding came from Infrastructure Canada and the province.";
        assert!(has(
            &entities(en),
            EntityKind::Organisation,
            "Infrastructure Canada"
        ));
    }

    #[test]
    fn surname_particles_and_a_body_in_parentheses_in_running_text() {
        let en = "- Dr Maria Theresa dela Cruz, internal audit head, Philippine General Hospital";
        assert!(find_person(&entities(en), "Maria Theresa dela Cruz").is_some());
        let es = "El concejal de Seguridad Ciudadana de Oviedo, Íñigo Ruiz de Azúa, presentó el \
                  modelo de su ciudad.";
        let found = entities(es);
        assert!(
            find_person(&found, "Íñigo Ruiz de Azúa").is_some(),
            "{found:?}"
        );
        assert!(!has(&found, EntityKind::City, "Azúa"), "{found:?}");
        let en = "Then Kaito Yamashita (Toyama Glass Studio) did a live demo of cane work.";
        assert_eq!(
            role_and_affiliation(&entities(en), "Kaito Yamashita")
                .1
                .as_deref(),
            Some("Toyama Glass Studio")
        );
    }

    #[test]
    fn landforms_and_towns_with_particles_name_no_one() {
        let en = "Singers came from Cape Breton and from the Fraser River valley.";
        let es = entities(en);
        assert!(es.iter().all(|e| e.kind != EntityKind::Person), "{es:?}");
        let pt = "A sessão da tarde decorreu em Miranda do Douro, junto à fronteira.";
        let es = entities(pt);
        assert!(es.iter().all(|e| e.kind != EntityKind::Person), "{es:?}");
    }

    #[test]
    fn an_apposed_title_with_modifiers_joined_by_and_marks_a_person() {
        // "Ruud" is in no given-name list: the apposition alone says it is a person.
        let en = "Ruud Verbeek, a bridge and lock keeper from Harderwijk, Netherlands, described \
                  how the locks are run from afar.";
        assert!(find_person(&entities(en), "Ruud Verbeek").is_some());
    }

    #[test]
    fn a_body_and_its_town_in_brackets_are_the_affiliation_before_a_relative_clause() {
        let en = "The keynote came from Dr. Tomás Herrera (Universidad de los Andes, Bogotá), \
                  who studies informal transport.";
        assert_eq!(
            affiliation_in(en, "Tomás Herrera").as_deref(),
            Some("Universidad de los Andes")
        );
        let en = "We heard Jane Smith (Harvard University, Boston), an expert on transport.";
        assert_eq!(
            affiliation_in(en, "Jane Smith").as_deref(),
            Some("Harvard University")
        );
    }

    #[test]
    fn a_mixed_case_acronym_spells_a_connector_s_initial() {
        let en = "Guests came from Transport for London (TfL). Dev Malhotra, escalator asset \
                  engineer at TfL, spoke. The European Committee of the Regions (CoR) sent a \
                  rapporteur.";
        let es = entities(en);
        assert!(
            has(&es, EntityKind::Organisation, "Transport for London"),
            "{es:?}"
        );
        assert!(!has(&es, EntityKind::Organisation, "TfL"), "{es:?}");
        assert!(!has(
            &es,
            EntityKind::Organisation,
            "Committee of the Regions"
        ));
        assert!(has(
            &es,
            EntityKind::Organisation,
            "European Committee of the Regions"
        ));
        assert_eq!(
            affiliation_in(en, "Dev Malhotra").as_deref(),
            Some("Transport for London")
        );
    }

    #[test]
    fn towns_placed_by_a_german_dateline_or_by_from_and_a_country() {
        let de = "Pontresina, 9. Oktober 2024 – Rund 180 Bergführer trafen sich am Samstag. \
                  Kolleginnen kamen aus Chamonix in Frankreich.";
        let es = entities(de);
        assert!(has(&es, EntityKind::City, "Pontresina"), "{es:?}");
        assert!(has(&es, EntityKind::City, "Chamonix"), "{es:?}");
        let en = "Colleagues came from Chamonix in France and from Zermatt, Switzerland.";
        assert!(has(&entities(en), EntityKind::City, "Chamonix"));
    }

    #[test]
    fn a_town_listed_with_towns_is_no_surname_and_romance_titles_in_two_words() {
        let en = "Forty technicians from Glasgow, Stirling, Perth and the Lothians met. Graham \
                  Stirling, senior crematorium technician at the host site, spoke.";
        let es = entities(en);
        assert!(has(&es, EntityKind::City, "Stirling"), "{es:?}");
        assert_eq!(affiliation_in(en, "Graham Stirling"), None);
        let fr = "Julien Kessler, conseiller viticole à la Chambre d'agriculture d'Alsace, a \
                  présenté trois années d'essais.";
        assert_eq!(
            role_in(fr, "Julien Kessler").as_deref(),
            Some("conseiller viticole")
        );
        let es = "Andoni Ruiz de Azua, director gerente de la Fundación Valle Salado de Añana, \
                  abrió el encuentro.";
        assert_eq!(
            role_in(es, "Andoni Ruiz de Azua").as_deref(),
            Some("director gerente")
        );
    }

    #[test]
    fn a_role_opening_the_parentheses_after_a_name_in_an_attendee_list() {
        let es = entities(
            "The cluster met in Stone on Wednesday. Present: Kasia Nowak (head brewer, Little \
             Yard Brewery); Dev Patel (owner, Moddershall Ales); Lock 28 Brewery (head brewer \
             post vacant).",
        );
        assert_eq!(
            role_and_affiliation(&es, "Kasia Nowak"),
            (
                Some("head brewer".to_string()),
                Some("Little Yard Brewery".to_string())
            )
        );
        assert_eq!(
            role_and_affiliation(&es, "Dev Patel").1.as_deref(),
            Some("Moddershall Ales")
        );
        assert!(!has(&es, EntityKind::Person, "Moddershall Ales"), "{es:?}");
        assert!(!has(&es, EntityKind::Person, "Lock 28 Brewery"), "{es:?}");
    }

    #[test]
    fn a_town_word_with_an_elided_link_and_according_to_opening_a_sentence() {
        let fr = "La réunion publique, organisée par la Ville d'Ajaccio et la Chambre de \
                  commerce, a eu lieu lundi.";
        let es = entities(fr);
        assert!(has(&es, EntityKind::City, "Ajaccio"), "{es:?}");
        assert!(!es.iter().any(|e| e.name.starts_with("Ville")), "{es:?}");
        let it = "L'assemblea si è svolta a Castelli. Secondo l'architetto Marco Testa, docente \
                  al Politecnico di Milano, il modello funziona.";
        let es = entities(it);
        assert!(!has(&es, EntityKind::Organisation, "Secondo"), "{es:?}");
        assert_eq!(role_and_affiliation(&es, "Marco Testa").1, None);
    }

    #[test]
    fn venetian_ca_and_a_group_s_possessive_before_a_capitalised_word() {
        let en = "The forum met in Dubrovnik. Aurelio Bassi, tourism economist at Ca' Foscari \
                  University of Venice, spoke. Breda Kinsella of the Kilmallock Men’s Shed \
                  spoke next.";
        let es = entities(en);
        assert_eq!(
            role_and_affiliation(&es, "Aurelio Bassi").1.as_deref(),
            Some("Ca' Foscari University of Venice")
        );
        assert_eq!(
            role_and_affiliation(&es, "Breda Kinsella").1.as_deref(),
            Some("Kilmallock Men’s Shed")
        );
        let it = "Gli studenti dell'Università Ca' Foscari di Venezia hanno aderito a Padova.";
        assert!(has(
            &entities(it),
            EntityKind::Organisation,
            "Università Ca' Foscari di Venezia"
        ));
    }

    #[test]
    fn an_action_owner_s_initials_and_a_month_before_a_body_name_no_body() {
        let es = entities(
            "The cluster met in Stone. Present: Naomi Clarke (Crown Street Brewing, chair).\n\n\
             Actions:\n- Canning line rota from November (NC).\n- Write to the WHO (WHO).\n\n\
             Next meeting: Wednesday 15 January, Little Yard Brewery.\n",
        );
        assert!(!has(&es, EntityKind::Organisation, "NC"), "{es:?}");
        assert!(!has(&es, EntityKind::Organisation, "January"), "{es:?}");
        assert!(has(&es, EntityKind::Organisation, "WHO"), "{es:?}");
        assert!(
            has(&es, EntityKind::Organisation, "Little Yard Brewery"),
            "{es:?}"
        );
        // French "premier" is the ordinal, though Dutch lists it as a role.
        let fr = "La réunion a eu lieu à Ajaccio. Une réunion à l'automne fera un premier bilan.";
        assert!(names_of(&entities(fr), EntityKind::Role).is_empty());
    }

    #[test]
    fn qualified_retired_and_trainee_titles_and_an_english_instructor() {
        let en = "The forum met in Sandwich. Mark Ellery, a chartered surveyor at Hadley & Finch, \
                  spoke. Kirsten Dalby, an accredited instructor with Mental Health First Aid \
                  Australia, ran it. Tom Galway, a retired postman, spoke last.";
        let es = entities(en);
        assert_eq!(
            role_and_affiliation(&es, "Mark Ellery"),
            (
                Some("chartered surveyor".to_string()),
                Some("Hadley & Finch".to_string())
            )
        );
        assert_eq!(
            role_and_affiliation(&es, "Kirsten Dalby").0.as_deref(),
            Some("accredited instructor")
        );
        assert_eq!(
            role_and_affiliation(&es, "Tom Galway").0.as_deref(),
            Some("retired postman")
        );
    }

    #[test]
    fn a_town_after_a_preposition_or_listed_with_its_own_is_no_surname() {
        let en = "Ian Stafford presented the figures. \"Brewing put Stone on the map,\" Stafford \
                  said. The screens at the station in Stafford will show the trail, as at \
                  Braddock's workshop. Tom Braddock agreed.";
        let es = entities(en);
        assert!(has(&es, EntityKind::City, "Stafford"), "{es:?}");
        assert!(has(&es, EntityKind::Person, "Ian Stafford"), "{es:?}");
        // The owner's possessive is the person's.
        assert!(!has(&es, EntityKind::City, "Braddock"), "{es:?}");
        let it = "La campagna di Padova è stata presentata da Luca Milano. L'età media dei \
                  donatori supera i 47 anni, come a Milano e nel Nord.";
        assert!(has(&entities(it), EntityKind::City, "Milano"));
        // "d'Amboise et de Chinon": an elided "de" places the town, and the next town of the
        // list keeps its preposition.
        let fr = "La réunion s'est tenue à Tours. L'adjointe Claire Amboise a parlé. Des \
                  représentants de bars d'Amboise et de Chinon ont demandé une extension.";
        let es = entities(fr);
        assert!(has(&es, EntityKind::City, "Amboise"), "{es:?}");
        assert!(has(&es, EntityKind::Person, "Claire Amboise"), "{es:?}");
        // A region in parentheses places a town named like a word, as after a comma.
        let it = "Il convegno si è tenuto sabato. I produttori di Bra (Piemonte) hanno parlato.";
        assert!(has(&entities(it), EntityKind::City, "Bra"));
        // A town alone in the parentheses after a person is where the person serves, in
        // every mention.
        let nl =
            "De sessie was in Ommen. Tot slot vatte wethouder Gerrit Slot (Ommen) de dag samen.";
        let es = entities(nl);
        assert!(has(&es, EntityKind::City, "Ommen"), "{es:?}");
        assert!(!has(&es, EntityKind::Organisation, "Ommen"), "{es:?}");
    }

    #[test]
    fn a_german_body_s_genitive_complement_and_its_genitive_form() {
        let de = "Lukas Pfeifhofer vom Verband der Österreichischen Berg- und Skiführer sprach \
                  über Haftung. Das Programm des Tages war lang.";
        let es = entities(de);
        assert_eq!(
            affiliation_in(de, "Lukas Pfeifhofer").as_deref(),
            Some("Verband der Österreichischen Berg- und Skiführer")
        );
        assert!(!has(&es, EntityKind::Organisation, "Programm des Tages"));
        let de = "Andreas Zurbriggen, Verbandspräsident des Schweizer Bergführerverbands, \
                  eröffnete den Tag. Der Schweizer Bergführerverband zählt 1500 Mitglieder.";
        let es = entities(de);
        assert!(!has(
            &es,
            EntityKind::Organisation,
            "Schweizer Bergführerverbands"
        ));
        assert_eq!(
            affiliation_in(de, "Andreas Zurbriggen").as_deref(),
            Some("Schweizer Bergführerverband")
        );
    }

    #[test]
    fn title_case_fields_before_a_name_and_dutch_fields_before_the_employer() {
        let en = "The day opened at nine. Station Officer Niamh Cronin said access matters. \
                  Later Watch Manager Dave Price agreed.";
        assert_eq!(
            role_in(en, "Niamh Cronin").as_deref(),
            Some("Station Officer")
        );
        assert_eq!(role_in(en, "Dave Price").as_deref(), Some("Watch Manager"));
        let nl = "Daarna ging Sanne de Groot, beleidsadviseur tweewielers bij BOVAG, in op \
                  diagnosesoftware. Ahmed El Amrani, docent werkt bij het Summa College.";
        assert_eq!(
            role_in(nl, "Sanne de Groot").as_deref(),
            Some("beleidsadviseur tweewielers")
        );
        assert_eq!(
            affiliation_in(nl, "Sanne de Groot").as_deref(),
            Some("BOVAG")
        );
        assert_ne!(
            role_in(nl, "Ahmed El Amrani").as_deref(),
            Some("docent werkt")
        );
    }

    #[test]
    fn a_body_after_a_comma_and_a_contracted_link_with_a_description() {
        let it = "La restauratrice Chiara Lombardo, del laboratorio Tessella Restauri di Ravenna, \
                  ha illustrato le prove.";
        assert_eq!(
            affiliation_in(it, "Chiara Lombardo").as_deref(),
            Some("Tessella Restauri")
        );
        let en = "The session was led by Health and Safety Authority inspector Mark Dolan.";
        assert_eq!(
            affiliation_in(en, "Mark Dolan").as_deref(),
            Some("Health and Safety Authority")
        );
    }

    #[test]
    fn german_acronyms_after_an_article_and_mixed_case_ones_name_bodies() {
        let de = "Die GIZ unterstützt das Projekt in Kenia. Anna Weber arbeitet bei der KfW in \
                  Frankfurt.";
        let es = entities(de);
        assert!(has(&es, EntityKind::Organisation, "GIZ"), "{es:?}");
        assert!(has(&es, EntityKind::Organisation, "KfW"), "{es:?}");
        assert_eq!(affiliation_in(de, "Anna Weber").as_deref(), Some("KfW"));
        let en = "Mentors came from UiT The Arctic University of Norway. Students from UiT ran \
                  drones. She holds a PhD from Leeds.";
        let es = entities(en);
        assert!(!has(&es, EntityKind::Organisation, "UiT"), "{es:?}");
        assert!(!has(&es, EntityKind::Organisation, "PhD"), "{es:?}");
    }

    #[test]
    fn people_named_by_their_group_belong_to_the_body_after_of_or_at() {
        let en = "Representatives of Rijkswaterstaat attended. Colleagues at Waternet agreed. \
                  Participants of Lisbon and Porto met.";
        let es = entities(en);
        assert!(
            has(&es, EntityKind::Organisation, "Rijkswaterstaat"),
            "{es:?}"
        );
        assert!(has(&es, EntityKind::Organisation, "Waternet"), "{es:?}");
        assert!(has(&es, EntityKind::City, "Lisbon"), "{es:?}");
        // Opening the sentence, the group's word is no part of the body's name.
        let en = "Staff of the Wellcome Trust joined the panel.";
        let es = entities(en);
        assert!(
            has(&es, EntityKind::Organisation, "Wellcome Trust"),
            "{es:?}"
        );
        assert!(!has(
            &es,
            EntityKind::Organisation,
            "Staff of the Wellcome Trust"
        ));
    }

    #[test]
    fn an_acronym_s_long_form_starts_after_a_person_s_name_and_comma() {
        let en = "Delegates by country:\n\n- Slovakia: Ľubomír Hudák, Slovak Hydrometeorological \
                  Institute (SHMÚ)\n- Austria: Anna Berger, GeoSphere Austria\n";
        let es = entities(en);
        assert!(find_person(&es, "Ľubomír Hudák").is_some(), "{es:?}");
        assert_eq!(
            affiliation_in(en, "Ľubomír Hudák").as_deref(),
            Some("Slovak Hydrometeorological Institute")
        );
    }

    #[test]
    fn a_month_or_a_numbered_ward_in_an_affiliation_slot_is_no_body() {
        let en = "The branch will pilot the app with Dr Jane Baines from June. Present: Council \
                  Member Linh Tran-Murphy (Ward 2) and others.";
        let es = entities(en);
        assert!(!has(&es, EntityKind::Organisation, "June"), "{es:?}");
        assert!(!has(&es, EntityKind::Organisation, "Ward"), "{es:?}");
    }

    #[test]
    fn a_body_s_acronym_town_and_district_number_are_one_name() {
        let it = "Il direttore generale dell'ASL Roma 1, Giuseppe Quintavalle, ha chiuso i lavori.";
        assert_eq!(
            role_and_affiliation(&entities(it), "Giuseppe Quintavalle"),
            (
                Some("direttore generale".to_string()),
                Some("ASL Roma 1".to_string())
            )
        );
    }

    #[test]
    fn speakers_in_table_cells() {
        let md = "# Speakers\n\n| Speaker | Role | Organisation |\n|---|---|---|\n\
                  | Jane Okafor | Operations Director | Thames Clippers |\n\
                  | Luis Ortega | Harbour Master | Port of Seville |\n";
        let es = entities(md);
        assert_eq!(
            role_and_affiliation(&es, "Jane Okafor"),
            (
                Some("Operations Director".to_string()),
                Some("Thames Clippers".to_string())
            )
        );
        // An HTML row's cells are joined by commas.
        let html_text = "Panel. Tom Hughes, Catering manager, Bristol City Council.";
        assert_eq!(
            role_in(html_text, "Tom Hughes").as_deref(),
            Some("Catering manager")
        );
    }

    #[test]
    fn no_person_after_the_and_speakers_list_lines_name_people() {
        let en = "Jane Francis, Director of the Antarctic Survey, closed the day.";
        let es = entities(en);
        assert!(find_person(&es, "Antarctic Survey").is_none(), "{es:?}");
        assert_eq!(
            affiliation_in(en, "Jane Francis").as_deref(),
            Some("Antarctic Survey")
        );
        let txt = "The day closed with a talk.\n\nMr. Rahul Mehta, CEO, GreenGrid Solutions, \
                   Pune\n\nDr Jane Smith\n";
        let es = entities(txt);
        assert_eq!(role_in(txt, "Rahul Mehta").as_deref(), Some("CEO"));
        assert!(find_person(&es, "Jane Smith").is_some(), "{es:?}");
    }

    #[test]
    fn a_german_town_in_the_genitive_owns_the_title_before_a_name() {
        let de = "Der Sattlertag fand in der Reithalle statt. Auch Verdens Bürgermeisterin \
                  Petra Ahlers sprach ein Grußwort und erinnerte an die Tradition der Stadt.";
        assert_eq!(
            affiliation_in(de, "Petra Ahlers").as_deref(),
            Some("Verden")
        );
        assert_eq!(
            role_in(de, "Petra Ahlers").as_deref(),
            Some("Bürgermeisterin")
        );
        // A small town (towns table) as well.
        let de = "Die Genossenschaft tagte in der Festhalle. Schottens Bürgermeisterin Sabine \
                  Kraft nannte das Geld in ihrem Grußwort einen fairen Anteil für die Stadt.";
        assert_eq!(
            affiliation_in(de, "Sabine Kraft").as_deref(),
            Some("Schotten")
        );
        // A trade's plural in "-e", its umlaut folded away, names people, not a body; a word
        // ending in "-é" is left whole.
        let es = entities(
            "Der Sattlertag fand in Verden statt. Kowalski plädierte dafür, dass Sattler, \
             Tierärzte und Physiotherapeuten gemeinsam messen. Das Reparaturcafé half.",
        );
        assert!(
            !es.iter()
                .any(|e| e.kind == EntityKind::Organisation && e.name == "Tierärzte"),
            "{es:?}"
        );
    }

    #[test]
    fn trade_houses_named_after_their_owner_are_bodies() {
        let de = "Der Sattlertag fand in Verden statt. Thomas Reinecke, Geschäftsführer der \
                  Gerberei Brüggemann aus Hof, berichtete über die Lage der Gerbung.";
        assert_eq!(
            affiliation_in(de, "Thomas Reinecke").as_deref(),
            Some("Gerberei Brüggemann")
        );
        let fr = "La rencontre a eu lieu à Grasse, dans la grande salle de la Maison Aubanel, \
                  avec des parfumeurs venus de toute la France.";
        let es = entities(fr);
        assert!(
            es.iter()
                .any(|e| e.kind == EntityKind::Organisation && e.name == "Maison Aubanel"),
            "{es:?}"
        );
    }

    #[test]
    fn a_name_on_its_own_line_takes_the_role_opening_the_next() {
        // A signature, or a speaker's card: the line break stands for the comma.
        let es = entities(
            "Thanks for reading.\n\nBest regards,\nJan de Boer\nProject coordinator, Urban Freight Network",
        );
        let jan = person(&es, "Jan de Boer");
        assert_eq!(jan.role.as_deref(), Some("Project coordinator"));
        assert_eq!(jan.affiliation.as_deref(), Some("Urban Freight Network"));
        // Not a name that ends a line inside running text.
        let es = entities(
            "The closing words came from Jan de Boer\nand the project coordinator thanked the hosts.",
        );
        assert_eq!(person(&es, "Jan de Boer").role, None);
    }

    #[test]
    fn a_name_in_capitals_is_the_entity_written_in_the_usual_case() {
        let es = entities(
            "URBAN FREIGHT NETWORK\n\nThe Urban Freight Network met in GHENT, then in Ghent. Ana Lima works at URBAN FREIGHT NETWORK.",
        );
        assert!(
            !es.iter().any(|e| e.name.chars().all(|c| !c.is_lowercase())),
            "{es:?}"
        );
        assert!(has(&es, EntityKind::City, "Ghent"), "{es:?}");
        assert_eq!(
            person(&es, "Ana Lima").affiliation.as_deref(),
            Some("Urban Freight Network")
        );
    }

    #[test]
    fn a_firm_named_by_its_trade_in_the_plural_is_a_body() {
        let es = entities(
            "Nuwan Perera, master blender at Ceylon Leaf Exports, spoke. Grace Wambui Njoroge, chief tea taster at Kilima Brokers Ltd, agreed.",
        );
        assert!(
            !has(&es, EntityKind::Person, "Ceylon Leaf Exports"),
            "{es:?}"
        );
        let nuwan = person(&es, "Nuwan Perera");
        assert_eq!(nuwan.affiliation.as_deref(), Some("Ceylon Leaf Exports"));
        let grace = person(&es, "Grace Wambui Njoroge");
        assert_eq!(grace.role.as_deref(), Some("chief tea taster"));
    }

    #[test]
    fn one_house_of_two_kinds_is_one_body() {
        let es = entities(
            "Róisín Keane, head of education at Armagh Observatory and Planetarium, opened the day. The Birmingham Museum and Art Gallery hosted it.",
        );
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Armagh Observatory and Planetarium"
            ),
            "{es:?}"
        );
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Birmingham Museum and Art Gallery"
            ),
            "{es:?}"
        );
        let es = entities("Grace Okafor of Waterford City and County Council spoke.");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Waterford City and County Council"
            ),
            "{es:?}"
        );
        // Two bodies stay two.
        let es = entities("Staff from the Science Museum and Leeds Library came.");
        assert!(
            has(&es, EntityKind::Organisation, "Leeds Library"),
            "{es:?}"
        );
    }

    #[test]
    fn a_one_word_event_of_a_body_is_the_body() {
        let es = entities(
            "Op het programma stond de jaarlijkse Scheerdersdag van Scheerdersgilde Nederland in Echt.",
        );
        assert!(
            has(&es, EntityKind::Organisation, "Scheerdersgilde Nederland"),
            "{es:?}"
        );
        assert!(
            !es.iter().any(|e| e.name.contains("Scheerdersdag")),
            "{es:?}"
        );
    }

    #[test]
    fn a_count_or_a_workshop_after_the_title_is_no_part_of_it() {
        let es = entities("Mark Jones, owner of two cafés in Leeds, spoke.");
        assert_eq!(person(&es, "Mark Jones").role.as_deref(), Some("owner"));
        let es = entities(
            "Il presidente, Franco Feltre, titolare di due gelaterie a Dortmund, ha parlato.",
        );
        assert_eq!(
            person(&es, "Franco Feltre").role.as_deref(),
            Some("titolare")
        );
        // A German workshop compound before its name is the affiliation.
        let es = entities(
            "Heike Lindau, Inhaberin der Bürstenmanufaktur Behringer in Schönau, eröffnete den Teil.",
        );
        let heike = person(&es, "Heike Lindau");
        assert_eq!(heike.role.as_deref(), Some("Inhaberin"));
        assert_eq!(
            heike.affiliation.as_deref(),
            Some("Bürstenmanufaktur Behringer")
        );
    }

    #[test]
    fn a_title_before_the_next_name_of_a_list_is_that_persons() {
        let es = entities("Speakers included Karl Ostrom, Mayor Lucy Vance and Anna Berg.");
        assert_eq!(person(&es, "Karl Ostrom").role, None);
        assert_eq!(person(&es, "Lucy Vance").role.as_deref(), Some("Mayor"));
        let es = entities("Panel: Karl Ostrom (Nordic Ports Alliance), Mayor Lucy Vance.");
        assert_eq!(person(&es, "Karl Ostrom").role, None);
    }

    #[test]
    fn a_hyphened_name_ending_in_a_body_word_is_the_affiliation() {
        for (text, body) in [
            (
                "Markus Riedle, Werkstattleiter der Emil-Kraus-Werkstätten in Breisach, sprach.",
                "Emil-Kraus-Werkstätten",
            ),
            (
                "Markus Riedle, Leiter der Ostsee-Kraus-Stiftung, sprach.",
                "Ostsee-Kraus-Stiftung",
            ),
        ] {
            let es = entities(text);
            assert!(has(&es, EntityKind::Organisation, body), "{es:?}");
            assert_eq!(
                person(&es, "Markus Riedle").affiliation.as_deref(),
                Some(body)
            );
            assert!(!es.iter().any(|e| e.name.starts_with('-')), "{es:?}");
        }
    }

    #[test]
    fn common_words_without_a_given_name_name_no_person() {
        let es = entities(
            "After lunch, Ruth Selby, who runs Selby Natural Dyes near Lewes, led a session.",
        );
        assert!(!has(&es, EntityKind::Person, "Natural Dyes"), "{es:?}");
        assert_eq!(
            person(&es, "Ruth Selby").affiliation.as_deref(),
            Some("Selby Natural Dyes")
        );
    }

    #[test]
    fn farm_firms_port_services_and_tug_masters() {
        let es = entities(
            "Senior tug master Alun Rees of Cleddau Towage ran the drills with help from \
             Mendip Farmhouse Dairy and the Port of Milford Haven.",
        );
        for body in [
            "Cleddau Towage",
            "Mendip Farmhouse Dairy",
            "Port of Milford Haven",
        ] {
            assert!(has(&es, EntityKind::Organisation, body), "{body}: {es:?}");
        }
        let alun = person(&es, "Alun Rees");
        assert_eq!(alun.role.as_deref(), Some("Senior tug master"));
        assert_eq!(alun.affiliation.as_deref(), Some("Cleddau Towage"));
    }

    #[test]
    fn a_romance_body_of_two_fields_is_one_name() {
        let es = entities(
            "La química Marta Iglesias, investigadora del Instituto de Cerámica y Vidrio del CSIC, presentó ensayos.",
        );
        assert!(has(&es, EntityKind::Organisation, "CSIC"), "{es:?}");
        assert_eq!(
            person(&es, "Marta Iglesias").affiliation.as_deref(),
            Some("Instituto de Cerámica y Vidrio")
        );
        let es = entities("Falou Ana Ruiz, diretora da Escola de Artes e Ofícios de Braga.");
        assert_eq!(
            person(&es, "Ana Ruiz").affiliation.as_deref(),
            Some("Escola de Artes e Ofícios de Braga")
        );
    }

    #[test]
    fn a_surname_named_like_a_country_and_a_firm_with_its_legal_form() {
        let es = entities(
            "Megan Ireland, operations manager for Carnegie Coffee Co.'s three cafés, argued \
             for career ladders.",
        );
        assert!(has(&es, EntityKind::Person, "Megan Ireland"), "{es:?}");
        assert!(
            has(&es, EntityKind::Organisation, "Carnegie Coffee Co."),
            "{es:?}"
        );
        assert!(!has(&es, EntityKind::Person, "Coffee Co."), "{es:?}");
    }

    #[test]
    fn a_title_after_german_von_opens_a_name() {
        for (text, name, role) in [
            (
                "Es gab Grüße von Bürgermeister Hans Maier.",
                "Hans Maier",
                "Bürgermeister",
            ),
            (
                "Gefragt war der Beitrag von Architekt Jonas Riedl aus Winterthur.",
                "Jonas Riedl",
                "Architekt",
            ),
        ] {
            assert_eq!(role_in(text, name).as_deref(), Some(role), "{text}");
        }
    }

    #[test]
    fn a_town_in_the_german_genitive_owns_a_compound_title() {
        let text = "Die Tagung war gut besucht. Am Montag eröffnete Singens Baubürgermeisterin \
                    Carola Weidmann den Tag. Sie sprach über die Zukunft der Stadt und über die \
                    neuen Pläne für das Bauen mit gebrauchten Teilen.";
        let es = entities(text);
        let p = person(&es, "Carola Weidmann");
        assert_eq!(p.role.as_deref(), Some("Baubürgermeisterin"));
        assert_eq!(p.affiliation.as_deref(), Some("Singen"));
    }

    #[test]
    fn a_dotted_legal_form_ends_a_german_role_s_complement() {
        let text = "Die Tagung war gut besucht und alle waren sich einig. Petra Kuhn, \
                    Geschäftsführerin der Bauteilbörse Bodensee e.V., schilderte das Verfahren \
                    und die Prüfung der gebrauchten Bauteile.";
        let es = entities(text);
        let p = person(&es, "Petra Kuhn");
        assert_eq!(p.role.as_deref(), Some("Geschäftsführerin"));
        assert_eq!(p.affiliation.as_deref(), Some("Bauteilbörse Bodensee e.V."));
    }

    #[test]
    fn a_dotted_country_before_a_body_s_word_opens_the_body_s_name() {
        let es = entities("Dana Whitfield of the U.S. Department of Justice spoke at noon.");
        assert!(
            has(&es, EntityKind::Organisation, "U.S. Department of Justice"),
            "{es:?}"
        );
        assert!(!has(&es, EntityKind::Country, "U.S."), "{es:?}");
        // A name after the country is no body's: "U.S. Brooks said".
        let es = entities("In the U.S. Brooks said that the plan works.");
        assert!(has(&es, EntityKind::Country, "U.S."), "{es:?}");
    }

    #[test]
    fn a_grade_adjective_after_a_romance_head_stays_in_the_role() {
        let text = "O encontro reuniu bibliotecários de todo o país para discutir o futuro dos \
                    espaços. Mariana Pinto, técnica superior da DGLAB, apresentou os primeiros \
                    resultados.";
        assert_eq!(
            role_in(text, "Mariana Pinto").as_deref(),
            Some("técnica superior")
        );
    }

    #[test]
    fn a_juxtaposed_field_keeps_its_adjective() {
        let text = "La rencontre a réuni les agences locales de l'énergie de toute la région. \
                    Sophie Laval, chargée de mission précarité énergétique à la Fondation Abbé \
                    Pierre, a présenté les chiffres.";
        let es = entities(text);
        let p = person(&es, "Sophie Laval");
        assert_eq!(
            p.role.as_deref(),
            Some("chargée de mission précarité énergétique")
        );
        assert_eq!(p.affiliation.as_deref(), Some("Fondation Abbé Pierre"));
    }

    #[test]
    fn irish_na_joins_a_body_s_name_in_english() {
        let text = "Siobhán Carey, rehabilitation ecologist with Bord na Móna, led the walk.";
        assert_eq!(
            affiliation_in(text, "Siobhán Carey").as_deref(),
            Some("Bord na Móna")
        );
    }

    #[test]
    fn a_convener_is_a_role() {
        let text = "The best line came from the forum's convener, Mairi Grant, summing up \
                    after lunch.";
        assert_eq!(role_in(text, "Mairi Grant").as_deref(), Some("convener"));
    }

    #[test]
    fn machines_named_by_feminine_agent_nouns_are_no_roles() {
        let es = entities(
            "O encontro reuniu bibliotecários de todo o país para discutir o futuro dos \
             espaços. A biblioteca abriu o laboratório em 2022 com uma impressora 3D, uma \
             cortadora a laser e duas máquinas de costura.",
        );
        assert_eq!(names_of(&es, EntityKind::Role), Vec::<&str>::new());
    }

    #[test]
    fn on_behalf_of_opens_no_name() {
        let es = entities(
            "De kennisdag trok veel mensen uit de gemeenten. Namens Recron, de vereniging van \
             recreatieondernemers, sprak regiomanager Hanneke Hulst. Zij waarschuwde voor \
             tariefverhogingen zonder overleg met de sector.",
        );
        assert!(!has(&es, EntityKind::Person, "Namens Recron"), "{es:?}");
        assert!(has(&es, EntityKind::Person, "Hanneke Hulst"), "{es:?}");
    }

    #[test]
    fn an_unlisted_given_name_before_a_city_s_name_with_a_role_is_a_person() {
        let es =
            entities("Guillem Serra, director of the Barcelona Energy Agency, opened the day.");
        assert!(has(&es, EntityKind::Person, "Guillem Serra"), "{es:?}");
        // Without a person's context, or opened by an English word, the name stays a place's.
        let es = entities("The delegation travelled on to Guillem Serra.");
        assert!(!has(&es, EntityKind::Person, "Guillem Serra"), "{es:?}");
        let es = entities("Greater Lisboa, director of nothing, was named.");
        assert!(!has(&es, EntityKind::Person, "Greater Lisboa"), "{es:?}");
    }

    #[test]
    fn schools_museums_workshops_works_and_firms_of_a_town_are_bodies() {
        for (text, body) in [
            (
                "Hij werkt bij het Nationaal Vlechtmuseum in Noordwolde.",
                "Nationaal Vlechtmuseum",
            ),
            (
                "Sie lehrt an der Glasfachschule Lauscha.",
                "Glasfachschule Lauscha",
            ),
            (
                "Il a travaillé à l'Atelier Riesener à Paris.",
                "Atelier Riesener",
            ),
            ("Oats came from Tayside Oat Works.", "Tayside Oat Works"),
            (
                "This year's Earl Whitaker Memorial Scholarship went to two apprentices.",
                "Earl Whitaker Memorial Scholarship",
            ),
            (
                "We thank Moss & Whitcombe of Flint for the tea.",
                "Moss & Whitcombe",
            ),
        ] {
            let es = entities(text);
            assert!(has(&es, EntityKind::Organisation, body), "{body}: {es:?}");
            assert!(!es.iter().any(|e| e.kind == EntityKind::Person), "{es:?}");
        }
    }

    #[test]
    fn a_named_lab_is_a_body_and_the_city_lab_an_event() {
        let es = entities("Laura Chen works at the Inclusive Tech Lab in Accra.");
        assert_eq!(
            person(&es, "Laura Chen").affiliation.as_deref(),
            Some("Inclusive Tech Lab")
        );
        let es = entities("The ICC City Lab in Porto drew 300 people.");
        assert!(!es.iter().any(|e| e.name.contains("City Lab")), "{es:?}");
    }

    #[test]
    fn a_name_in_parentheses_after_a_person_is_where_the_person_works() {
        let es = entities("Laura Chen (Urban Futures) moderated the panel.");
        assert!(!has(&es, EntityKind::Person, "Urban Futures"), "{es:?}");
        assert_eq!(
            person(&es, "Laura Chen").affiliation.as_deref(),
            Some("Urban Futures")
        );
    }

    #[test]
    fn after_at_the_body_is_whole_and_travel_is_a_portfolio() {
        for (text, name, role, body) in [
            (
                "Meera Shah, Head of Planning at Transport for London, spoke.",
                "Meera Shah",
                "Head of Planning",
                "Transport for London",
            ),
            (
                "Graham Whitlock, chief pilot at Port of Newcastle, spoke.",
                "Graham Whitlock",
                "chief pilot",
                "Port of Newcastle",
            ),
            (
                "Loved the keynote by Meera Shah (Head of Active Travel, Transport for London).",
                "Meera Shah",
                "Head of Active Travel",
                "Transport for London",
            ),
        ] {
            let (r, a) = role_and_affiliation(&entities(text), name);
            assert_eq!(
                (r.as_deref(), a.as_deref()),
                (Some(role), Some(body)),
                "{text}"
            );
        }
    }

    #[test]
    fn a_spaced_at_sign_says_where_the_role_is_held() {
        let es = entities("Ana Ortiz, urban planner @ Arup, spoke.");
        assert_eq!(
            role_and_affiliation(&es, "Ana Ortiz"),
            (Some("urban planner".to_string()), Some("Arup".to_string()))
        );
    }

    #[test]
    fn a_portfolio_ends_a_body_named_with_a_country_not_a_person() {
        let es = entities(
            "Organisée par France Mobilités, la journée a été ouverte par Christophe Ferrari.",
        );
        assert!(
            has(&es, EntityKind::Organisation, "France Mobilités"),
            "{es:?}"
        );
        // A given name that is no country keeps a surname named like a portfolio.
        let es = entities("Rosa Parks and Roger Waters met Maria Sales.");
        for name in ["Rosa Parks", "Roger Waters", "Maria Sales"] {
            assert!(has(&es, EntityKind::Person, name), "{name}: {es:?}");
        }
    }

    #[test]
    fn a_town_whose_name_opens_with_a_function_word_opens_a_sentence() {
        let es = entities("São João da Madeira, 9 de março de 2025 — Foi um dia de trabalho.");
        assert!(has(&es, EntityKind::City, "São João da Madeira"), "{es:?}");
        assert!(!es.iter().any(|e| e.kind == EntityKind::Person), "{es:?}");
    }

    #[test]
    fn a_code_of_capitals_and_digits_names_a_body_before_a_name_or_as_an_employer() {
        let es = entities(
            "Mark Watts, executive director of C40 Cities, met Maria Rossi of A2A Energia.",
        );
        assert_eq!(
            role_and_affiliation(&es, "Mark Watts"),
            (
                Some("executive director".to_string()),
                Some("C40 Cities".to_string())
            )
        );
        assert_eq!(
            person(&es, "Maria Rossi").affiliation.as_deref(),
            Some("A2A Energia")
        );
        let es = entities("Tom Berg, programme manager at C40, spoke with Jan Novak (A2A).");
        assert_eq!(person(&es, "Tom Berg").affiliation.as_deref(), Some("C40"));
        assert_eq!(person(&es, "Jan Novak").affiliation.as_deref(), Some("A2A"));
        // Alone, a code is a measure, a pollutant, a road or a call sign.
        let es = entities(
            "CO2 and NO2 fell along the M6 Toll, Dana Whitaker (KF7QRV) said. EU27 Ministers met.",
        );
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Organisation),
            "{es:?}"
        );
    }

    #[test]
    fn a_short_name_in_capitals_and_an_english_body_for_a_place() {
        for (text, body) in [
            ("Three rounds of comments came from DG REGIO.", "DG REGIO"),
            (
                "Guidance from Transport for London came up again.",
                "Transport for London",
            ),
        ] {
            let es = entities(text);
            assert!(has(&es, EntityKind::Organisation, body), "{body}: {es:?}");
        }
        // A region's word not in capitals is still a region; a portfolio for a place no body.
        let es = entities("Funds went to the Murcia Region and to the Minister for Wales.");
        assert!(
            !es.iter().any(|e| e.kind == EntityKind::Organisation),
            "{es:?}"
        );
    }

    #[test]
    fn por_joins_the_words_of_a_spanish_name() {
        let es = entities(
            "Jorge Santamaría, secretario técnico de la Red de Ciudades por la Bicicleta, abrió \
             el encuentro.",
        );
        assert_eq!(
            role_and_affiliation(&es, "Jorge Santamaría"),
            (
                Some("secretario técnico".to_string()),
                Some("Red de Ciudades por la Bicicleta".to_string())
            )
        );
    }

    #[test]
    fn a_place_named_with_and_before_its_council_is_one_body() {
        let es = entities(
            "Ruth Ayr, environment committee chair at Dumfries and Galloway Council, spoke.",
        );
        assert_eq!(
            person(&es, "Ruth Ayr").affiliation.as_deref(),
            Some("Dumfries and Galloway Council")
        );
        assert!(!es.iter().any(|e| e.kind == EntityKind::City), "{es:?}");
        // A town, then another body: two names.
        let es = entities("They have offices in Paris and Acme Corporation pays the rent.");
        assert!(has(&es, EntityKind::City, "Paris"), "{es:?}");
    }

    #[test]
    fn a_professors_title_is_the_role_when_the_text_gives_no_other() {
        let es = entities(
            "In a joint session, Professor Helen Lincoln of Nottingham Trent University \
             presented research. Dr Jane Roe chaired.",
        );
        assert_eq!(
            role_and_affiliation(&es, "Helen Lincoln"),
            (
                Some("Professor".to_string()),
                Some("Nottingham Trent University".to_string())
            )
        );
        assert_eq!(person(&es, "Jane Roe").role, None);
        let es = entities(
            "Falou depois o Professor Rui Valadas Pestana, reitor da Universidade de Évora.",
        );
        assert_eq!(
            person(&es, "Rui Valadas Pestana").role.as_deref(),
            Some("reitor")
        );
    }

    #[test]
    fn a_glued_plus_sign_names_a_programme_not_a_group() {
        let es = entities("Erasmus+ youth funding can cover travel for LGBTQ+ groups.");
        assert!(has(&es, EntityKind::Organisation, "Erasmus+"), "{es:?}");
        assert!(!es.iter().any(|e| e.name.starts_with("LGBTQ")), "{es:?}");
    }

    #[test]
    fn an_acronym_opening_a_longer_name_is_a_body_of_its_own() {
        let es = entities(
            "The meeting of the UNESCO Creative Cities Network closed. UNESCO will name the host.",
        );
        assert!(has(&es, EntityKind::Organisation, "UNESCO"), "{es:?}");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "UNESCO Creative Cities Network"
            ),
            "{es:?}"
        );
    }

    #[test]
    fn a_definite_description_of_a_body_after_its_name() {
        let es = entities(
            "Our hosts at Sile-Piave Ambiente, the public company that collects waste, showed us \
             the depot. Jane Roe, the company secretary, spoke.",
        );
        assert!(
            has(&es, EntityKind::Organisation, "Sile-Piave Ambiente"),
            "{es:?}"
        );
        assert!(has(&es, EntityKind::Person, "Jane Roe"), "{es:?}");
        assert!(
            !has(&es, EntityKind::Person, "Sile-Piave Ambiente"),
            "{es:?}"
        );
    }

    #[test]
    fn a_body_of_the_city_of_a_town_is_the_body_and_the_town() {
        let es = entities(
            "Ingrid Solberg, senior adviser at the Agency for Climate of the City of Oslo, \
             presented the results.",
        );
        assert_eq!(
            person(&es, "Ingrid Solberg").affiliation.as_deref(),
            Some("Agency for Climate")
        );
        assert!(has(&es, EntityKind::City, "Oslo"), "{es:?}");
        // A text that ends on the link.
        let es = entities("We thank the Agency of");
        assert!(!es.iter().any(|e| e.kind == EntityKind::City), "{es:?}");
    }

    #[test]
    fn a_town_in_the_country_named_with_its_article() {
        let es = entities(
            "Delegates from Iowa City in the United States and from Montevideo came. We met in \
             Lyon in the",
        );
        assert_eq!(
            linked_country(&es, "Iowa City").as_deref(),
            Some("United States")
        );
        assert_eq!(linked_country(&es, "Montevideo"), None);
        // The text ends after "in the".
        assert!(has(&es, EntityKind::City, "Lyon"), "{es:?}");
        assert_eq!(linked_country(&es, "Lyon"), None);
    }

    #[test]
    fn a_title_hyphened_to_its_field_before_a_name() {
        let es = entities(
            "Stadtteilbüro-Leiter Florian Haider aus Wels berichtete. Danach sprach \
             LBB-Vorsitzender Reinhard Söllner vom Landesverband Bürgerbus Bayern.",
        );
        assert_eq!(
            person(&es, "Florian Haider").role.as_deref(),
            Some("Stadtteilbüro-Leiter")
        );
        assert!(has(&es, EntityKind::Person, "Reinhard Söllner"), "{es:?}");
        assert!(
            !has(&es, EntityKind::Role, "LBB-Vorsitzender Reinhard"),
            "{es:?}"
        );
    }

    #[test]
    fn a_portfolio_holder_s_portfolio_runs_to_the_end_of_its_capitals() {
        let es = entities(
            "Councillor Rhian Pugh, Cabinet Member for Sustainable Places, spoke. Cllr Anita \
             Mistry, Cabinet Member for Children and Young People, Bury Council, agreed. \
             Minister for Local Transport Olumide Bankole closed. Tom Hale, Director of \
             Economy, listened.",
        );
        let p = person(&es, "Rhian Pugh");
        assert_eq!(
            p.role.as_deref(),
            Some("Cabinet Member for Sustainable Places")
        );
        assert_eq!(p.affiliation, None);
        let p = person(&es, "Anita Mistry");
        assert_eq!(
            p.role.as_deref(),
            Some("Cabinet Member for Children and Young People")
        );
        assert_eq!(p.affiliation.as_deref(), Some("Bury Council"));
        assert_eq!(
            person(&es, "Olumide Bankole").role.as_deref(),
            Some("Minister for Local Transport")
        );
        // A portfolio that a small American town is also named after is no place or body.
        assert_eq!(
            person(&es, "Tom Hale").role.as_deref(),
            Some("Director of Economy")
        );
        for name in ["Economy", "Sustainable Places", "Young People"] {
            assert!(!has(&es, EntityKind::Organisation, name), "{es:?}");
        }
        // Other heads still need a field's word at the end: the body is the affiliation.
        let es = entities("Ana Pinto, Director for Regional Growth at Region Skåne, spoke.");
        assert!(has(&es, EntityKind::Organisation, "Region Skåne"), "{es:?}");
    }

    #[test]
    fn a_body_s_acronym_before_a_title_case_title_after_the_name() {
        let es = entities(
            "Apologies were received from Mark Dobson, DWP Partnership Manager. Jo Reid, NHS \
             Programme Director, spoke. Sam Cole, HR Director, listened.",
        );
        let p = person(&es, "Mark Dobson");
        assert_eq!(p.role.as_deref(), Some("Partnership Manager"));
        assert_eq!(p.affiliation.as_deref(), Some("DWP"));
        assert_eq!(person(&es, "Jo Reid").affiliation.as_deref(), Some("NHS"));
        assert!(
            !has(&es, EntityKind::Organisation, "DWP Partnership Manager"),
            "{es:?}"
        );
        // A field's acronym is part of the title.
        let p = person(&es, "Sam Cole");
        assert_eq!(p.role.as_deref(), Some("HR Director"));
        assert_eq!(p.affiliation, None);
    }

    #[test]
    fn the_job_in_parentheses_after_a_councillor_s_seat_and_a_title_s_field() {
        let es = entities(
            "**Apologies:** Cllr Susan Rowntree (Cabinet Member for Economy).\n\n\
             - Dr. Samuel Okoro – Assistant Principal (Technical Education), Darlington College\n\
             - Ana Pinto (Programme Officer, Eurocities)\n",
        );
        assert_eq!(
            person(&es, "Susan Rowntree").role.as_deref(),
            Some("Cabinet Member for Economy")
        );
        let p = person(&es, "Samuel Okoro");
        assert_eq!(
            p.role.as_deref(),
            Some("Assistant Principal (Technical Education)")
        );
        assert_eq!(p.affiliation.as_deref(), Some("Darlington College"));
        assert!(
            !has(&es, EntityKind::Organisation, "Technical Education"),
            "{es:?}"
        );
        // A body in the parentheses stays the affiliation.
        assert_eq!(
            person(&es, "Ana Pinto").affiliation.as_deref(),
            Some("Eurocities")
        );
    }

    #[test]
    fn minutes_attendance_lists_under_labels_and_headings_in_capitals() {
        let es = entities(
            "MINUTES\n\nPRESENT\n\
             Cllr Judith Hartley (Chair) - Portfolio Holder for Economic Growth, Fenland \
             District Council\n\
             Aisha Begum - Project Officer, Historic England\n\
             Councillors: Maryam Siddiqui (Chair), Tom Birch, Julia Henshaw\n\
             Officers: Laura Fenwick (Climate Resilience Manager), Colin Ashdown (Head of Parks \
             and Open Spaces)\n\nACTIONS\n\n- Officers to cost the grants scheme.\n",
        );
        let p = person(&es, "Judith Hartley");
        assert_eq!(
            p.role.as_deref(),
            Some("Portfolio Holder for Economic Growth")
        );
        assert_eq!(p.affiliation.as_deref(), Some("Fenland District Council"));
        let p = person(&es, "Aisha Begum");
        assert_eq!(p.role.as_deref(), Some("Project Officer"));
        assert_eq!(p.affiliation.as_deref(), Some("Historic England"));
        assert!(find_person(&es, "Historic England").is_none(), "{es:?}");
        assert_eq!(
            person(&es, "Maryam Siddiqui").role.as_deref(),
            Some("Chair")
        );
        // The next line's label is no apposition of the name before it.
        assert_ne!(person(&es, "Tom Birch").role.as_deref(), Some("Officers"));
        assert_eq!(
            person(&es, "Laura Fenwick").role.as_deref(),
            Some("Climate Resilience Manager")
        );
        assert_eq!(
            person(&es, "Colin Ashdown").role.as_deref(),
            Some("Head of Parks and Open Spaces")
        );
        for name in ["MINUTES", "PRESENT", "ACTIONS"] {
            assert!(!has(&es, EntityKind::Organisation, name), "{es:?}");
        }
        // A firm's name before a field's word is still the firm's.
        let es = entities("Marie Uwimana, CTO of Imena Health, spoke.");
        assert!(has(&es, EntityKind::Organisation, "Imena Health"), "{es:?}");
    }

    #[test]
    fn a_municipality_s_word_in_portuguese_and_french_names_the_town() {
        let es = entities(
            "Julie Renard, de la Commune de Pepinster, et Fernando Ribeiro, vereador do \
             Município de Viseu, ont parlé.",
        );
        assert_eq!(
            person(&es, "Julie Renard").affiliation.as_deref(),
            Some("Pepinster")
        );
        assert_eq!(
            person(&es, "Fernando Ribeiro").affiliation.as_deref(),
            Some("Viseu")
        );
        assert!(
            !has(&es, EntityKind::Organisation, "Município de Viseu"),
            "{es:?}"
        );
    }

    #[test]
    fn portuguese_fire_brigades_hyphened_towns_and_a_town_folded_like_a_country() {
        let es = entities(
            "A vereadora da Proteção Civil de Oleiros, Sofia Pinheiro, e Miguel Antunes, \
             comandante dos Bombeiros Voluntários de Proença-a-Nova, falaram em Mação. A Santa \
             Casa da Misericórdia de Tondela também.",
        );
        let p = person(&es, "Sofia Pinheiro");
        assert_eq!(p.role.as_deref(), Some("vereadora da Proteção Civil"));
        assert_eq!(
            person(&es, "Miguel Antunes").affiliation.as_deref(),
            Some("Bombeiros Voluntários de Proença-a-Nova")
        );
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Santa Casa da Misericórdia de Tondela"
            ),
            "{es:?}"
        );
        // "Mação" folds to "Macao", but Macau is never written so.
        assert!(!has(&es, EntityKind::Country, "Mação"), "{es:?}");
        let es = entities("O Perú, a Suíça e o México enviaram delegados.");
        for c in ["Perú", "Suíça", "México"] {
            assert!(has(&es, EntityKind::Country, c), "{es:?}");
        }
    }

    #[test]
    fn a_date_before_the_subject_units_and_a_two_word_region_before_a_board() {
        let es = entities(
            "Last Tuesday the North East Social Enterprise Partnership hosted a roundtable. \
             Ravinder Gill, head of procurement at North East and North Cumbria Integrated Care \
             Board, spoke about the 2 MW battery, free SIM cards and pupils without five GCSE \
             passes.",
        );
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "North East Social Enterprise Partnership"
            ),
            "{es:?}"
        );
        assert_eq!(
            person(&es, "Ravinder Gill").affiliation.as_deref(),
            Some("North East and North Cumbria Integrated Care Board")
        );
        for name in ["MW", "SIM", "GCSE"] {
            assert!(!has(&es, EntityKind::Organisation, name), "{es:?}");
        }
        // One place and a council's name, as before.
        let es = entities("Staff from Dumfries and Galloway Council came.");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "Dumfries and Galloway Council"
            ),
            "{es:?}"
        );
    }

    #[test]
    fn two_fields_joined_before_a_title_and_belgian_legal_forms_in_lower_case() {
        let es = entities(
            "Jas Bains, libraries and culture manager at Reading Borough Council, opened the \
             day. Ingrid Aalto, weaver and teacher, listened.",
        );
        let p = person(&es, "Jas Bains");
        assert_eq!(p.role.as_deref(), Some("libraries and culture manager"));
        assert_eq!(p.affiliation.as_deref(), Some("Reading Borough Council"));
        // Two roles joined stay two.
        assert_ne!(
            person(&es, "Ingrid Aalto").role.as_deref(),
            Some("weaver and teacher")
        );
        let es = entities("Lotte Peeters, coördinator bij Buurtplekken vzw, sprak in Gent.");
        assert_eq!(
            person(&es, "Lotte Peeters").affiliation.as_deref(),
            Some("Buurtplekken vzw")
        );
    }

    #[test]
    fn a_group_in_a_role_comes_from_a_body() {
        let es = entities(
            "Throughout the day, work coaches from Jobcentre Plus ran a drop-in for young people.",
        );
        assert!(find_person(&es, "Jobcentre Plus").is_none(), "{es:?}");
        assert!(
            has(&es, EntityKind::Organisation, "Jobcentre Plus"),
            "{es:?}"
        );
    }

    #[test]
    fn a_danish_municipality_and_guides_and_compendiums() {
        let es = entities("Lars Kjaer of Aarhus Kommune presented the Good Practice Compendium.");
        assert_eq!(
            person(&es, "Lars Kjaer").affiliation.as_deref(),
            Some("Aarhus")
        );
        assert!(has(&es, EntityKind::City, "Aarhus"), "{es:?}");
        for name in ["Aarhus Kommune", "Good Practice Compendium"] {
            assert!(!has(&es, EntityKind::Organisation, name), "{es:?}");
        }
    }

    #[test]
    fn a_name_cut_with_an_apostrophe_is_a_brand_s() {
        let es = entities(
            "Nadia Benali, conseillère France Rénov' à Vendôme, a décrit l'arrivée des ménages.",
        );
        assert!(find_person(&es, "France Rénov").is_none(), "{es:?}");
        assert!(find_person(&es, "Nadia Benali").is_some(), "{es:?}");
        // An English possessive after -s still ends a person's name (named once only, so
        // that this mention is the one that must make the person).
        let es = entities("Thanks to Chris Evans' team, the day ran well.");
        assert!(find_person(&es, "Chris Evans").is_some(), "{es:?}");
    }

    fn entities_as(text: &str, lang: crate::segment::Lang) -> Vec<Entity> {
        let doc = Document::from_text("t".into(), "t".into(), TextFormat::Text, text);
        let seg = segment(&doc, Some(lang));
        recognise(&doc, &seg, crate::lexicon::builtin())
    }

    #[test]
    fn initials_before_a_surname_name_people_in_minutes() {
        let es = entities_as(
            "Minutes of the steering group\n\nPresent: J. Smith (chair), K. Patel, M. O'Brien \
             (Leeds City Council).\n\nThe group met in Zwolle. Photo: P. de Vries.\n",
            crate::segment::Lang::En,
        );
        for name in ["J. Smith", "K. Patel", "M. O'Brien", "P. de Vries"] {
            assert!(has(&es, EntityKind::Person, name), "{name}: {es:?}");
        }
        assert!(!has(&es, EntityKind::City, "Vries"), "{es:?}");
        let es = entities_as(
            "Aanwezig: J. de Boer (voorzitter), M. van der Linden, S. Jansen.\n",
            crate::segment::Lang::Nl,
        );
        for name in ["J. de Boer", "M. van der Linden", "S. Jansen"] {
            assert!(has(&es, EntityKind::Person, name), "{name}: {es:?}");
        }
        assert!(!has(&es, EntityKind::City, "Linden"), "{es:?}");
    }

    #[test]
    fn initials_name_no_one_before_a_common_or_function_word_or_as_monsieur() {
        let es = entities(
            "The report has three parts.\n\nA. Introduction\n\nRain pushed the water from class \
             A to class B. Her advice was to keep records.\n",
        );
        assert!(names_of(&es, EntityKind::Person).is_empty(), "{es:?}");
        // French "M." is Monsieur.
        let es = entities_as(
            "M. Dupont a ouvert la séance à Lyon.",
            crate::segment::Lang::Fr,
        );
        assert!(!has(&es, EntityKind::Person, "M. Dupont"), "{es:?}");
    }

    #[test]
    fn an_initial_and_a_surname_name_the_person_named_in_full() {
        let es = entities(
            "Ravi Chauhan, deputy harbour master, spoke first.\n\nActions:\n\n\
             - Draft a guide for visiting skippers (R. Chauhan).\n",
        );
        assert_eq!(
            names_of(&es, EntityKind::Person),
            ["Ravi Chauhan"],
            "{es:?}"
        );
    }

    #[test]
    fn a_community_s_name_saints_and_places_of_a_body_in_england() {
        let es = entities(
            "Siobhán Moloney, outreach coordinator with Cork Simon Community in Mallow, said it. \
             Trevor Pike from Stoke St Gregory spoke. Staff from South Tyneside and Sunderland \
             NHS Foundation Trust attended.",
        );
        assert!(!has(&es, EntityKind::Person, "Simon Community"), "{es:?}");
        assert!(!has(&es, EntityKind::Person, "St Gregory"), "{es:?}");
        assert!(
            has(
                &es,
                EntityKind::Organisation,
                "South Tyneside and Sunderland NHS Foundation Trust"
            ),
            "{es:?}"
        );
        assert_eq!(
            affiliation_in(
                "Dr. Kristiina Tamm, a researcher from the University of Tartu in Estonia, spoke.",
                "Kristiina Tamm"
            )
            .as_deref(),
            Some("University of Tartu")
        );
    }

    #[test]
    fn an_adverb_of_time_opening_a_romance_sentence_is_no_name() {
        let es = entities_as(
            "Abrió la concejala de Movilidad. Después Álvaro Pernía, jefe del servicio, presentó \
             la propuesta.",
            crate::segment::Lang::Es,
        );
        assert!(has(&es, EntityKind::Person, "Álvaro Pernía"), "{es:?}");
        assert!(
            !has_containing(&es, EntityKind::Person, "Después"),
            "{es:?}"
        );
    }

    #[test]
    fn names_listed_after_a_label_on_a_heading_like_line_are_people() {
        let text = "MINUTES\n\nApologies: Peter Gough, Sue Lang, Harriet Oduya\n\n1. Welcome\n\
                    The Chair welcomed members.\n\nPanel: Mark Twain Lessons\n\nMore text.\n";
        let es = entities_as(text, crate::segment::Lang::En);
        for name in ["Peter Gough", "Sue Lang", "Harriet Oduya"] {
            assert!(has(&es, EntityKind::Person, name), "{name}: {es:?}");
        }
        // A heading's one title after a label is no list.
        assert!(!has_containing(&es, EntityKind::Person, "Twain"), "{es:?}");
    }

    #[test]
    fn a_german_town_hall_word_before_a_town_with_a_particle() {
        let es = entities_as(
            "Sabine Wohlfahrt, Klimaschutzmanagerin der Stadt Marbach am Neckar, sprach.",
            crate::segment::Lang::De,
        );
        assert!(has(&es, EntityKind::City, "Marbach am Neckar"), "{es:?}");
        assert!(!has(&es, EntityKind::City, "Marbach"), "{es:?}");
    }

    #[test]
    fn a_post_s_signature_line_names_its_writer() {
        let es = entities_as(
            "Title\n\nYesterday I was at the session.\n\nJane Miller | Mobility consultant at \
             Transit Engineering\n",
            crate::segment::Lang::En,
        );
        assert_eq!(
            find_person(&es, "Jane Miller").and_then(|p| p.role.as_deref()),
            Some("Mobility consultant"),
            "{es:?}"
        );
    }
}
