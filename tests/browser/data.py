"""The small bilingual site the browser tests run against, built with the demo builders.

Four Dutch themes with theme pages, three audiences and nine resources of six types (two films); the home
page, the library and the theme index in English, and three themes and four resources (one film) translated.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from demo import builders

FILM_URL = "https://video.example/x"
FILM_TRANSCRIPT_NL = "Verteller: Hij droeg een mes omdat hij bang was.\n\nDocent: Wat had hij anders kunnen doen?"
FILM_TRANSCRIPT_EN = "Narrator: He carried a knife because he was afraid.\n\nTeacher: What else could he have done?"
HOME_INTRO_NL = "Kennis, lesmateriaal en ervaringen voor scholen. Vind in vijf minuten iets voor morgen in de klas."
HOME_INTRO_EN = (
    "Knowledge, teaching material and experience for schools. Find something for class tomorrow in five minutes."
)

THEMES = [
    # slug, Dutch name, English name (None: not translated), icon
    ("jongeren-en-wapens", "Jongeren en wapens", "Young people and weapons", "knife"),
    ("polarisatie", "Polarisatie", "Polarisation", "split"),
    ("welbevinden", "Welbevinden", "Wellbeing", "heart"),
    ("verzuim", "Verzuim", None, "calendar"),
]
THEME_INTROS = {
    "jongeren-en-wapens": (
        "Waarom dragen jongeren een mes, en wat doe je als school?",
        "Why do young people carry a knife?",
    ),
    "polarisatie": ("Wij-zij-denken in de klas bespreekbaar maken.", "Talking about us-and-them thinking in class."),
    "welbevinden": ("Hoe gaat het met je leerlingen?", "How are your pupils doing?"),
    "verzuim": ("Leerlingen die wegblijven.", ""),
}
AUDIENCES = [
    ("vo", "Voortgezet onderwijs (vo)", "Secondary education", "sector"),
    ("po", "Primair onderwijs (po)", "Primary education", "sector"),
    ("mentor", "Mentor", "Mentor", "role"),
]
# slug, type, Dutch title, Dutch summary, themes, audiences, dimension, English (title, summary) or None
RESOURCES = [
    (
        "film-mes-op-zak",
        "film",
        "Film: een mes op zak",
        "Een korte film over waarom jongeren een mes dragen.",
        ["jongeren-en-wapens"],
        ["vo"],
        "bewustwording",
        ("Film: a knife in your pocket", "A short film on why young people carry a knife."),
    ),
    (
        "les-messen-in-de-klas",
        "lesson",
        "Messen in de klas",
        "Een les van 50 minuten over messen en veiligheid.",
        ["jongeren-en-wapens"],
        ["vo", "mentor"],
        "bewustwording",
        ("Knives in the classroom", "A 50-minute lesson on knives and safety."),
    ),
    (
        "kennis-wapenbezit",
        "knowledge",
        "Wat weten we over wapenbezit?",
        "Cijfers en achtergronden over wapenbezit.",
        ["jongeren-en-wapens", "polarisatie"],
        [],
        "bereidheid",
        None,
    ),
    (
        "film-wij-en-zij",
        "film",
        "Film: wij en zij",
        "Een film over groepen op school.",
        ["polarisatie"],
        ["vo"],
        "bewustwording",
        None,
    ),
    (
        "oefening-in-gesprek",
        "exercise",
        "Oefening: in gesprek blijven",
        "Een oefening voor moeilijke gesprekken.",
        ["polarisatie"],
        ["mentor"],
        "bekwaamheid",
        ("Exercise: keep talking", "An exercise for difficult conversations."),
    ),
    (
        "training-signalen",
        "training",
        "Training: signalen herkennen",
        "Een teamtraining over signalen.",
        ["jongeren-en-wapens", "welbevinden"],
        ["po", "vo"],
        "bekwaamheid",
        None,
    ),
    (
        "les-hoe-gaat-het",
        "lesson",
        "Hoe gaat het met jou?",
        "Een les over welbevinden voor groep 7 en 8.",
        ["welbevinden"],
        ["po"],
        "bewustwording",
        ("How are you doing?", "A lesson on wellbeing for pupils aged 10 to 12."),
    ),
    (
        "elearning-verzuim",
        "elearning",
        "E-learning: verzuim op tijd zien",
        "Een e-learning over verzuim.",
        ["verzuim"],
        ["vo"],
        "bereidheid",
        None,
    ),
    (
        "les-groepsdruk",
        "lesson",
        "Groepsdruk",
        "Een les over groepsdruk en kiezen.",
        ["polarisatie", "welbevinden"],
        ["vo"],
        "bewustwording",
        None,
    ),
]


@dataclass
class Site:
    """What the tests need to know about the built site: URLs by name, titles by slug."""

    url: str
    urls: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)

    def __getitem__(self, name: str) -> str:
        """The absolute URL of a named page (``site["film-nl"]``)."""
        return self.url + self.urls[name]


def build_site(server_url: str) -> Site:
    nl, en = builders.locales()
    tree = builders.site_tree(home_intro=HOME_INTRO_NL)
    site = Site(url=server_url)

    themes, theme_pages = {}, {}
    for order, (slug, name_nl, _name_en, icon) in enumerate(THEMES, start=1):
        themes[slug] = builders.theme(slug=slug, name=name_nl, intro=THEME_INTROS[slug][0], icon=icon, sort_order=order)
        theme_pages[slug] = builders.theme_page(theme=themes[slug], parent=tree["themes"])
    audiences = {
        slug: builders.audience(slug=slug, name=name_nl, kind=kind, sort_order=order)
        for order, (slug, name_nl, _name_en, kind) in enumerate(AUDIENCES, start=1)
    }
    resources = {}
    for slug, kind, title, summary, theme_slugs, audience_slugs, dimension, _english in RESOURCES:
        extra = {"transcript": FILM_TRANSCRIPT_NL, "embed_url": FILM_URL} if kind == "film" else {}
        resources[slug] = builders.resource(
            parent=tree["library"],
            slug=slug,
            title=title,
            resource_type=kind,
            summary=summary,
            themes=[themes[s] for s in theme_slugs],
            audiences=[audiences[s] for s in audience_slugs],
            dimension=dimension,
            body=[summary + " Zo gebruik je het in de klas."],
            **extra,
        )

    # English: the tree first (a child is translated after its parent), then the taxonomy, then content.
    home_en = builders.translate_page(
        tree["home"], locale=en, strings={"WIJschool Community": "WIJschool Community", HOME_INTRO_NL: HOME_INTRO_EN}
    )
    library_en = builders.translate_page(
        tree["library"],
        locale=en,
        strings={"Bibliotheek": "Library", tree["library"].intro: "Lessons, films and more."},
        slug="library",
    )
    themes_en = builders.translate_page(
        tree["themes"],
        locale=en,
        strings={"Thema's": "Themes", tree["themes"].intro: "Every theme in one place."},
        slug="themes",
    )
    for slug, name_nl, name_en, _icon in THEMES:
        if name_en is None:
            continue
        intro_nl, intro_en = THEME_INTROS[slug]
        builders.translate_snippet(themes[slug], locale=en, name=name_en, intro=intro_en)
        theme_pages[slug + "-en"] = builders.translate_page(
            theme_pages[slug],
            locale=en,
            strings={name_nl: name_en, intro_nl: intro_en},
            slug=builders.english_slug(name_en),
        )
    for slug, _name_nl, name_en, _kind in AUDIENCES:
        builders.translate_snippet(audiences[slug], locale=en, name=name_en)
    for slug, kind, title, summary, *_rest, english in RESOURCES:
        site.titles[slug] = title
        if english is None:
            continue
        title_en, summary_en = english
        strings = {
            title: title_en,
            summary: summary_en,
            summary + " Zo gebruik je het in de klas.": summary_en + " Use it in class like this.",
        }
        if kind == "film":
            # wagtail-localize offers a multi-line text field as one string with <br/> for the line breaks.
            strings[FILM_TRANSCRIPT_NL.replace("\n", "<br/>")] = FILM_TRANSCRIPT_EN.replace("\n", "<br/>")
        resources[slug + "-en"] = builders.translate_page(
            resources[slug], locale=en, strings=strings, slug=builders.english_slug(title_en)
        )
        site.titles[slug + "-en"] = title_en

    pages = {
        "home-nl": tree["home"],
        "home-en": home_en,
        "library-nl": tree["library"],
        "library-en": library_en,
        "themes-nl": tree["themes"],
        "themes-en": themes_en,
        "film-nl": resources["film-mes-op-zak"],
        "film-en": resources["film-mes-op-zak-en"],
        "lesson-nl": resources["les-messen-in-de-klas"],
        "lesson-en": resources["les-messen-in-de-klas-en"],
        "theme-nl": theme_pages["jongeren-en-wapens"],
        "theme-en": theme_pages["jongeren-en-wapens-en"],
    }
    site.urls = {name: page.specific.url for name, page in pages.items()}
    return site
