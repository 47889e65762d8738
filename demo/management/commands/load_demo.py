"""Build the demo site: themes, audiences, theme pages, the library (nl + en), demo schools and accounts, the forum.

Idempotent: everything is looked up by a stable key first, so running it again changes nothing. The texts are
data files in ``demo/data`` (written for the demo in our own words, from the facts in the seed documents), read by
``demo.content.loader``.

The demo accounts share a published password and one of them is a superuser, so the command only runs where the
settings say demo content is welcome (``DEMO_CONTENT_ALLOWED = True``: the dev and test settings), or when told
so explicitly with ``--allow-production``. Production settings do not even install the demo app.
"""

import time
from functools import cached_property

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from demo import builders
from demo.content import forum, media
from demo.content.loader import Content, ContentError, load

HOME_INTRO_NL = (
    "Kennis, lesmateriaal en ervaringen voor scholen die te maken hebben met criminaliteit, wapens, uitbuiting, "
    "radicalisering, polarisatie, verzuim en het welbevinden van leerlingen. Vind in vijf minuten iets dat je "
    "morgen in de klas of in je team kunt gebruiken."
)
HOME_INTRO_EN = (
    "Knowledge, teaching material and experience for schools dealing with crime, weapons, exploitation, "
    "radicalisation, polarisation, absenteeism and pupil wellbeing. Find something in five minutes that you "
    "can use in class or with your team tomorrow."
)
DEMO_PASSWORD = "wijschool-demo"
# The demo editor's authenticator-app key (TOTP, base32): the admin requires a second factor, so the published
# demo editor has a published key. Local only, like the password: add it to an authenticator app by hand.
DEMO_EDITOR_TOTP_SECRET = "WIJSCHOLDEMOREDACTIE234567ABCDEF"
DEMO_ROUNDS_SCAN = "weerbare-school"  # the scan that gets two closed demo rounds, with results to see


class Command(BaseCommand):
    help = "Load the WIJschool demo content (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--no-english", action="store_true", help="Skip the English translations (faster).")
        parser.add_argument("--limit", type=int, default=0, help="Only the first N resources (for quick tests).")
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Load the demo (accounts with a published password, a superuser) even though the settings do "
            "not set DEMO_CONTENT_ALLOWED.",
        )

    def handle(self, *args, no_english=False, limit=0, allow_production=False, **options):
        if not (getattr(settings, "DEMO_CONTENT_ALLOWED", False) or allow_production):
            raise CommandError(
                "load_demo creates demo accounts with a published password, one of them a superuser, so it "
                "only runs where the settings allow demo content (DEMO_CONTENT_ALLOWED = True, as in config.settings.dev and config.settings.test). "
                f"These settings ({settings.SETTINGS_MODULE}) do not. If you really want the demo in this "
                "database, run it again with --allow-production."
            )
        started = time.monotonic()
        try:
            content = self._content
            self._media_plan  # noqa: B018 - checked before anything is written
            forum_data = forum.load()
        except ContentError as error:
            raise CommandError(str(error)) from error
        nl, en = builders.locales()
        tree = builders.site_tree(home_intro=HOME_INTRO_NL)

        with transaction.atomic():
            themes = {}
            for order, data in enumerate(content.themes, start=1):
                t = builders.theme(
                    slug=data.slug, name=data.name_nl, intro=data.intro_nl, icon=data.icon, sort_order=order
                )
                themes[t.slug] = t
                builders.theme_page(theme=t, parent=tree["themes"])
            audiences = {}
            for order, data in enumerate(content.audiences, start=1):
                a = builders.audience(slug=data.slug, name=data.name_nl, kind=data.kind, sort_order=order)
                audiences[a.slug] = a

        resources = content.resources[:limit] if limit else content.resources
        made = {}
        with transaction.atomic():  # one commit: much faster on SQLite; the index updates run after it
            self._dutch_resources(tree, themes, audiences, resources, made)
        self.stdout.write(f"Dutch content: {len(themes)} themes, {len(made)} resources.")

        if not no_english:
            self._english(tree, themes, audiences, resources, made, en, content)
        self._schools(content)
        self._scans(tree, themes, made, en if not no_english else None, content)
        made_forum = forum.build(forum=forum_data, content=content, password=DEMO_PASSWORD, english=not no_english)
        self.stdout.write(
            "Forum: {categories} categories, {members} members, {threads} new threads.".format(**made_forum)
        )
        self.stdout.write(self.style.SUCCESS(f"Demo content ready in {time.monotonic() - started:.0f} s."))

    def _dutch_resources(self, tree, themes, audiences, resources, made):
        for data in resources:
            extra = {"format": data.format, "provider": data.provider, "evidence": data.evidence}
            if data.obligation:
                extra["obligation"] = data.obligation
            if data.nl.legal_basis:
                extra["legal_basis"] = data.nl.legal_basis
            if data.duration_minutes is not None:
                extra["duration_minutes"] = data.duration_minutes
            if data.type == "film":
                extra["transcript"] = data.nl.transcript
                if data.embed_url:
                    extra["embed_url"] = data.embed_url
            extra.update(self._media(data))
            if data.nl.solves:
                extra["solves"] = data.nl.solves
            made[data.slug] = builders.resource(
                parent=tree["library"],
                slug=data.slug,
                title=data.nl.title,
                resource_type=data.type,
                summary=data.nl.summary,
                themes=[themes[s] for s in data.themes],
                audiences=[audiences[s] for s in data.audiences],
                dimension=data.dimension,
                body=data.nl.body,
                tags=data.keywords,
                **extra,
            )

    # --- the demo data, read once per run ------------------------------------------------------------------

    @cached_property
    def _content(self) -> Content:
        return load()

    @cached_property
    def _media_plan(self) -> media.MediaPlan:
        """Which clip and illustration each library item gets (demo/data/media.yaml)."""
        return media.load(content=self._content)

    @cached_property
    def _themes_by_slug(self) -> dict:
        return {theme.slug: theme for theme in self._content.themes}

    # --- media (demo/data/media.yaml): the film clips and theme illustrations the project made itself ---------

    def _media(self, data) -> dict:
        """A library item's film clip (video, captions, poster) and illustration, as page fields."""
        fields = {}
        clip = self._media_plan.clip_for(data.slug, data.type)
        if clip:
            fields.update(builders.film_clip(clip))
        if self._media_plan.illustrated(data.type):
            theme = self._themes_by_slug[data.themes[0]]
            fields["image"] = builders.theme_illustration(slug=theme.slug, icon=theme.icon, name=theme.name_nl)
            fields["image_alt"] = builders.illustration_alt(theme.name_nl)
        return fields

    def _media_strings(self, data) -> dict[str, str]:
        """Dutch -> English for the media texts of a library item (the alt text of its illustration)."""
        if not self._media_plan.illustrated(data.type):
            return {}
        theme = self._themes_by_slug[data.themes[0]]
        return {builders.illustration_alt(theme.name_nl): builders.illustration_alt(theme.name_en, "en")}

    def _english(self, tree, themes, audiences, resources, made, en, content: Content):
        for _key, page, strings, slug in (
            ("home", tree["home"], {"WIJschool Community": "WIJschool Community", HOME_INTRO_NL: HOME_INTRO_EN}, None),
            (
                "library",
                tree["library"],
                {"Bibliotheek": "Library", tree["library"].intro: LIBRARY_INTRO_EN},
                "library",
            ),
            ("themes", tree["themes"], {"Thema's": "Themes", tree["themes"].intro: THEMES_INTRO_EN}, "themes"),
        ):
            if page.get_translation_or_none(en) is None:
                builders.translate_page(page, locale=en, strings=strings, slug=slug)
        for data in content.audiences:
            a = audiences[data.slug]
            if a.get_translation_or_none(en) is None:
                builders.translate_snippet(a, locale=en, name=data.name_en)
        for data in content.themes:
            t = themes[data.slug]
            if t.get_translation_or_none(en) is None:
                builders.translate_snippet(t, locale=en, name=data.name_en, intro=data.intro_en)
            page = t.pages.first()
            if page and page.get_translation_or_none(en) is None:
                builders.translate_page(
                    page,
                    locale=en,
                    strings={data.name_nl: data.name_en, data.intro_nl: data.intro_en},
                    slug=builders.english_slug(data.name_en),
                )
        count = 0
        for data in resources:
            if data.en is None:
                continue
            page = made[data.slug]
            if page.get_translation_or_none(en) is not None:
                count += 1
                continue
            nl_text, en_text = data.nl, data.en
            strings = {nl_text.title: en_text.title, nl_text.summary: en_text.summary}
            strings.update(zip(nl_text.body, en_text.body, strict=True))  # the validator checks the counts
            for field in ("transcript", "solves", "legal_basis"):
                if getattr(nl_text, field) and getattr(en_text, field):
                    strings[getattr(nl_text, field)] = getattr(en_text, field)
            strings.update(self._media_strings(data))
            builders.translate_page(page, locale=en, strings=strings, slug=builders.english_slug(en_text.title))
            count += 1
        self.stdout.write(f"English content: {len(themes)} themes, {count} resources.")

    def _schools(self, content: Content):
        from allauth.account.models import EmailAddress
        from allauth.mfa.models import Authenticator
        from allauth.mfa.totp.internal.auth import TOTP

        from community.models import Membership, School

        User = get_user_model()
        schools = {}
        for data in content.schools:
            school, _ = School.objects.get_or_create(
                brin=data.brin, defaults={"name": data.name, "gemeente": data.gemeente, "sector": data.sector}
            )
            schools[school.brin] = school
        for data in content.members:
            user = User.objects.filter(email=data.email).first()
            if user is None:
                user = User.objects.create_user(
                    email=data.email, password=DEMO_PASSWORD, first_name=data.first_name, last_name=data.last_name
                )
            EmailAddress.objects.get_or_create(
                user=user, email=user.email, defaults={"verified": True, "primary": True}
            )
            Membership.objects.get_or_create(user=user, school=schools[data.school_brin], defaults={"role": data.role})
        editor = User.objects.filter(email="redactie@wijschool.example").first()
        if editor is None:
            editor = User.objects.create_superuser(
                email="redactie@wijschool.example", password=DEMO_PASSWORD, first_name="Redactie"
            )
        EmailAddress.objects.get_or_create(
            user=editor, email=editor.email, defaults={"verified": True, "primary": True}
        )
        if not Authenticator.objects.filter(user=editor, type=Authenticator.Type.TOTP).exists():
            TOTP.activate(editor, DEMO_EDITOR_TOTP_SECRET)
        self.stdout.write(f"Schools: {len(schools)}; demo password for every demo account: {DEMO_PASSWORD}")
        self.stdout.write(f"Demo editor's authenticator-app key (TOTP, local only): {DEMO_EDITOR_TOTP_SECRET}")

    def _scans(self, tree, themes, made, en, content: Content):
        """The demo scans (nl, and en unless skipped), the partner types, and demo rounds for one school."""
        scans = [scan.as_dict() for scan in content.scans]  # the builders take the scan as a dict
        with transaction.atomic():
            partners = {}
            for order, data in enumerate(content.partner_types, start=1):
                partners[data.slug] = builders.partner_type(
                    slug=data.slug,
                    name=data.name_nl,
                    role=data.role_nl,
                    when_to_involve=data.when_nl,
                    sort_order=order,
                )
            index = builders.scan_index(parent=tree["home"], intro=SCAN_INTRO_NL)
            pages = {}
            for data in scans:
                pages[data["slug"]] = builders.scan_page(
                    parent=index, data=data, resources=made, partners=partners, theme=themes.get(data.get("theme"))
                )
        if en is not None:
            for data in content.partner_types:
                partner = partners[data.slug]
                if partner.get_translation_or_none(en) is None:
                    builders.translate_snippet(
                        partner, locale=en, name=data.name_en, role=data.role_en, when_to_involve=data.when_en
                    )
            if index.get_translation_or_none(en) is None:
                builders.translate_page(
                    index, locale=en, strings={"Zelfscan": "Self-scan", SCAN_INTRO_NL: SCAN_INTRO_EN}, slug="self-scan"
                )
            for data in scans:
                page = pages[data["slug"]]
                if page.get_translation_or_none(en) is None:
                    builders.translate_page(
                        page,
                        locale=en,
                        strings=builders.scan_strings(data),
                        slug=builders.english_slug(data["title_en"]),
                    )
        rounds = demo_rounds(scan=pages[DEMO_ROUNDS_SCAN])
        self.stdout.write(f"Scans: {len(pages)}, partner types: {len(partners)}, demo rounds: {rounds}.")


def demo_rounds(*, scan) -> int:
    """Two closed rounds of a scan, half a year apart, for the first demo school with a coordinator: results to see."""
    import random
    from datetime import timedelta

    from django.utils import timezone

    from community.models import Membership
    from scan import services
    from scan.models import Answer, Respondent, Round

    coordinator = (
        Membership.objects.filter(role=Membership.Role.COORDINATOR, school__brin="93QT")
        .select_related("school")
        .first()
    )
    if coordinator is None or Round.objects.filter(school=coordinator.school).exists():
        return 0
    version = services.version_for_scan(scan=scan)
    items = list(version.definition["items"])
    scale = version.definition["scale"]
    rng = random.Random(2026)
    base = {key: rng.uniform(1.4, scale - 0.6) for key in items}
    roles = ["docent"] * 7 + ["mentor"] * 5 + ["ondersteuning"] * 2 + ["leiding", ""]
    made = 0
    for months_ago, lift, label in ((7, 0.0, "Voorjaar"), (1, 0.45, "Najaar")):
        round_ = services.round_open(
            school=coordinator.school, scan=scan, parts=[], opened_by=coordinator.user, label=label
        )
        opened = timezone.now() - timedelta(days=30 * months_ago)
        Round.objects.filter(pk=round_.pk).update(opened_at=opened, closed_at=opened + timedelta(days=14))
        answers = []
        for n, role in enumerate(roles):
            respondent = Respondent.objects.create(
                round=round_, key_hash=f"demo-{round_.pk}-{n}", role=role, completed_at=opened
            )
            for key in items:
                if rng.random() < 0.07:
                    value = None
                else:
                    value = round(base[key] + lift + rng.gauss(0, 0.8))
                    value = min(max(value, 1), scale)
                answers.append(Answer(respondent=respondent, item_key=key, value=value))
        Answer.objects.bulk_create(answers)
        made += 1
    demo_actions(round_=round_, coordinator=coordinator)
    return made


def demo_actions(*, round_, coordinator) -> None:
    """A few actions in the latest round's plan, dated from today: one overdue, one due soon, one later, one done;
    so the plan and the coordinator's Mijn WIJschool have something to show."""
    from datetime import timedelta

    from django.utils import timezone

    from scan import services
    from scan.models import Action

    today = timezone.localdate()
    owner = coordinator.user.get_full_name() or coordinator.user.email
    for title, owner_name, due_in, status in (
        ("Signalen van ronselen bespreken in de teamvergadering", owner, -3, Action.Status.ACTIVE),
        ("Mentoren volgen de e-learning over criminele uitbuiting", "Bram (mentor)", 10, Action.Status.PLANNED),
        ("Afspraak met de wijkagent over een vast spreekuur", owner, 40, Action.Status.PLANNED),
        ("Meldroute in het zorgplan opnieuw vastleggen", owner, -20, Action.Status.DONE),
    ):
        services.action_create(
            round_=round_,
            user=coordinator.user,
            title=title,
            owner=owner_name,
            start_date=today - timedelta(days=30),
            due_date=today + timedelta(days=due_in),
            status=status,
        )


SCAN_INTRO_NL = (
    "Waar staat je team? Doe een zelfscan alleen of met het hele team in een anonieme ronde. "
    "Je ziet waar je sterk bent, waar collega's het verschillend zien en wat helpt, en maakt er samen een plan van "
    "aanpak van."
)
SCAN_INTRO_EN = (
    "Where does your team stand? Take a self-scan on your own, or with the whole team in an "
    "anonymous round. You see where you are strong, where colleagues see things differently and what helps, and "
    "turn it into an action plan together."
)

LIBRARY_INTRO_EN = (
    "Lessons, films, e-learnings, exercises, knowledge documents, trainings and interventions. Filter by theme, "
    "type, audience and dimension."
)
THEMES_INTRO_EN = (
    "Each theme gathers what the community has on it: material for the classroom, the team and the municipality."
)
