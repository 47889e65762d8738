"""Demo taxonomy for WIJschool Community: themes and audiences.

Pure data, no Django. Slugs are stable identifiers: resources, scans, forum categories and partner pages refer
to them, so do not rename them casually.
"""

THEMES = [
    {
        "slug": "criminaliteit-en-ondermijning",
        "name_nl": "Criminaliteit en ondermijning",
        "name_en": "Crime and organised crime",
        "intro_nl": (
            "Drugsnetwerken zoeken jonge hulpjes, soms al op het schoolplein of via een chatgroep. "
            "Voor een school gaat het erom dat je ziet wanneer een leerling in die wereld wordt getrokken, "
            "zoals bij plotseling dure spullen, een tweede telefoon of nieuwe vrienden die hem ophalen. "
            "Als docent kun je signalen vastleggen, ze op tijd bij je zorgcoördinator neerleggen en in de "
            "klas eerlijk praten over snel geld."
        ),
        "intro_en": (
            "Drug networks look for young helpers, sometimes right at the school gate or through a group chat. "
            "For a school, the task is to notice when a pupil is being pulled into that world: sudden expensive "
            "belongings, a second phone, new friends who pick them up. As a teacher you can note what you see, "
            "pass it to your care coordinator in good time and talk openly in class about easy money."
        ),
        "icon": "lock",
    },
    {
        "slug": "jongeren-en-wapens",
        "name_nl": "Jongeren en wapens",
        "name_en": "Young people and weapons",
        "intro_nl": (
            "Sommige jongeren dragen een mes omdat ze zich onveilig voelen, andere omdat het stoer lijkt of "
            "omdat muziek en sociale media het normaal maken. Een school heeft heldere afspraken nodig over "
            "wat je doet als je een wapen vermoedt of ziet. In de klas kun je bespreken waarom een wapen "
            "juist meer gevaar oplevert in plaats van bescherming."
        ),
        "intro_en": (
            "Some young people carry a knife because they feel unsafe, others because it looks tough or because "
            "music and social media make it seem normal. A school needs clear agreements on what to do when a "
            "weapon is suspected or seen. In class you can discuss why a weapon brings more danger rather than "
            "protection."
        ),
        "icon": "knife",
    },
    {
        "slug": "uitbuiting",
        "name_nl": "Uitbuiting (crimineel, financieel, seksueel)",
        "name_en": "Exploitation (criminal, financial, sexual)",
        "intro_nl": (
            "Uitbuiting begint vaak met aandacht, cadeautjes of een schuld die er ineens is. Denk aan jongeren "
            "die hun bankpas uitlenen, pakketjes rondbrengen of via loverboymethoden in de prostitutie belanden. "
            "Leer de signalen kennen, blijf in contact met de leerling en schakel op tijd je zorgcoördinator "
            "en ketenpartners in."
        ),
        "intro_en": (
            "Exploitation often starts with attention, gifts or a debt that suddenly appears. Think of young "
            "people who lend out their bank card, deliver parcels or are drawn into prostitution through "
            "'loverboy' grooming. Learn the signs, stay in touch with the pupil and involve your care "
            "coordinator and partner agencies in good time."
        ),
        "icon": "link",
    },
    {
        "slug": "huiselijk-geweld",
        "name_nl": "Huiselijk geweld en kindermishandeling",
        "name_en": "Domestic violence and child abuse",
        "intro_nl": (
            "Wat thuis gebeurt, neemt een kind mee de klas in: vermoeidheid, schrikreacties, blauwe plekken "
            "of juist opvallend stil gedrag. De school is vaak de plek waar een volwassene als eerste iets "
            "merkt. Ken de stappen van de meldcode, bespreek twijfel altijd met een collega en weet wanneer "
            "je Veilig Thuis om advies vraagt."
        ),
        "intro_en": (
            "What happens at home comes into the classroom with the child: tiredness, startle reactions, bruises "
            "or unusually quiet behaviour. School is often where an adult notices something first. Know the "
            "steps of the reporting code, always discuss doubts with a colleague and know when to ask Veilig "
            "Thuis, the national advice line, for guidance."
        ),
        "icon": "home",
    },
    {
        "slug": "radicalisering-en-extremisme",
        "name_nl": "Radicalisering en extremisme",
        "name_en": "Radicalisation and extremism",
        "intro_nl": (
            "Extreme ideeën komen de klas binnen via filmpjes, memes en gamechats, van religieus extremisme "
            "tot rechts-extremisme en anti-overheidsdenken. Niet elke harde uitspraak is een alarmsignaal, "
            "maar een leerling die zich steeds verder afsluit verdient aandacht. Blijf het gesprek aangaan, "
            "vraag door en overleg met collega's als je je zorgen maakt."
        ),
        "intro_en": (
            "Extreme ideas reach the classroom through clips, memes and gaming chats, from religious extremism to "
            "right-wing extremism and anti-government thinking. Not every harsh remark is an alarm signal, but a "
            "pupil who keeps shutting themselves off deserves attention. Keep the conversation going, ask "
            "questions and consult colleagues when you are worried."
        ),
        "icon": "megaphone",
    },
    {
        "slug": "polarisatie",
        "name_nl": "Polarisatie",
        "name_en": "Polarisation",
        "intro_nl": (
            "Wij-zij-denken in de samenleving is ook in de klas voelbaar, bijvoorbeeld bij gesprekken over "
            "geloof, oorlog, gender of vaccinaties. Groepen leerlingen kennen elkaar soms nauwelijks en hebben "
            "wel een vastomlijnd beeld van de ander. Als docent kun je een veilige gespreksruimte maken waarin "
            "leerlingen mogen botsen zonder elkaar te beschadigen."
        ),
        "intro_en": (
            "Us-versus-them thinking in society can be felt in the classroom too, for example in discussions "
            "about faith, war, gender or vaccines. Groups of pupils sometimes hardly know each other yet hold "
            "firm views of the other side. As a teacher you can create a safe space for discussion in which "
            "pupils may clash without hurting each other."
        ),
        "icon": "split",
    },
    {
        "slug": "burgerschap",
        "name_nl": "Burgerschap",
        "name_en": "Citizenship",
        "intro_nl": (
            "Burgerschap gaat over wie je bent, hoe je samenleeft en hoe je meedoet: identiteitsontwikkeling, "
            "democratische cultuur, participatie en sociale en persoonlijke vaardigheden. De klas is daarvoor "
            "een oefenplaats, een samenleving in het klein. Met korte werkvormen en klassenafspraken oefen je "
            "elke week een stukje democratie."
        ),
        "intro_en": (
            "Citizenship is about who you are, how you live together and how you take part: identity "
            "development, democratic culture, participation, and social and personal skills. The classroom is a "
            "place to practise all of this, a small-scale society. With short activities and class agreements "
            "you practise a little democracy every week."
        ),
        "icon": "people",
    },
    {
        "slug": "welbevinden",
        "name_nl": "Welbevinden",
        "name_en": "Wellbeing",
        "intro_nl": (
            "Een leerling die zich niet veilig of gezien voelt, komt niet tot leren. Stress thuis, armoede of "
            "nare ervaringen laten sporen na in gedrag en concentratie. Met een dagelijkse check-in, "
            "voorspelbare routines en een traumasensitieve houding maak je als team echt verschil."
        ),
        "intro_en": (
            "A pupil who does not feel safe or seen cannot get down to learning. Stress at home, poverty or bad "
            "experiences leave traces in behaviour and concentration. With a daily check-in, predictable "
            "routines and a trauma-sensitive attitude, a team can make a real difference."
        ),
        "icon": "heart",
    },
    {
        "slug": "gelijke-kansen",
        "name_nl": "Gelijke kansen",
        "name_en": "Equal opportunities",
        "intro_nl": (
            "Twee leerlingen met hetzelfde talent verdienen dezelfde kansen, ongeacht het inkomen of de "
            "opleiding van hun ouders. Scholen beïnvloeden dat meer dan ze denken: via verwachtingen, "
            "schooladviezen, ouderavonden en overgangen tussen scholen. Kijk kritisch naar je eigen routines "
            "en werk samen met ouders en partners in de wijk."
        ),
        "intro_en": (
            "Two pupils with the same talent deserve the same opportunities, whatever their parents earn or "
            "how much schooling they had. Schools influence this more than they think: through expectations, "
            "school recommendations, parents' evenings and transitions between schools. Take a critical look at "
            "your own routines and work with parents and neighbourhood partners."
        ),
        "icon": "scale",
    },
    {
        "slug": "schoolaanwezigheid-en-verzuim",
        "name_nl": "Schoolaanwezigheid en verzuim",
        "name_en": "School attendance and absenteeism",
        "intro_nl": (
            "Thuiszitten begint bijna altijd klein: een gemist eerste uur, vage buikpijn, een ouder die zich "
            "niet gehoord voelt. Wie het eerste signaal serieus neemt, voorkomt veel. Werk vanuit 'fijn dat je "
            "er bent', houd contact met leerling en ouders en betrek leerplicht als partner, niet als stok "
            "achter de deur."
        ),
        "intro_en": (
            "Staying home almost always starts small: a missed first lesson, vague stomach aches, a parent who "
            "does not feel heard. Taking the first signal seriously prevents a great deal. Work from 'good to "
            "see you', stay in touch with the pupil and parents and involve the attendance officer as a partner, "
            "not as a threat."
        ),
        "icon": "calendar",
    },
    {
        "slug": "sociale-veiligheid",
        "name_nl": "Sociale veiligheid",
        "name_en": "Social safety",
        "intro_nl": (
            "Sociale veiligheid is de basis onder alle andere thema's: geen pesten, geen bedreiging, wel "
            "duidelijke afspraken en volwassenen die ingrijpen. De Wet Vrij en Veilig Onderwijs vraagt scholen "
            "hun aanpak vast te leggen in een schoolveiligheidsplan. Zorg dat iedereen weet wie het "
            "aanspreekpunt is en hoe een melding loopt."
        ),
        "intro_en": (
            "Social safety underpins every other theme: no bullying, no threats, but clear agreements and adults "
            "who step in. The Dutch Free and Safe Education Act (Wet Vrij en Veilig Onderwijs) asks schools to "
            "set out their approach in a school safety plan. Make sure everyone knows who the contact person is "
            "and how a report is handled."
        ),
        "icon": "shield",
    },
]

AUDIENCES = [
    {"slug": "po", "kind": "sector", "name_nl": "Primair onderwijs (po)", "name_en": "Primary education"},
    {"slug": "so", "kind": "sector", "name_nl": "Speciaal onderwijs (so)", "name_en": "Special education"},
    {"slug": "vo", "kind": "sector", "name_nl": "Voortgezet onderwijs (vo)", "name_en": "Secondary education"},
    {
        "slug": "mbo",
        "kind": "sector",
        "name_nl": "Middelbaar beroepsonderwijs (mbo)",
        "name_en": "Vocational education (MBO)",
    },
    {"slug": "docent", "kind": "role", "name_nl": "Docent / leerkracht", "name_en": "Teacher"},
    {"slug": "mentor", "kind": "role", "name_nl": "Mentor", "name_en": "Form tutor"},
    {"slug": "zorgcoordinator", "kind": "role", "name_nl": "Zorgcoördinator", "name_en": "Care coordinator"},
    {
        "slug": "ib-er",
        "kind": "role",
        "name_nl": "Intern begeleider (IB'er)",
        "name_en": "Internal support coordinator",
    },
    {"slug": "teamleider", "kind": "role", "name_nl": "Teamleider", "name_en": "Team leader"},
    {"slug": "directeur", "kind": "role", "name_nl": "Directeur / schoolleider", "name_en": "Head / school leader"},
    {
        "slug": "gemeente",
        "kind": "role",
        "name_nl": "Gemeente (beleidsmedewerker)",
        "name_en": "Municipality (policy officer)",
    },
]
