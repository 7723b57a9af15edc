//! Rules that bring inflected names back to the nominative: place names after a
//! preposition, surnames after a first name, and the words of an organization's name.
//! They guess; callers prefer a candidate the document itself confirms.

use super::names::{Case, Gender};

/// Locative/genitive endings of place names and their nominative replacements, most
/// specific first. Several may apply; all candidates are returned in this order.
const PLACE_RULES: &[(&str, &str)] = &[
    ("owicach", "owice"),
    ("icach", "ice"),
    ("ycach", "yce"),
    ("niach", "nie"),
    ("kach", "ki"),
    ("gach", "gi"),
    ("cach", "ce"),
    ("owej", "owa"),
    ("skiej", "ska"),
    ("ckiej", "cka"),
    ("dzkiej", "dzka"),
    ("nej", "na"),
    // Adjectival neuter villages: "w Zakopanem" → Zakopane.
    ("nem", "ne"),
    ("ii", "ia"),
    ("ach", "y"),
    ("owie", "ów"),
    ("śle", "sło"),
    ("źle", "zło"),
    ("śnie", "sno"),
    ("źnie", "zno"),
    ("ście", "sto"),
    ("icy", "ica"),
    ("ycy", "yca"),
    ("owcu", "owiec"),
    ("ńcu", "niec"),
    ("cu", "ec"),
    ("sku", "sk"),
    ("cku", "ck"),
    ("odzie", "ód"),
    ("dzie", "d"),
    ("rze", "ra"),
    ("dze", "ga"),
    ("sce", "ska"),
    ("ce", "ka"),
    ("ni", "nia"),
    ("li", "la"),
    ("szy", "sza"),
    ("czy", "cza"),
    ("rzy", "rza"),
    ("żu", "ż"),
    ("szu", "sz"),
    ("czu", "cz"),
    ("ku", "k"),
    ("gu", "g"),
    ("mie", "m"),
    ("nie", "n"),
    ("wie", "wa"),
    ("pie", "pa"),
    ("bie", "ba"),
    ("cie", "t"),
    ("le", "ł"),
    ("ie", ""),
    ("u", ""),
    ("y", "a"),
];

/// Genitive endings ("z Krakowa", "do Jasła", "z Katowic"), most specific first.
const PLACE_GENITIVE_RULES: &[(&str, &str)] = &[
    // Adjectival village names: "z Pagorowej" → Pagorowa, "z Woli Dębowieckiej".
    ("owej", "owa"),
    ("skiej", "ska"),
    ("ckiej", "cka"),
    ("dzkiej", "dzka"),
    ("nej", "na"),
    ("owic", "owice"),
    ("ia", "ie"),
    ("owa", "ów"),
    ("sła", "sło"),
    ("zła", "zło"),
    ("sna", "sno"),
    ("zna", "zno"),
    ("icy", "ica"),
    ("ycy", "yca"),
    ("ic", "ice"),
    ("yc", "yce"),
    ("wca", "wiec"),
    ("ńca", "niec"),
    ("ni", "nie"),
    ("ki", "ka"),
    ("gi", "ga"),
    ("y", "a"),
    ("i", "a"),
    ("ka", "k"),
    ("ga", "g"),
    ("a", ""),
    // Adjectival neuter villages: "z Wirchnego" → Wirchne, "z Zakopanego" → Zakopane.
    ("nego", "ne"),
];

/// The case a preposition gives the place name after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceCase {
    Locative,
    Genitive,
    Nominative,
}

/// Nominative candidates for a place form seen after "w", "z", "do"..., best guess first.
/// The form itself is always among them (many names do not inflect, or were nominative).
pub fn place_candidates(form: &str, case: PlaceCase) -> Vec<String> {
    let rules = match case {
        PlaceCase::Locative => PLACE_RULES,
        PlaceCase::Genitive => PLACE_GENITIVE_RULES,
        PlaceCase::Nominative => &[],
    };
    let mut out = Vec::new();
    for (suffix, repl) in rules {
        if let Some(stem) = form.strip_suffix(suffix) {
            if stem.chars().count() >= 2 {
                out.push(format!("{stem}{repl}"));
            }
        }
    }
    out.push(form.to_string());
    out.dedup();
    out
}

/// The -e locative with its consonant change: Warszaw-a → Warszawie, Polsk-a → Polsce,
/// Barbar-a → Barbarze, Ann-a → Annie. Longer endings are tried first.
pub fn soft_locative(stem: &str) -> String {
    #[rustfmt::skip]
    const CHANGES: &[(&str, &str)] = &[
        ("sk", "sce"), ("ck", "cce"), ("st", "ście"), ("sn", "śnie"), ("zn", "źnie"),
        ("k", "ce"), ("g", "dze"), ("r", "rze"), ("ł", "le"), ("t", "cie"), ("d", "dzie"),
    ];
    for (hard, soft) in CHANGES {
        if let Some(base) = stem.strip_suffix(hard) {
            return format!("{base}{soft}");
        }
    }
    format!("{stem}ie")
}

/// Nominative of a surname that agrees in case with the first name before it.
pub fn surname_nominative(form: &str, gender: Gender, case: Case) -> String {
    if case == Case::Nominative {
        return form.to_string();
    }
    // A man's locative in -u after a velar or a soft consonant: "o Henryku Głogowczyku",
    // "Janie Nowaku", "Henryku Sienkiewiczu".
    if gender == Gender::Male && case == Case::Locative {
        const LOCATIVES: &[&str] = &["ku", "gu", "chu", "czu", "szu", "rzu", "żu", "lu", "ju"];
        let stem = form
            .strip_suffix('u')
            .filter(|stem| stem.chars().count() >= 3);
        if let Some(stem) = stem.filter(|_| LOCATIVES.iter().any(|e| form.ends_with(e))) {
            return stem.to_string();
        }
    }
    let rules: &[(&str, &str)] = match gender {
        Gender::Female => &[
            ("skiej", "ska"),
            ("ckiej", "cka"),
            ("dzkiej", "dzka"),
            ("ską", "ska"),
            ("cką", "cka"),
            ("dzką", "dzka"),
            ("iej", "a"),
            // Adjectival ones and epithets beyond -ska: "Jadwigi Królowej", "Marii Cichej".
            ("ej", "a"),
            ("rze", "ra"),
            ("dze", "ga"),
            // The dative and locative of other surnames in -a: "Annie Sowie" → Sowa,
            // "Ewie Wronie" → Wrona, "Marii Kozie" → Koza, "Zofii Musze" → Mucha.
            ("dzie", "da"),
            ("wie", "wa"),
            ("bie", "ba"),
            ("pie", "pa"),
            ("mie", "ma"),
            ("nie", "na"),
            ("sie", "sa"),
            ("zie", "za"),
            ("cie", "ta"),
            ("sze", "cha"),
            ("ce", "ka"),
            ("le", "ła"),
            ("ą", "a"),
            ("ę", "a"),
            ("y", "a"),
        ],
        Gender::Male => &[
            ("skiego", "ski"),
            ("ckiego", "cki"),
            ("dzkiego", "dzki"),
            ("skiemu", "ski"),
            ("ckiemu", "cki"),
            ("skim", "ski"),
            ("ckim", "cki"),
            ("dzkim", "dzki"),
            // Other adjectival surnames and epithets: "Kazimierza Wielkiego", "Jana Cichego".
            ("iego", "i"),
            ("ego", "y"),
            ("iemu", "i"),
            ("emu", "y"),
            // Their instrumental and locative, and a foreign name's in -i ("Dantem Alighierim").
            ("ym", "y"),
            ("im", "i"),
            ("owi", ""),
            ("kiem", "k"),
            ("giem", "g"),
            ("em", ""),
            ("a", ""),
            // Men's surnames in -a: "z Janem Zagłobą", "Jana Zagłobę" ("Zagłoby" is left to
            // the lexicon: "Richarda Ashby" is no Ashba).
            ("ą", "a"),
            ("ę", "a"),
        ],
    };
    for (suffix, repl) in rules {
        if let Some(stem) = form.strip_suffix(suffix) {
            if stem.chars().count() >= 2 {
                return format!("{stem}{repl}");
            }
        }
    }
    // Consonant-final women's surnames (Tomczak, Jędrysiak) do not inflect.
    form.to_string()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NounGender {
    Feminine,
    Masculine,
    Neuter,
}

/// Head nouns of organization names: nominative, gender, and the inflected forms.
pub const ORG_HEADS: &[(&str, NounGender, &[&str])] = &[
    (
        "Biblioteka",
        NounGender::Feminine,
        &["Biblioteki", "Bibliotece", "Bibliotekę", "Biblioteką"],
    ),
    ("Filia", NounGender::Feminine, &["Filii", "Filię", "Filią"]),
    // Shops and firms that sponsor library events: "Cukiernia Sowa", "Księgarni Wiedza".
    (
        "Księgarnia",
        NounGender::Feminine,
        &["Księgarni", "Księgarnię", "Księgarnią"],
    ),
    (
        "Drukarnia",
        NounGender::Feminine,
        &["Drukarni", "Drukarnię", "Drukarnią"],
    ),
    (
        "Oficyna",
        NounGender::Feminine,
        &["Oficyny", "Oficynie", "Oficynę", "Oficyną"],
    ),
    (
        "Hurtownia",
        NounGender::Feminine,
        &["Hurtowni", "Hurtownię", "Hurtownią"],
    ),
    (
        "Piekarnia",
        NounGender::Feminine,
        &["Piekarni", "Piekarnię", "Piekarnią"],
    ),
    (
        "Kwiaciarnia",
        NounGender::Feminine,
        &["Kwiaciarni", "Kwiaciarnię", "Kwiaciarnią"],
    ),
    (
        "Cukiernia",
        NounGender::Feminine,
        &["Cukierni", "Cukiernię", "Cukiernią"],
    ),
    (
        "Uzdrowisko",
        NounGender::Neuter,
        &["Uzdrowiska", "Uzdrowisku", "Uzdrowiskiem"],
    ),
    (
        "Fundacja",
        NounGender::Feminine,
        &["Fundacji", "Fundację", "Fundacją"],
    ),
    (
        "Szkoła",
        NounGender::Feminine,
        &["Szkoły", "Szkole", "Szkołę", "Szkołą"],
    ),
    (
        "Rada",
        NounGender::Feminine,
        &["Rady", "Radzie", "Radę", "Radą"],
    ),
    ("Straż", NounGender::Feminine, &["Straży", "Strażą"]),
    (
        "Spółdzielnia",
        NounGender::Feminine,
        &["Spółdzielni", "Spółdzielnię", "Spółdzielnią"],
    ),
    (
        "Parafia",
        NounGender::Feminine,
        &["Parafii", "Parafię", "Parafią"],
    ),
    (
        "Świetlica",
        NounGender::Feminine,
        &["Świetlicy", "Świetlicę", "Świetlicą"],
    ),
    (
        "Akademia",
        NounGender::Feminine,
        &["Akademii", "Akademię", "Akademią"],
    ),
    (
        "Izba",
        NounGender::Feminine,
        &["Izby", "Izbie", "Izbę", "Izbą"],
    ),
    // "Lokalna Grupa Działania „Beskid Gorlicki”" (LGD), "Grupa Azoty".
    (
        "Grupa",
        NounGender::Feminine,
        &["Grupy", "Grupie", "Grupę", "Grupą"],
    ),
    (
        "Galeria",
        NounGender::Feminine,
        &["Galerii", "Galerię", "Galerią"],
    ),
    (
        "Stowarzyszenie",
        NounGender::Neuter,
        &["Stowarzyszenia", "Stowarzyszeniu", "Stowarzyszeniem"],
    ),
    (
        "Towarzystwo",
        NounGender::Neuter,
        &["Towarzystwa", "Towarzystwu", "Towarzystwem", "Towarzystwie"],
    ),
    (
        "Koło",
        NounGender::Neuter,
        &["Koła", "Kołu", "Kołem", "Kole"],
    ),
    ("Centrum", NounGender::Neuter, &[]),
    ("Muzeum", NounGender::Neuter, &[]),
    ("Gimnazjum", NounGender::Neuter, &[]),
    ("Liceum", NounGender::Neuter, &[]),
    (
        "Przedszkole",
        NounGender::Neuter,
        &["Przedszkola", "Przedszkolu", "Przedszkolem"],
    ),
    (
        "Starostwo",
        NounGender::Neuter,
        &["Starostwa", "Starostwu", "Starostwem", "Starostwie"],
    ),
    (
        "Ministerstwo",
        NounGender::Neuter,
        &[
            "Ministerstwa",
            "Ministerstwu",
            "Ministerstwem",
            "Ministerstwie",
        ],
    ),
    (
        "Urząd",
        NounGender::Masculine,
        &["Urzędu", "Urzędowi", "Urzędem", "Urzędzie"],
    ),
    (
        "Ośrodek",
        NounGender::Masculine,
        &["Ośrodka", "Ośrodkowi", "Ośrodkiem", "Ośrodku"],
    ),
    ("Dom", NounGender::Masculine, &["Domu", "Domowi", "Domem"]),
    // "Punkt Biblioteczny w Trzcinicy": the smallest outlet of a library network.
    (
        "Punkt",
        NounGender::Masculine,
        &["Punktu", "Punktowi", "Punktem", "Punkcie"],
    ),
    (
        "Zespół",
        NounGender::Masculine,
        &["Zespołu", "Zespołowi", "Zespołem", "Zespole"],
    ),
    (
        "Klub",
        NounGender::Masculine,
        &["Klubu", "Klubowi", "Klubem", "Klubie"],
    ),
    (
        "Instytut",
        NounGender::Masculine,
        &["Instytutu", "Instytutowi", "Instytutem", "Instytucie"],
    ),
    (
        "Organizacja",
        NounGender::Feminine,
        &["Organizacji", "Organizację", "Organizacją"],
    ),
    (
        "Rzecznik",
        NounGender::Masculine,
        &["Rzecznika", "Rzecznikowi", "Rzecznikiem", "Rzeczniku"],
    ),
    (
        "Konwent",
        NounGender::Masculine,
        &["Konwentu", "Konwentowi", "Konwentem", "Konwencie"],
    ),
    (
        "Związek",
        NounGender::Masculine,
        &["Związku", "Związkowi", "Związkiem"],
    ),
    (
        "Uniwersytet",
        NounGender::Masculine,
        &[
            "Uniwersytetu",
            "Uniwersytetowi",
            "Uniwersytetem",
            "Uniwersytecie",
        ],
    ),
    (
        "Zakład",
        NounGender::Masculine,
        &["Zakładu", "Zakładowi", "Zakładem", "Zakładzie"],
    ),
    (
        "Teatr",
        NounGender::Masculine,
        &["Teatru", "Teatrowi", "Teatrem", "Teatrze"],
    ),
    (
        "Bank",
        NounGender::Masculine,
        &["Banku", "Bankowi", "Bankiem"],
    ),
    (
        "Komisja",
        NounGender::Feminine,
        &["Komisji", "Komisję", "Komisją"],
    ),
    (
        "Partia",
        NounGender::Feminine,
        &["Partii", "Partię", "Partią"],
    ),
    (
        "Agencja",
        NounGender::Feminine,
        &["Agencji", "Agencję", "Agencją"],
    ),
    (
        "Spółka",
        NounGender::Feminine,
        &["Spółki", "Spółce", "Spółkę", "Spółką"],
    ),
    (
        "Prokuratura",
        NounGender::Feminine,
        &["Prokuratury", "Prokuraturze", "Prokuraturę", "Prokuraturą"],
    ),
    (
        "Komenda",
        NounGender::Feminine,
        &["Komendy", "Komendzie", "Komendę", "Komendą"],
    ),
    (
        "Kancelaria",
        NounGender::Feminine,
        &["Kancelarii", "Kancelarię", "Kancelarią"],
    ),
    (
        "Inspekcja",
        NounGender::Feminine,
        &["Inspekcji", "Inspekcję", "Inspekcją"],
    ),
    (
        "Telewizja",
        NounGender::Feminine,
        &["Telewizji", "Telewizję", "Telewizją"],
    ),
    ("Unia", NounGender::Feminine, &["Unii", "Unię", "Unią"]),
    (
        "Policja",
        NounGender::Feminine,
        &["Policji", "Policję", "Policją"],
    ),
    (
        "Komitet",
        NounGender::Masculine,
        &["Komitetu", "Komitetowi", "Komitetem", "Komitecie"],
    ),
    (
        "Trybunał",
        NounGender::Masculine,
        &["Trybunału", "Trybunałowi", "Trybunałem", "Trybunale"],
    ),
    (
        "Sąd",
        NounGender::Masculine,
        &["Sądu", "Sądowi", "Sądem", "Sądzie"],
    ),
    (
        "Wydział",
        NounGender::Masculine,
        &["Wydziału", "Wydziałowi", "Wydziałem", "Wydziale"],
    ),
    (
        "Kościół",
        NounGender::Masculine,
        &["Kościoła", "Kościołowi", "Kościołem", "Kościele"],
    ),
    ("Radio", NounGender::Neuter, &["Radia", "Radiu", "Radiem"]),
    // Newspapers are bodies too ("Gazety Krakowskiej", "Kurier Poranny"); each needs a
    // capitalised word after it to name one.
    (
        "Gazeta",
        NounGender::Feminine,
        &["Gazety", "Gazecie", "Gazetę", "Gazetą"],
    ),
    (
        "Tygodnik",
        NounGender::Masculine,
        &["Tygodnika", "Tygodnikowi", "Tygodnikiem", "Tygodniku"],
    ),
    (
        "Kurier",
        NounGender::Masculine,
        &["Kuriera", "Kurierowi", "Kurierem", "Kurierze"],
    ),
    // "Wodne Ochotnicze Pogotowie Ratunkowe", "Pogotowia Ratunkowego w Krośnie".
    (
        "Pogotowie",
        NounGender::Neuter,
        &["Pogotowia", "Pogotowiu", "Pogotowiem"],
    ),
    // The old word for a library, kept in names: "Książnica Podlaska", "Książnicy Pomorskiej".
    (
        "Książnica",
        NounGender::Feminine,
        &["Książnicy", "Książnicę", "Książnicą"],
    ),
    // Clubs whose kind is one word with "klub": "Fotoklubu „Ślęża”", "Aeroklub Krośnieński".
    (
        "Fotoklub",
        NounGender::Masculine,
        &["Fotoklubu", "Fotoklubowi", "Fotoklubem", "Fotoklubie"],
    ),
    (
        "Aeroklub",
        NounGender::Masculine,
        &["Aeroklubu", "Aeroklubowi", "Aeroklubem", "Aeroklubie"],
    ),
    (
        "Automobilklub",
        NounGender::Masculine,
        &[
            "Automobilklubu",
            "Automobilklubowi",
            "Automobilklubem",
            "Automobilklubie",
        ],
    ),
    (
        "Kasa",
        NounGender::Feminine,
        &["Kasy", "Kasie", "Kasę", "Kasą"],
    ),
    (
        "Chór",
        NounGender::Masculine,
        &["Chóru", "Chórowi", "Chórem", "Chórze"],
    ),
    (
        "Zarząd",
        NounGender::Masculine,
        &["Zarządu", "Zarządowi", "Zarządem", "Zarządzie"],
    ),
    ("Prezydium", NounGender::Neuter, &[]),
    (
        "Fundusz",
        NounGender::Masculine,
        &["Funduszu", "Funduszowi", "Funduszem"],
    ),
    (
        "Federacja",
        NounGender::Feminine,
        &["Federacji", "Federację", "Federacją"],
    ),
    (
        "Konfederacja",
        NounGender::Feminine,
        &["Konfederacji", "Konfederację", "Konfederacją"],
    ),
    (
        "Koalicja",
        NounGender::Feminine,
        &["Koalicji", "Koalicję", "Koalicją"],
    ),
    (
        "Stronnictwo",
        NounGender::Neuter,
        &["Stronnictwa", "Stronnictwu", "Stronnictwem", "Stronnictwie"],
    ),
    (
        "Szpital",
        NounGender::Masculine,
        &["Szpitala", "Szpitalowi", "Szpitalem", "Szpitalu"],
    ),
    (
        "Stocznia",
        NounGender::Feminine,
        &["Stoczni", "Stocznię", "Stocznią"],
    ),
    (
        "Kopalnia",
        NounGender::Feminine,
        &["Kopalni", "Kopalnię", "Kopalnią"],
    ),
    (
        "Politechnika",
        NounGender::Feminine,
        &[
            "Politechniki",
            "Politechnice",
            "Politechnikę",
            "Politechniką",
        ],
    ),
    (
        "Wydawnictwo",
        NounGender::Neuter,
        &["Wydawnictwa", "Wydawnictwu", "Wydawnictwem", "Wydawnictwie"],
    ),
    (
        "Przedsiębiorstwo",
        NounGender::Neuter,
        &[
            "Przedsiębiorstwa",
            "Przedsiębiorstwu",
            "Przedsiębiorstwem",
            "Przedsiębiorstwie",
        ],
    ),
    (
        "Orkiestra",
        NounGender::Feminine,
        &["Orkiestry", "Orkiestrze", "Orkiestrę", "Orkiestrą"],
    ),
    (
        "Kapela",
        NounGender::Feminine,
        &["Kapeli", "Kapelę", "Kapelą"],
    ),
    (
        "Filharmonia",
        NounGender::Feminine,
        &["Filharmonii", "Filharmonię", "Filharmonią"],
    ),
    (
        "Nadleśnictwo",
        NounGender::Neuter,
        &[
            "Nadleśnictwa",
            "Nadleśnictwu",
            "Nadleśnictwem",
            "Nadleśnictwie",
        ],
    ),
    (
        "Poradnia",
        NounGender::Feminine,
        &["Poradni", "Poradnię", "Poradnią"],
    ),
    // Scouts' units: "2 Drużyny Harcerskiej „Wigry”", "Hufca ZHP Kędzierzyn-Koźle".
    (
        "Drużyna",
        NounGender::Feminine,
        &["Drużyny", "Drużynie", "Drużynę", "Drużyną"],
    ),
    (
        "Hufiec",
        NounGender::Masculine,
        &["Hufca", "Hufcowi", "Hufcem", "Hufcu"],
    ),
    ("Technikum", NounGender::Neuter, &[]),
    ("Kolegium", NounGender::Neuter, &[]),
    ("Archiwum", NounGender::Neuter, &[]),
    ("Hospicjum", NounGender::Neuter, &[]),
    ("Seminarium", NounGender::Neuter, &[]),
    (
        "Redakcja",
        NounGender::Feminine,
        &["Redakcji", "Redakcję", "Redakcją"],
    ),
    (
        "Biuro",
        NounGender::Neuter,
        &["Biura", "Biuru", "Biurem", "Biurze"],
    ),
    (
        "Liga",
        NounGender::Feminine,
        &["Ligi", "Lidze", "Ligę", "Ligą"],
    ),
    (
        "Sojusz",
        NounGender::Masculine,
        &["Sojuszu", "Sojuszowi", "Sojuszem"],
    ),
    (
        "Wspólnota",
        NounGender::Feminine,
        &["Wspólnoty", "Wspólnocie", "Wspólnotę", "Wspólnotą"],
    ),
    (
        "Stacja",
        NounGender::Feminine,
        &["Stacji", "Stację", "Stacją"],
    ),
    (
        "Inspektorat",
        NounGender::Masculine,
        &[
            "Inspektoratu",
            "Inspektoratowi",
            "Inspektoratem",
            "Inspektoracie",
        ],
    ),
    (
        "Departament",
        NounGender::Masculine,
        &[
            "Departamentu",
            "Departamentowi",
            "Departamentem",
            "Departamencie",
        ],
    ),
    (
        "Dyrekcja",
        NounGender::Feminine,
        &["Dyrekcji", "Dyrekcję", "Dyrekcją"],
    ),
    ("Kuria", NounGender::Feminine, &["Kurii", "Kurię", "Kurią"]),
    (
        "Zgromadzenie",
        NounGender::Neuter,
        &["Zgromadzenia", "Zgromadzeniu", "Zgromadzeniem"],
    ),
    (
        "Zrzeszenie",
        NounGender::Neuter,
        &["Zrzeszenia", "Zrzeszeniu", "Zrzeszeniem"],
    ),
    (
        "Parlament",
        NounGender::Masculine,
        &["Parlamentu", "Parlamentowi", "Parlamentem", "Parlamencie"],
    ),
    (
        "Sztab",
        NounGender::Masculine,
        &["Sztabu", "Sztabowi", "Sztabem", "Sztabie"],
    ),
    (
        "Oddział",
        NounGender::Masculine,
        &["Oddziału", "Oddziałowi", "Oddziałem", "Oddziale"],
    ),
    (
        "Dowództwo",
        NounGender::Neuter,
        &["Dowództwa", "Dowództwu", "Dowództwem", "Dowództwie"],
    ),
    (
        "Marynarka",
        NounGender::Feminine,
        &["Marynarki", "Marynarce", "Marynarkę", "Marynarką"],
    ),
    ("Armia", NounGender::Feminine, &["Armii", "Armię", "Armią"]),
    // chamber ensembles: "Kwartet Smyczkowy „Arte”"
    (
        "Kwartet",
        NounGender::Masculine,
        &["Kwartetu", "Kwartetowi", "Kwartetem", "Kwartecie"],
    ),
    (
        "Kwintet",
        NounGender::Masculine,
        &["Kwintetu", "Kwintetowi", "Kwintetem", "Kwintecie"],
    ),
    (
        "Pułk",
        NounGender::Masculine,
        &["Pułku", "Pułkowi", "Pułkiem"],
    ),
    (
        "Dywizja",
        NounGender::Feminine,
        &["Dywizji", "Dywizję", "Dywizją"],
    ),
    (
        "Brygada",
        NounGender::Feminine,
        &["Brygady", "Brygadzie", "Brygadę", "Brygadą"],
    ),
    (
        "Fabryka",
        NounGender::Feminine,
        &["Fabryki", "Fabryce", "Fabrykę", "Fabryką"],
    ),
    (
        "Elektrownia",
        NounGender::Feminine,
        &["Elektrowni", "Elektrownię", "Elektrownią"],
    ),
    (
        "Rafineria",
        NounGender::Feminine,
        &["Rafinerii", "Rafinerię", "Rafinerią"],
    ),
    (
        "Ambasada",
        NounGender::Feminine,
        &["Ambasady", "Ambasadzie", "Ambasadę", "Ambasadą"],
    ),
    (
        "Konsulat",
        NounGender::Masculine,
        &["Konsulatu", "Konsulatowi", "Konsulatem", "Konsulacie"],
    ),
    (
        "Uczelnia",
        NounGender::Feminine,
        &["Uczelni", "Uczelnię", "Uczelnią"],
    ),
    (
        "Episkopat",
        NounGender::Masculine,
        &["Episkopatu", "Episkopatowi", "Episkopatem", "Episkopacie"],
    ),
    (
        "Bractwo",
        NounGender::Neuter,
        &["Bractwa", "Bractwu", "Bractwem", "Bractwie"],
    ),
    (
        "Komisariat",
        NounGender::Masculine,
        &[
            "Komisariatu",
            "Komisariatowi",
            "Komisariatem",
            "Komisariacie",
        ],
    ),
    (
        "Sekcja",
        NounGender::Feminine,
        &["Sekcji", "Sekcję", "Sekcją"],
    ),
    // "Samorząd Województwa Wielkopolskiego", "Sejmik Województwa Podkarpackiego",
    // "Kuratorium Oświaty w Rzeszowie": who funds and oversees a library's projects.
    (
        "Samorząd",
        NounGender::Masculine,
        &["Samorządu", "Samorządowi", "Samorządem", "Samorządzie"],
    ),
    (
        "Sejmik",
        NounGender::Masculine,
        &["Sejmiku", "Sejmikowi", "Sejmikiem"],
    ),
    ("Kuratorium", NounGender::Neuter, &[]),
];

/// Institutions that are named by their head noun alone, and whether the word is also a
/// common noun, so that only a capital of its own (not a sentence's) names the institution:
/// "Kościoła" in mid-sentence is the Church, "Kościół został odnowiony" a building.
pub const SOLO_ORGS: &[(&str, &[&str], bool)] = &[
    (
        "Sejm",
        &["Sejm", "Sejmu", "Sejmowi", "Sejmem", "Sejmie"],
        false,
    ),
    (
        "Senat",
        &["Senat", "Senatu", "Senatowi", "Senatem", "Senacie"],
        false,
    ),
    (
        "Kościół",
        &["Kościół", "Kościoła", "Kościołowi", "Kościołem", "Kościele"],
        true,
    ),
    // The trade union; with a small letter, or opening a sentence, the virtue.
    (
        "Solidarność",
        &["Solidarność", "Solidarności", "Solidarnością"],
        true,
    ),
    // "Unia" alone, with a capital of its own, is the European Union.
    ("Unia Europejska", &["Unia", "Unii", "Unię", "Unią"], true),
];

/// Every head noun form → (nominative, gender, is the form nominative). Built once: the
/// lookup runs for every capitalised word of every page.
static HEAD_FORMS: std::sync::LazyLock<
    std::collections::HashMap<
        &'static str,
        (&'static str, NounGender, bool),
        crate::duplicates::Fnv,
    >,
> = std::sync::LazyLock::new(|| {
    // In table order, first entry wins: the same answers as a scan of the table.
    let mut map = std::collections::HashMap::default();
    for (nom, g, forms) in ORG_HEADS {
        map.entry(*nom).or_insert((*nom, *g, true));
        for f in forms.iter() {
            map.entry(*f).or_insert((*nom, *g, false));
        }
    }
    map
});

/// Recognises a head noun form: (nominative, gender, is the form nominative).
pub fn org_head(word: &str) -> Option<(&'static str, NounGender, bool)> {
    HEAD_FORMS.get(word).copied()
}

/// Nominative of an adjective that agrees with a head of the given gender, or `None`
/// when the word does not have an adjective ending (then it is not an agreeing adjective).
pub fn adjective_nominative(word: &str, gender: NounGender) -> Option<String> {
    let velar = |stem: &str| stem.ends_with(['k', 'g']);
    let (suffix_rules, nominal): (&[&str], &str) = match gender {
        NounGender::Feminine => (&["iej", "ej", "ią", "ą", "ia", "a"], "a"),
        NounGender::Masculine => (&["iego", "ego", "iemu", "emu", "im", "ym", "i", "y"], "y"),
        NounGender::Neuter => (&["iego", "ego", "iemu", "emu", "im", "ym", "ie", "e"], "e"),
    };
    for suffix in suffix_rules {
        if let Some(stem) = word.strip_suffix(suffix) {
            if stem.chars().count() < 2 {
                return None;
            }
            let soft = suffix.starts_with('i');
            // After k/g the "i" belongs to the ending: Polskiej → Polska, Polskiego → Polski.
            let ending = match (gender, soft, velar(stem)) {
                (NounGender::Feminine, true, true) => "a".to_string(),
                (NounGender::Feminine, true, false) => "ia".to_string(),
                (NounGender::Masculine, true, _) => "i".to_string(),
                (NounGender::Masculine, false, true) => "i".to_string(),
                (NounGender::Neuter, true, _) => "ie".to_string(),
                (NounGender::Neuter, false, true) => "ie".to_string(),
                _ => nominal.to_string(),
            };
            return Some(format!("{stem}{ending}"));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_towns_have_their_nominative_among_candidates() {
        for (form, lemma) in [
            ("Jaśle", "Jasło"),
            ("Szebniach", "Szebnie"),
            ("Osobnicy", "Osobnica"),
            ("Trzcinicy", "Trzcinica"),
            ("Warzycach", "Warzyce"),
            ("Krakowie", "Kraków"),
            ("Krośnie", "Krosno"),
            ("Gdańsku", "Gdańsk"),
            ("Lubeni", "Lubenia"),
            ("Dębowcu", "Dębowiec"),
        ] {
            let c = place_candidates(form, PlaceCase::Locative);
            assert!(c.contains(&lemma.to_string()), "{form}: {c:?}");
        }
        assert_eq!(place_candidates("Jaśle", PlaceCase::Locative)[0], "Jasło");
        assert_eq!(
            place_candidates("Szebniach", PlaceCase::Locative)[0],
            "Szebnie"
        );
        assert_eq!(
            place_candidates("Krakowa", PlaceCase::Genitive)[0],
            "Kraków"
        );
        assert_eq!(place_candidates("Jasła", PlaceCase::Genitive)[0], "Jasło");
    }

    #[test]
    fn surnames_follow_the_first_name() {
        use Case::*;
        assert_eq!(
            surname_nominative("Chmurę", Gender::Female, Accusative),
            "Chmura"
        );
        assert_eq!(
            surname_nominative("Jędrysiak", Gender::Female, Instrumental),
            "Jędrysiak"
        );
        assert_eq!(
            surname_nominative("Kowalskiej", Gender::Female, Oblique),
            "Kowalska"
        );
        assert_eq!(
            surname_nominative("Nowakiem", Gender::Male, Instrumental),
            "Nowak"
        );
        assert_eq!(
            surname_nominative("Kowalskiego", Gender::Male, Genitive),
            "Kowalski"
        );
        assert_eq!(
            surname_nominative("Tomczak", Gender::Female, Nominative),
            "Tomczak"
        );
        // Adjectival surnames and epithets beyond -ski: Chrobry, Wielki, Cichy.
        assert_eq!(
            surname_nominative("Chrobrego", Gender::Male, Genitive),
            "Chrobry"
        );
        assert_eq!(
            surname_nominative("Wielkiego", Gender::Male, Genitive),
            "Wielki"
        );
        assert_eq!(
            surname_nominative("Cichemu", Gender::Male, Oblique),
            "Cichy"
        );
        assert_eq!(
            surname_nominative("Orzeszkowej", Gender::Female, Genitive),
            "Orzeszkowa"
        );
        assert_eq!(
            surname_nominative("Sinobrodym", Gender::Male, Instrumental),
            "Sinobrody"
        );
    }

    #[test]
    fn adjectives_agree_with_their_head() {
        use NounGender::*;
        assert_eq!(adjective_nominative("Gminnej", Feminine).unwrap(), "Gminna");
        assert_eq!(
            adjective_nominative("Publiczną", Feminine).unwrap(),
            "Publiczna"
        );
        assert_eq!(
            adjective_nominative("Polskiej", Feminine).unwrap(),
            "Polska"
        );
        assert_eq!(
            adjective_nominative("Gminnego", Masculine).unwrap(),
            "Gminny"
        );
        assert_eq!(
            adjective_nominative("Narodowego", Neuter).unwrap(),
            "Narodowe"
        );
        assert_eq!(
            adjective_nominative("Polskiego", Masculine).unwrap(),
            "Polski"
        );
        assert!(adjective_nominative("Kultury", Masculine).is_some()); // caller checks case
        assert!(adjective_nominative("Pomocy", Feminine).is_none());
    }

    #[test]
    fn head_nouns() {
        assert_eq!(
            org_head("Biblioteki"),
            Some(("Biblioteka", NounGender::Feminine, false))
        );
        assert_eq!(org_head("Stowarzyszenie").map(|h| h.2), Some(true));
        assert!(org_head("Jasło").is_none());
    }
}
