"""Demo self-scans for WIJschool Community: the 'Weerbare school' and 'Welbevinden en gelijke kansen' scans.

Pure data, no Django. Every text is written for the demo in our own words; the facts (the three dimensions
bewustwording, bereidheid and bekwaamheid, the knelpunten, interventions and the three trainings with what each
solves, the five topics with their questions and short- and long-term suggestions, the partner types) follow seed
documents 003 and 004, the wording does not. No personal names or contact details from the seeds are used.

Level descriptors run from 1 (the knelpunt is fully present) up to ``scale`` (well in hand): higher is better.
A link is recommended while the team's mean on the item is strictly below ``below``. Linked resources are slugs
from ``demo.content.resources``; linked partners are slugs from ``PARTNER_TYPES`` below. Run ``_check()`` to
verify the data; it is deliberately not called at import time.
"""

PARTNER_TYPES = [
    {
        "slug": "jongerenwerk",
        "name_nl": "Jongerenwerk",
        "name_en": "Youth work",
        "role_nl": (
            "Jongerenwerkers kennen de jongeren op straat, in het buurthuis en online. Ze bouwen vertrouwen op "
            "buiten de school en bieden activiteiten en talentprogramma's in de wijk."
        ),
        "role_en": (
            "Youth workers know young people on the street, at the community centre and online. They build trust "
            "outside school and run activities and talent programmes in the neighbourhood."
        ),
        "when_nl": (
            "Als je wilt weten wat er na schooltijd speelt, bij zorgen over groepjes of ronselen rond school, en "
            "als je leerlingen wilt laten meedoen aan activiteiten in de wijk."
        ),
        "when_en": (
            "When you want to know what goes on after school, when you are worried about groups or recruitment "
            "around the school, and when you want pupils to join activities in the neighbourhood."
        ),
    },
    {
        "slug": "wijkagent",
        "name_nl": "Wijkagent (politie)",
        "name_en": "Community police officer",
        "role_nl": (
            "De wijkagent kent de buurt en de jongeren die er rondhangen. Hij of zij denkt mee over veiligheid "
            "in en rond de school en helpt signalen te duiden."
        ),
        "role_en": (
            "The community police officer knows the neighbourhood and the young people who hang around in it. "
            "They help the school think about safety in and around the building and help interpret signs."
        ),
        "when_nl": (
            "Bij signalen van wapens, drugs of ronselen, bij dreiging en voor geregeld overleg over wat er in de "
            "wijk speelt. Bij acuut gevaar bel je 112."
        ),
        "when_en": (
            "When there are signs of weapons, drugs or recruitment, when there is a threat, and for regular "
            "contact about what is happening locally. In an emergency, call 112."
        ),
    },
    {
        "slug": "leerplicht",
        "name_nl": "Leerplicht (leerplichtambtenaar)",
        "name_en": "Compulsory-education officer",
        "role_nl": (
            "De leerplichtambtenaar van de gemeente ziet toe op de leerplicht en denkt met school, leerling en "
            "ouders mee over wat achter het wegblijven zit."
        ),
        "role_en": (
            "The municipality's compulsory-education officer enforces school attendance law and works with the "
            "school, the pupil and parents on what lies behind the absence."
        ),
        "when_nl": (
            "Als een leerling ongeoorloofd wegblijft (de school moet dat melden) en liefst al eerder, bij een "
            "patroon van te laat komen of vaak ziek melden."
        ),
        "when_en": (
            "When a pupil is absent without permission (the school must report this), and preferably earlier, "
            "when there is a pattern of lateness or frequent sick calls."
        ),
    },
    {
        "slug": "jeugdhulp",
        "name_nl": "Jeugdhulp",
        "name_en": "Youth care",
        "role_nl": (
            "Jeugdhulp ondersteunt kinderen en gezinnen bij problemen met opgroeien, opvoeden of de psychische "
            "gezondheid, van lichte begeleiding tot specialistische behandeling."
        ),
        "role_en": (
            "Youth care supports children and families with problems in growing up, parenting or mental health, "
            "from light support to specialist treatment."
        ),
        "when_nl": (
            "Als de steun die school kan bieden niet genoeg is en er bij het kind of thuis meer nodig is. Werk "
            "dan het liefst met één gezamenlijke route van onderwijs en jeugdhulp."
        ),
        "when_en": (
            "When the support the school can give is not enough and more is needed for the child or at home. "
            "Ideally, work with one joint route for education and youth care."
        ),
    },
    {
        "slug": "ggd",
        "name_nl": "GGD / jeugdarts (JGZ)",
        "name_en": "Public health service / youth doctor",
        "role_nl": (
            "De jeugdarts en jeugdverpleegkundige van de jeugdgezondheidszorg volgen de gezondheid en "
            "ontwikkeling van leerlingen en houden vaak spreekuur op school."
        ),
        "role_en": (
            "The youth doctor and youth nurse of the youth health service follow pupils' health and development "
            "and often hold consultation hours at school."
        ),
        "when_nl": (
            "Bij zorgen over gezondheid, stress of somberheid, bij veel ziekmeldingen en als je cijfers over "
            "gezondheid en welbevinden in de wijk wilt gebruiken."
        ),
        "when_en": (
            "When you are concerned about health, stress or low mood, when a pupil often calls in sick, and when "
            "you want to use figures on health and wellbeing in the area."
        ),
    },
    {
        "slug": "buurtteam",
        "name_nl": "Buurtteam / wijkteam",
        "name_en": "Neighbourhood team",
        "role_nl": (
            "Het buurt- of wijkteam helpt gezinnen dichtbij huis met opvoeden, geldzorgen, wonen en welzijn, en "
            "verwijst door als er meer nodig is."
        ),
        "role_en": (
            "The neighbourhood team helps families close to home with parenting, money worries, housing and "
            "wellbeing, and refers them on when more is needed."
        ),
        "when_nl": (
            "Als je stress thuis, armoede of schulden vermoedt, of als ouders hulp zoeken die verder gaat dan wat "
            "de school kan bieden."
        ),
        "when_en": (
            "When you suspect stress at home, poverty or debt, or when parents are looking for help beyond what "
            "the school can offer."
        ),
    },
    {
        "slug": "veilig-thuis",
        "name_nl": "Veilig Thuis",
        "name_en": "Veilig Thuis (domestic violence and child abuse advice line)",
        "role_nl": (
            "Veilig Thuis is het advies- en meldpunt voor huiselijk geweld en kindermishandeling. Medewerkers "
            "van school kunnen er ook advies vragen zonder dat er meteen een melding volgt."
        ),
        "role_en": (
            "Veilig Thuis is the advice and reporting centre for domestic violence and child abuse. School staff "
            "can also ask for advice there without a report following straight away."
        ),
        "when_nl": (
            "Bij een vermoeden van huiselijk geweld of kindermishandeling, als onderdeel van de stappen van de "
            "meldcode. Advies vragen kan al bij twijfel."
        ),
        "when_en": (
            "When you suspect domestic violence or child abuse, as part of the steps of the reporting code. You "
            "can already ask for advice when in doubt."
        ),
    },
    {
        "slug": "halt",
        "name_nl": "Halt",
        "name_en": "Halt (youth offending diversion)",
        "role_nl": (
            "Halt biedt jongeren die een licht strafbaar feit plegen een leertraject in plaats van een strafzaak, "
            "en geeft voorlichting en lessen op scholen."
        ),
        "role_en": (
            "Halt offers young people who commit a minor offence a learning programme instead of a criminal case, "
            "and gives information sessions and lessons at schools."
        ),
        "when_nl": (
            "Na een licht vergrijp van een leerling, zoals vernieling of vuurwerk rond school (de verwijzing loopt "
            "via politie of leerplicht), of als je een preventieles in de klas wilt."
        ),
        "when_en": (
            "After a minor offence by a pupil, such as vandalism or fireworks around school (the referral comes "
            "through the police or the attendance officer), or when you want a prevention lesson in class."
        ),
    },
    {
        "slug": "zorg-en-veiligheidshuis",
        "name_nl": "Zorg- en Veiligheidshuis",
        "name_en": "Care-and-safety house",
        "role_nl": (
            "Het Zorg- en Veiligheidshuis brengt partners uit zorg, veiligheid en gemeente samen rond complexe "
            "situaties waarin hulp en veiligheid door elkaar lopen."
        ),
        "role_en": (
            "The care-and-safety house brings together partners from care, safety and the municipality around "
            "complex situations in which support and safety are intertwined."
        ),
        "when_nl": (
            "Als een situatie de mogelijkheden van school en wijk te boven gaat, bijvoorbeeld bij ernstige "
            "criminele uitbuiting of radicalisering. Meestal loopt dat via gemeente, politie of jeugdhulp."
        ),
        "when_en": (
            "When a situation is beyond what the school and the neighbourhood can handle, for example serious "
            "criminal exploitation or radicalisation. It usually goes through the municipality, police or youth care."
        ),
    },
    {
        "slug": "samenwerkingsverband",
        "name_nl": "Samenwerkingsverband passend onderwijs",
        "name_en": "Regional partnership for inclusive education",
        "role_nl": (
            "Het samenwerkingsverband verbindt de scholen in een regio rond passend onderwijs en regelt extra "
            "ondersteuning voor leerlingen die dat nodig hebben."
        ),
        "role_en": (
            "The regional partnership links the schools in an area around inclusive education and arranges extra "
            "support for pupils who need it."
        ),
        "when_nl": (
            "Als een leerling meer ondersteuning nodig heeft dan de school zelf kan bieden, en om samen in kaart "
            "te brengen wat leerlingen aan onderwijs en zorg nodig hebben."
        ),
        "when_en": (
            "When a pupil needs more support than the school can provide itself, and to map together what pupils "
            "need in terms of education and care."
        ),
    },
]


SCANS = [
    # -----------------------------------------------------------------------------------------------------------
    # Weerbare school (seed 004)
    # -----------------------------------------------------------------------------------------------------------
    {
        "slug": "weerbare-school",
        "theme": "sociale-veiligheid",
        "scale": 4,
        "title_nl": "Weerbare school",
        "title_en": "Resilient school",
        "intro_nl": (
            "Met deze scan bekijkt je team waar de school staat op bewustwording, bereidheid en bekwaamheid rond "
            "jeugdcriminaliteit, ondermijning en grensoverschrijdend gedrag. Invullen kost ongeveer tien minuten. "
            "Je antwoorden zijn anoniem en 'weet ik niet' is een geldig antwoord. De uitkomst is een startpunt "
            "voor het teamgesprek en voor een plan van aanpak binnen het schoolveiligheidsplan."
        ),
        "intro_en": (
            "With this scan your team looks at where the school stands on awareness, willingness and competence "
            "around youth crime, organised crime and boundary-crossing behaviour. It takes about ten minutes. "
            "Your answers are anonymous and 'don't know' is a valid answer. The result is a starting point for a "
            "team conversation and for an action plan within the school safety plan."
        ),
        "dimensions": [
            {
                "key": "bewustwording",
                "core_dimension": "bewustwording",
                "title_nl": "Bewustwording",
                "title_en": "Awareness",
                "description_nl": "Weten we wat er in en rond onze school speelt, en leeft het thema in het team?",
                "description_en": (
                    "Do we know what goes on in and around our school, and is the topic alive in the team?"
                ),
                "items": [
                    {
                        "key": "zicht-op-jeugdcriminaliteit",
                        "statement_nl": (
                            "Wij hebben een goed beeld van hoe jeugdcriminaliteit en ondermijning zich in en rond "
                            "onze school laten zien."
                        ),
                        "statement_en": (
                            "We have a clear picture of how youth crime and organised crime show up in and around "
                            "our school."
                        ),
                        "question_nl": "",
                        "question_en": "",
                        "levels_nl": [
                            "We weten niet wat er speelt; ons beeld berust op geruchten of losse incidenten.",
                            "Enkele collega's, zoals de zorgcoördinator, weten iets, maar het team deelt geen beeld.",
                            "We hebben een beeld uit eigen waarnemingen, maar hebben het niet getoetst bij "
                            "leerlingen of partners.",
                            "We halen het beeld actief op bij leerlingen, mentoren, jongerenwerk, politie en "
                            "gemeente en houden het bij.",
                        ],
                        "levels_en": [
                            "We don't know what is going on; our picture rests on rumours or isolated incidents.",
                            "A few colleagues, such as the care coordinator, know something, but the team shares "
                            "no picture.",
                            "We have a picture from our own observations, but have not checked it with pupils or "
                            "partners.",
                            "We actively gather the picture from pupils, tutors, youth work, police and the "
                            "municipality and keep it current.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Houd een korte interviewronde met leerlingen, mentoren, zorgcoördinator en "
                            "jongerenwerk over wat zij zien."
                        ),
                        "short_term_en": (
                            "Hold a short round of interviews with pupils, tutors, the care coordinator and youth "
                            "workers about what they see."
                        ),
                        "long_term_nl": (
                            "Herhaal de ronde elk jaar en leg de uitkomsten naast de cijfers van gemeente en politie."
                        ),
                        "long_term_en": (
                            "Repeat the round every year and compare the findings with figures from the "
                            "municipality and the police."
                        ),
                        "links": [
                            {"resource": "basistraining-schoolveiligheid-ondermijning", "below": 3},
                            {"resource": "interviewronde-wat-speelt-er", "below": 3},
                            {"resource": "kennis-hoe-ziet-ondermijning-eruit-op-school", "below": 3},
                            {"partner": "jongerenwerk", "below": 2.5},
                            {"partner": "wijkagent", "below": 2.5},
                        ],
                    },
                    {
                        "key": "signalen-herkennen",
                        "statement_nl": (
                            "Collega's herkennen signalen dat een leerling wordt geronseld, uitgebuit of een wapen "
                            "bij zich draagt."
                        ),
                        "statement_en": (
                            "Colleagues recognise signs that a pupil is being recruited, exploited or is carrying a "
                            "weapon."
                        ),
                        "question_nl": "",
                        "question_en": "",
                        "levels_nl": [
                            "De meeste collega's zouden zulke signalen niet opmerken of niet als signaal zien.",
                            "Collega's merken soms iets op, maar weten niet of het ertoe doet.",
                            "De meeste collega's kennen de belangrijkste signalen; er ligt een signalenkaart klaar.",
                            "Collega's zien patronen in plaats van losse signalen en bespreken casussen geregeld "
                            "op studiedagen.",
                        ],
                        "levels_en": [
                            "Most colleagues would not notice such signs or would not see them as a signal.",
                            "Colleagues sometimes notice something, but don't know whether it matters.",
                            "Most colleagues know the main signs; a signs card is at hand.",
                            "Colleagues see patterns rather than single signs and discuss cases regularly on "
                            "study days.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Bespreek op de eerstvolgende studiedag een casus aan de hand van een signalenkaart."
                        ),
                        "short_term_en": "At the next study day, discuss a case with the help of a signs card.",
                        "long_term_nl": (
                            "Plan elk schooljaar een casusbespreking, met nieuwe casussen over ronselen, uitbuiting "
                            "en wapens."
                        ),
                        "long_term_en": (
                            "Schedule a case discussion every school year, with new cases on recruitment, "
                            "exploitation and weapons."
                        ),
                        "links": [
                            {"resource": "basistraining-schoolveiligheid-ondermijning", "below": 3},
                            {"resource": "signalenkaart-en-casusbespreking", "below": 3},
                            {"resource": "elearning-signalen-ondermijning-herkennen", "below": 3},
                            {"resource": "kennis-vormen-van-uitbuiting", "below": 2.5},
                            {"resource": "elearning-wapens-wat-zie-je-op-school", "below": 2.5},
                        ],
                    },
                    {
                        "key": "veiligheid-in-cijfers",
                        "statement_nl": (
                            "We gebruiken cijfers om te zien waar risico's zitten: de jaarlijkse monitor sociale "
                            "veiligheid en onze registraties van incidenten, verzuim en pesten."
                        ),
                        "statement_en": (
                            "We use figures to see where the risks are: the annual social safety monitor and our "
                            "records of incidents, absence and bullying."
                        ),
                        "question_nl": "",
                        "question_en": "",
                        "levels_nl": [
                            "Er wordt weinig geregistreerd, of niemand bekijkt de gegevens.",
                            "We registreren en monitoren, maar de cijfers blijven in een rapport en komen niet in "
                            "het team.",
                            "We bespreken de uitkomsten jaarlijks, maar koppelen ze zelden aan verzuim of "
                            "zorgdossiers.",
                            "We leggen monitor, incidenten, verzuim en zorgsignalen naast elkaar en sturen bij op "
                            "wat we zien.",
                        ],
                        "levels_en": [
                            "Little is recorded, or nobody looks at the data.",
                            "We record and monitor, but the figures stay in a report and never reach the team.",
                            "We discuss the results every year, but rarely link them to absence or care files.",
                            "We set the monitor, incidents, absence and care signals side by side and adjust our "
                            "approach to what we see.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": True,
                        "legal_note_nl": "Scholen moeten de sociale veiligheid van hun leerlingen elk jaar monitoren.",
                        "legal_note_en": "Schools are required to monitor their pupils' social safety every year.",
                        "short_term_nl": (
                            "Leg de laatste monitor naast de incidentregistratie van dit jaar en kijk waar ze "
                            "elkaar bevestigen."
                        ),
                        "short_term_en": (
                            "Put the latest monitor next to this year's incident records and see where they confirm "
                            "each other."
                        ),
                        "long_term_nl": (
                            "Maak van de analyse van monitor, incidenten en verzuim een vast jaarlijks moment en "
                            "bespreek die met team en partners."
                        ),
                        "long_term_en": (
                            "Make the analysis of the monitor, incidents and absence a fixed yearly moment and "
                            "discuss it with the team and partners."
                        ),
                        "links": [
                            {"resource": "data-analyse-incidentregistratie", "below": 3},
                            {"resource": "oefening-verzuimpatroon-in-kaart", "below": 2.5},
                        ],
                    },
                    {
                        "key": "thema-leeft",
                        "statement_nl": (
                            "Het thema leeft in ons team: collega's weten waarom criminaliteit en ondermijning ook "
                            "onze school aangaan."
                        ),
                        "statement_en": (
                            "The topic is alive in our team: colleagues know why crime and organised crime concern "
                            "our school too."
                        ),
                        "question_nl": "",
                        "question_en": "",
                        "levels_nl": [
                            "Veel collega's kennen het thema niet of denken dat het hier niet speelt.",
                            "Het thema is bekend, maar geldt als iets voor de zorgcoördinator of de directie.",
                            "De meeste collega's zien het belang; een deel heeft een scholing of kennissessie gevolgd.",
                            "Het hele team is geschoold, kent de lokale situatie en ziet een eigen rol.",
                        ],
                        "levels_en": [
                            "Many colleagues don't know the topic or think it doesn't happen here.",
                            "The topic is known, but seen as a matter for the care coordinator or management.",
                            "Most colleagues see why it matters; some have attended training or a knowledge session.",
                            "The whole team has been trained, knows the local situation and sees a role for "
                            "themselves.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Deel een factsheet of infographic met cijfers uit je eigen gemeente en bespreek die "
                            "kort in het team."
                        ),
                        "short_term_en": (
                            "Share a fact sheet or infographic with figures from your own municipality and discuss "
                            "it briefly in the team."
                        ),
                        "long_term_nl": (
                            "Neem scholing op dit thema op in het professionaliseringsplan, ook voor nieuwe collega's."
                        ),
                        "long_term_en": (
                            "Include training on this topic in the professional development plan, for new "
                            "colleagues too."
                        ),
                        "links": [
                            {"resource": "basistraining-schoolveiligheid-ondermijning", "below": 3},
                            {"resource": "kennissessies-en-bijscholing", "below": 3},
                            {"resource": "factsheet-lokale-problematiek", "below": 3},
                            {"resource": "film-het-eerste-pakketje", "below": 2.5},
                        ],
                    },
                    {
                        "key": "vaste-aandacht-in-overleg",
                        "statement_nl": (
                            "Het onderwerp staat geregeld op de agenda van teamvergaderingen en studiedagen, niet "
                            "alleen na een incident."
                        ),
                        "statement_en": (
                            "The subject is regularly on the agenda of team meetings and study days, not only after "
                            "an incident."
                        ),
                        "question_nl": "",
                        "question_en": "",
                        "levels_nl": [
                            "Het komt alleen ter sprake als er iets ernstigs is gebeurd.",
                            "Het staat af en toe op de agenda, afhankelijk van wie de vergadering voorbereidt.",
                            "Het komt een paar keer per jaar terug, maar zonder vaste vorm of vervolg.",
                            "Het is een vast agendapunt met een korte update, een casus of een signaal uit de wijk.",
                        ],
                        "levels_en": [
                            "It is only raised when something serious has happened.",
                            "It is on the agenda now and then, depending on who prepares the meeting.",
                            "It comes back a few times a year, but without a fixed format or follow-up.",
                            "It is a standing agenda item with a short update, a case or a signal from the "
                            "neighbourhood.",
                        ],
                        "allow_unknown": False,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Reserveer op de volgende teamvergadering tien minuten voor een signaal of casus."
                        ),
                        "short_term_en": "Set aside ten minutes at the next team meeting for a signal or a case.",
                        "long_term_nl": "Maak het een vast agendapunt en spreek af wie het per keer voorbereidt.",
                        "long_term_en": "Make it a standing item and agree who prepares it each time.",
                        "links": [
                            {"resource": "vast-agendapunt-op-teamvergaderingen", "below": 3},
                            {"resource": "basistraining-schoolveiligheid-ondermijning", "below": 2.5},
                        ],
                    },
                ],
            },
            {
                "key": "bereidheid",
                "core_dimension": "bereidheid",
                "title_nl": "Bereidheid",
                "title_en": "Willingness",
                "description_nl": "Durven we zorgen te delen en te bespreken, en is duidelijk wie wat doet?",
                "description_en": "Do we dare to share and discuss concerns, and is it clear who does what?",
                "items": [
                    {
                        "key": "vermoedens-delen",
                        "statement_nl": (
                            "Collega's delen vermoedens en zorgen in het teamoverleg, ook als ze nog niet zeker zijn."
                        ),
                        "statement_en": (
                            "Colleagues share suspicions and concerns in team meetings, even when they are not yet "
                            "sure."
                        ),
                        "question_nl": "",
                        "question_en": "",
                        "levels_nl": [
                            "Zorgen worden niet gedeeld; collega's zijn bang iemand ten onrechte te beschuldigen.",
                            "Zorgen worden vooral op de gang gedeeld, niet in het overleg.",
                            "In het overleg is ruimte voor zorgen, maar niet iedereen durft die te gebruiken.",
                            "Twijfel delen is gewoon; we bespreken zorgen open, feitelijk en zonder oordeel.",
                        ],
                        "levels_en": [
                            "Concerns are not shared; colleagues are afraid of wrongly accusing someone.",
                            "Concerns are mostly shared in the corridor, not in meetings.",
                            "Meetings make room for concerns, but not everyone dares to use it.",
                            "Sharing doubts is normal; we discuss concerns openly, factually and without judgement.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Open het volgende teamoverleg met de vraag: waar maak je je deze week zorgen over?"
                        ),
                        "short_term_en": (
                            "Open the next team meeting with the question: what are you worried about this week?"
                        ),
                        "long_term_nl": (
                            "Spreek als team af hoe je zorgen bespreekt: vertrouwelijk, feitelijk en zonder oordeel."
                        ),
                        "long_term_en": (
                            "Agree as a team how you discuss concerns: confidentially, factually and without judgement."
                        ),
                        "links": [
                            {"resource": "basistraining-schoolveiligheid-ondermijning", "below": 3},
                            {"resource": "taboevrije-bespreekruimte-in-teamoverleg", "below": 3},
                        ],
                    },
                    {
                        "key": "gesprek-beginnen",
                        "statement_nl": (
                            "Collega's durven een gesprek met een leerling of ouder te beginnen over een vermoeden."
                        ),
                        "statement_en": (
                            "Colleagues dare to start a conversation with a pupil or parent about a suspicion."
                        ),
                        "question_nl": "",
                        "question_en": "",
                        "levels_nl": [
                            "Collega's vermijden zo'n gesprek of laten het meteen aan een ander over.",
                            "Enkele collega's doen het, meestal onvoorbereid en met veel onzekerheid.",
                            "De meeste collega's weten hoe ze zo'n gesprek openen, maar hebben het weinig geoefend.",
                            "Collega's voeren zulke gesprekken rustig, hebben ze geoefend en weten wanneer ze hulp "
                            "vragen.",
                        ],
                        "levels_en": [
                            "Colleagues avoid such a conversation or hand it straight to someone else.",
                            "A few colleagues do it, usually unprepared and feeling very unsure.",
                            "Most colleagues know how to open such a conversation, but have had little practice.",
                            "Colleagues hold these conversations calmly, have practised them and know when to ask "
                            "for help.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Oefen in een teamvergadering in tweetallen een openingszin voor een gesprek over een zorg."
                        ),
                        "short_term_en": (
                            "At a team meeting, practise in pairs an opening line for a conversation about a concern."
                        ),
                        "long_term_nl": (
                            "Plan een gespreksvaardigheidstraining met rollenspel voor mentoren en docenten."
                        ),
                        "long_term_en": "Plan a conversation skills training with role play for tutors and teachers.",
                        "links": [
                            {"resource": "basistraining-schoolveiligheid-ondermijning", "below": 3},
                            {"resource": "gespreksvaardigheidstraining-vermoedens", "below": 3},
                            {"resource": "oefening-rollenspel-gesprek-over-vermoedens", "below": 3},
                            {"resource": "training-gespreksvoering-bij-polarisatie", "below": 2.5},
                        ],
                    },
                    {
                        "key": "gedragsverwachtingen-vastgelegd",
                        "statement_nl": (
                            "In ons schoolveiligheidsplan staat wat we van medewerkers verwachten als ze zorgwekkend "
                            "gedrag zien."
                        ),
                        "statement_en": (
                            "Our school safety plan sets out what we expect of staff when they see worrying behaviour."
                        ),
                        "question_nl": "",
                        "question_en": "",
                        "levels_nl": [
                            "Er is geen schoolveiligheidsplan, of het zegt niets over zorgwekkend gedrag.",
                            "Het plan noemt het onderwerp, maar collega's weten niet wat erin staat.",
                            "De verwachtingen staan erin en een deel van het team kent ze.",
                            "De verwachtingen zijn helder, iedereen kent ze en ze worden elk schooljaar toegelicht.",
                        ],
                        "levels_en": [
                            "There is no school safety plan, or it says nothing about worrying behaviour.",
                            "The plan mentions the topic, but colleagues don't know what it says.",
                            "The expectations are in it and part of the team knows them.",
                            "The expectations are clear, everyone knows them and they are explained every school year.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": True,
                        "legal_note_nl": (
                            "De Wet Vrij en Veilig Onderwijs vraagt scholen hun veiligheidsaanpak vast te leggen in "
                            "een schoolveiligheidsplan."
                        ),
                        "legal_note_en": (
                            "The Wet Vrij en Veilig Onderwijs (Free and Safe Education Act) asks schools to set out "
                            "their safety approach in a school safety plan."
                        ),
                        "short_term_nl": (
                            "Lees met het MT na wat het huidige plan zegt over zorgwekkend gedrag en noteer wat "
                            "ontbreekt."
                        ),
                        "short_term_en": (
                            "With the management team, check what the current plan says about worrying behaviour and "
                            "note what is missing."
                        ),
                        "long_term_nl": (
                            "Werk de verwachtingen uit in het plan en licht ze jaarlijks toe aan het team en aan "
                            "nieuwe collega's."
                        ),
                        "long_term_en": (
                            "Write the expectations into the plan and explain them every year to the team and to new "
                            "colleagues."
                        ),
                        "links": [
                            {"resource": "gedragsverwachtingen-in-schoolveiligheidsplan", "below": 3},
                            {
                                "resource": "kennis-schoolveiligheidsplan-onder-de-wet-vrij-en-veilig-onderwijs",
                                "below": 3,
                            },
                            {"resource": "elearning-wet-vrij-en-veilig-onderwijs", "below": 2.5},
                        ],
                    },
                    {
                        "key": "aanspreekpunt-bekend",
                        "statement_nl": (
                            "Iedereen weet bij wie hij of zij op de eigen locatie terechtkan met een zorg over een "
                            "leerling."
                        ),
                        "statement_en": (
                            "Everyone knows who to turn to at their own location with a concern about a pupil."
                        ),
                        "question_nl": "",
                        "question_en": "",
                        "levels_nl": [
                            "Er is geen vast aanspreekpunt; collega's weten niet bij wie ze moeten zijn.",
                            "Er is een aanspreekpunt, maar veel collega's, vooral nieuwe, weten niet wie dat is.",
                            "Het aanspreekpunt is bekend, maar niet altijd bereikbaar en er is geen vervanger.",
                            "Elke locatie heeft een bekend, bereikbaar aanspreekpunt met een vervanger.",
                        ],
                        "levels_en": [
                            "There is no fixed contact person; colleagues don't know who to go to.",
                            "There is a contact person, but many colleagues, especially new ones, don't know who it "
                            "is.",
                            "The contact person is known, but not always available, and there is no deputy.",
                            "Every location has a known, reachable contact person with a deputy.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Zet naam en bereikbaarheid van het aanspreekpunt op het intranet en in de personeelskamer."
                        ),
                        "short_term_en": (
                            "Put the contact person's name and availability on the intranet and in the staff room."
                        ),
                        "long_term_nl": (
                            "Benoem per locatie of team een aanspreekpunt met vervanger en neem dat op in de "
                            "introductie van nieuwe collega's."
                        ),
                        "long_term_en": (
                            "Appoint a contact person with a deputy for each location or team and include this in "
                            "the induction of new colleagues."
                        ),
                        "links": [
                            {"resource": "vervolgtraining-visie-beleid-interventie", "below": 3},
                            {"resource": "aanspreekpunt-per-locatie", "below": 3},
                        ],
                    },
                    {
                        "key": "wie-doet-wat",
                        "statement_nl": (
                            "Taken en meldroutes, binnen de school en naar partners buiten de school, zijn "
                            "vastgelegd en voor iedereen zichtbaar."
                        ),
                        "statement_en": (
                            "Tasks and reporting routes, inside the school and to partners outside it, are set down "
                            "and visible to everyone."
                        ),
                        "question_nl": "",
                        "question_en": "",
                        "levels_nl": [
                            "Niemand weet precies wie wat doet; signalen blijven liggen of gaan alle kanten op.",
                            "De taakverdeling bestaat op papier, maar in de praktijk is het zoeken.",
                            "De meldroute is bekend en zichtbaar, maar we hebben hem niet met casussen getest.",
                            "De meldroute past op één pagina, iedereen kent zijn rol en we oefenen hem met casussen.",
                        ],
                        "levels_en": [
                            "Nobody knows exactly who does what; signals get stuck or go in every direction.",
                            "The division of tasks exists on paper, but in practice people have to search.",
                            "The reporting route is known and visible, but we have not tested it with cases.",
                            "The reporting route fits on one page, everyone knows their role and we practise it "
                            "with cases.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Loop in een teamsessie één casus door met de vraag: wie doet wat, en wanneer?"
                        ),
                        "short_term_en": (
                            "In a team session, walk through one case with the question: who does what, and when?"
                        ),
                        "long_term_nl": (
                            "Zet de interne en externe meldstructuur op één pagina en herzie die elk jaar samen met "
                            "de ketenpartners."
                        ),
                        "long_term_en": (
                            "Put the internal and external reporting structure on one page and review it every year "
                            "with the partner agencies."
                        ),
                        "links": [
                            {"resource": "vervolgtraining-visie-beleid-interventie", "below": 3},
                            {"resource": "meldstructuur-visualiseren", "below": 3},
                            {"resource": "teamsessie-wie-doet-wat-in-deze-casus", "below": 3},
                            {"resource": "film-wie-doet-wat-bij-een-melding", "below": 2.5},
                            {"resource": "oefening-de-route-van-een-signaal", "below": 2.5},
                        ],
                    },
                ],
            },
            {
                "key": "bekwaamheid",
                "core_dimension": "bekwaamheid",
                "title_nl": "Bekwaamheid",
                "title_en": "Competence",
                "description_nl": "Weten we hoe we handelen bij signalen, en doen we dat samen met onze partners?",
                "description_en": "Do we know how to act on signs, and do we do so together with our partners?",
                "items": [
                    {
                        "key": "handelen-bij-signalen",
                        "statement_nl": (
                            "We weten hoe we handelen bij signalen van wapens, chantage of drugs: er zijn protocollen "
                            "en we hebben ze geoefend."
                        ),
                        "statement_en": (
                            "We know how to act on signs of weapons, blackmail or drugs: there are protocols and we "
                            "have practised them."
                        ),
                        "question_nl": "",
                        "question_en": "",
                        "levels_nl": [
                            "Er zijn geen protocollen; bij een incident wordt er geïmproviseerd.",
                            "Er zijn protocollen, maar weinig collega's kennen ze.",
                            "De protocollen zijn bekend, maar nooit met een scenario geoefend.",
                            "We oefenen de protocollen met scenario's en bespreken echte casussen na om ervan te "
                            "leren.",
                        ],
                        "levels_en": [
                            "There are no protocols; when an incident happens, people improvise.",
                            "There are protocols, but few colleagues know them.",
                            "The protocols are known, but have never been practised with a scenario.",
                            "We practise the protocols with scenarios and review real cases afterwards to learn "
                            "from them.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Houd een tafeloefening van een uur met een concreet scenario, zoals een mes op het plein."
                        ),
                        "short_term_en": (
                            "Hold a one-hour tabletop exercise with a concrete scenario, such as a knife in the "
                            "playground."
                        ),
                        "long_term_nl": (
                            "Plan elk jaar een scenario-oefening en een nabespreking van echte casussen, en werk de "
                            "protocollen daarna bij."
                        ),
                        "long_term_en": (
                            "Schedule a scenario exercise and a review of real cases every year, and update the "
                            "protocols afterwards."
                        ),
                        "links": [
                            {"resource": "vervolgtraining-visie-beleid-interventie", "below": 3},
                            {"resource": "protocollen-opstellen-en-oefenen", "below": 3},
                            {"resource": "scenario-oefeningen-met-nabespreking", "below": 3},
                            {"resource": "oefening-tafeloefening-wapenincident", "below": 3},
                            {"resource": "training-veilig-handelen-bij-wapens", "below": 2.5},
                            {"resource": "kennis-wapens-kluisjescontrole-en-schoolregels", "below": 2.5},
                            {"resource": "training-signaleren-uitbuiting-en-loverboys", "below": 2.5},
                            {"partner": "wijkagent", "below": 2.5},
                            {"partner": "halt", "below": 2},
                        ],
                    },
                    {
                        "key": "meldcode-huiselijk-geweld",
                        "statement_nl": (
                            "We werken met de meldcode huiselijk geweld en kindermishandeling, en collega's kennen "
                            "de stappen."
                        ),
                        "statement_en": (
                            "We work with the reporting code for domestic violence and child abuse, and colleagues "
                            "know its steps."
                        ),
                        "question_nl": "",
                        "question_en": "",
                        "levels_nl": [
                            "Collega's weten niet dat er een meldcode is of waar die te vinden is.",
                            "De meldcode is er, maar alleen de aandachtsfunctionaris kent de stappen.",
                            "De meeste collega's kennen de stappen, maar twijfelen als het erop aankomt.",
                            "Collega's kennen de stappen, overleggen bij twijfel en weten wanneer Veilig Thuis om "
                            "advies wordt gevraagd.",
                        ],
                        "levels_en": [
                            "Colleagues don't know there is a reporting code or where to find it.",
                            "The code exists, but only the designated officer knows the steps.",
                            "Most colleagues know the steps, but hesitate when it really matters.",
                            "Colleagues know the steps, consult when in doubt and know when Veilig Thuis is asked "
                            "for advice.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": True,
                        "legal_note_nl": (
                            "Scholen zijn wettelijk verplicht een meldcode huiselijk geweld en kindermishandeling te "
                            "hebben en te gebruiken."
                        ),
                        "legal_note_en": (
                            "Schools are required by law to have and use a reporting code for domestic violence and "
                            "child abuse."
                        ),
                        "short_term_nl": "Bespreek in het team een korte casus langs de stappen van de meldcode.",
                        "short_term_en": "Discuss a short case in the team, step by step through the reporting code.",
                        "long_term_nl": (
                            "Oefen de meldcode jaarlijks met nieuwe casussen en laat nieuwe collega's hem in hun "
                            "eerste maand leren kennen."
                        ),
                        "long_term_en": (
                            "Practise the reporting code every year with new cases and make sure new colleagues get "
                            "to know it in their first month."
                        ),
                        "links": [
                            {"resource": "elearning-meldcode-huiselijk-geweld-in-de-praktijk", "below": 3},
                            {"resource": "oefening-signaal-of-ruis-huiselijk-geweld", "below": 3},
                            {"resource": "kennis-signalen-huiselijk-geweld-bij-kinderen", "below": 2.5},
                            {"partner": "veilig-thuis", "below": 2.5},
                        ],
                    },
                    {
                        "key": "interculturele-sensitiviteit",
                        "statement_nl": (
                            "Ons team gaat sensitief om met verschillen in cultuur en communicatie bij leerlingen en "
                            "ouders."
                        ),
                        "statement_en": (
                            "Our team deals sensitively with differences in culture and communication among pupils "
                            "and parents."
                        ),
                        "question_nl": "",
                        "question_en": "",
                        "levels_nl": [
                            "Misverstanden over cultuur en communicatie komen vaak voor en worden niet besproken.",
                            "Enkele collega's zijn er bewust mee bezig, het team als geheel niet.",
                            "Het team bespreekt culturele verschillen, maar weerspiegelt de leerlingen nog weinig.",
                            "Het team is geschoold, reflecteert samen met jongerenwerk en het personeelsbeleid is "
                            "inclusief.",
                        ],
                        "levels_en": [
                            "Misunderstandings about culture and communication are common and are not discussed.",
                            "A few colleagues pay conscious attention to it; the team as a whole does not.",
                            "The team discusses cultural differences, but does not yet reflect the pupils much.",
                            "The team has been trained, reflects together with youth work and staffing policy is "
                            "inclusive.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Bespreek samen met een jongerenwerker een recent misverstand met een leerling of ouder: "
                            "wat ging er mis en wat had geholpen?"
                        ),
                        "short_term_en": (
                            "Together with a youth worker, discuss a recent misunderstanding with a pupil or parent: "
                            "what went wrong and what would have helped?"
                        ),
                        "long_term_nl": (
                            "Maak inclusie onderdeel van het personeelsbeleid, zodat het team meer lijkt op de "
                            "leerlingen en hun ouders."
                        ),
                        "long_term_en": (
                            "Make inclusion part of staffing policy, so that the team looks more like its pupils and "
                            "their parents."
                        ),
                        "links": [
                            {"resource": "training-culturele-inclusie", "below": 3},
                            {"resource": "reflectie-cultuur-en-communicatie-met-jongerenwerk", "below": 3},
                            {"resource": "kennis-drie-leefwerelden-thuis-school-straat", "below": 3},
                            {"resource": "inclusief-personeelsbeleid", "below": 2.5},
                            {"partner": "jongerenwerk", "below": 2.5},
                        ],
                    },
                    {
                        "key": "netwerk-en-korte-lijnen",
                        "statement_nl": (
                            "We kennen onze ketenpartners en hun contactpersonen, en hebben korte lijnen voordat er "
                            "iets misgaat."
                        ),
                        "statement_en": (
                            "We know our partner agencies and their contact people, and keep short lines before "
                            "anything goes wrong."
                        ),
                        "question_nl": "",
                        "question_en": "",
                        "levels_nl": [
                            "We weten niet goed welke partners er zijn; contact ontstaat pas bij een crisis.",
                            "We kennen enkele partners, maar contactpersonen wisselen en niemand houdt het bij.",
                            "Er is een overzicht van partners en contactpersonen, maar we zien elkaar alleen rond "
                            "casussen.",
                            "Een actuele netwerkkaart, vast overleg en een jaarlijkse netwerkbijeenkomst houden de "
                            "lijnen kort.",
                        ],
                        "levels_en": [
                            "We don't really know which partners exist; contact only starts in a crisis.",
                            "We know a few partners, but contact people change and nobody keeps track.",
                            "There is an overview of partners and contacts, but we only meet around individual cases.",
                            "An up-to-date network map, regular meetings and an annual network event keep the lines "
                            "short.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Maak een netwerkkaart van de partners die ertoe doen, met hun contactpersonen en een "
                            "datum om de kaart na te lopen."
                        ),
                        "short_term_en": (
                            "Draw up a network map of the partners who matter, with their contact people and a date "
                            "to review the map."
                        ),
                        "long_term_nl": (
                            "Organiseer elk jaar een netwerkbijeenkomst met jongerenwerk, politie, leerplicht en "
                            "jeugdhulp."
                        ),
                        "long_term_en": (
                            "Hold a network event every year with youth work, police, the attendance officer and "
                            "youth care."
                        ),
                        "links": [
                            {"resource": "vervolgtraining-visie-beleid-interventie", "below": 3},
                            {"resource": "regie-op-schoolveiligheid", "below": 2.5},
                            {"resource": "netwerkkaart-ketenpartners", "below": 3},
                            {"resource": "korte-lijnen-met-netwerkpartners", "below": 3},
                            {"resource": "jaarlijkse-netwerkbijeenkomst", "below": 2.5},
                            {"resource": "kennis-wat-mag-je-delen-met-ketenpartners", "below": 3},
                            {"partner": "jongerenwerk", "below": 2.5},
                            {"partner": "wijkagent", "below": 2.5},
                            {"partner": "leerplicht", "below": 2.5},
                            {"partner": "jeugdhulp", "below": 2.5},
                        ],
                    },
                    {
                        "key": "samenwerkingsafspraken",
                        "statement_nl": (
                            "Onze samenwerking met ketenpartners is vastgelegd in een werkplan of convenant, en het "
                            "is duidelijk wie de regie heeft."
                        ),
                        "statement_en": (
                            "Our cooperation with partner agencies is set down in a work plan or covenant, and it is "
                            "clear who coordinates it."
                        ),
                        "question_nl": "",
                        "question_en": "",
                        "levels_nl": [
                            "Er zijn geen afspraken; samenwerking hangt af van toevallige contacten.",
                            "Er zijn mondelinge afspraken, maar die verdwijnen als iemand vertrekt.",
                            "Afspraken staan op papier, maar worden niet geëvalueerd en de regie is onduidelijk.",
                            "Een werkplan of convenant regelt wie wat doet, de gemeente voert regie en we evalueren "
                            "jaarlijks.",
                        ],
                        "levels_en": [
                            "There are no agreements; cooperation depends on chance contacts.",
                            "There are verbal agreements, but they vanish when someone leaves.",
                            "Agreements are on paper, but they are not evaluated and coordination is unclear.",
                            "A work plan or covenant sets out who does what, the municipality coordinates and we "
                            "evaluate yearly.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Vraag de gemeente wie de regie heeft over schoolveiligheid en welke afspraken er al "
                            "bestaan."
                        ),
                        "short_term_en": (
                            "Ask the municipality who coordinates school safety and which agreements already exist."
                        ),
                        "long_term_nl": (
                            "Leg samen met gemeente en partners de afspraken vast in een werkplan of convenant en "
                            "evalueer ze elk jaar."
                        ),
                        "long_term_en": (
                            "Together with the municipality and partners, set the agreements down in a work plan or "
                            "covenant and evaluate them every year."
                        ),
                        "links": [
                            {"resource": "regie-op-schoolveiligheid", "below": 3},
                            {"resource": "vervolgtraining-visie-beleid-interventie", "below": 2.5},
                            {"resource": "samenwerkingsafspraken-in-convenant", "below": 3},
                            {"resource": "kennis-wat-mag-je-delen-met-ketenpartners", "below": 2.5},
                            {"partner": "zorg-en-veiligheidshuis", "below": 2},
                        ],
                    },
                ],
            },
        ],
    },
    # -----------------------------------------------------------------------------------------------------------
    # Welbevinden en gelijke kansen (seed 003)
    # -----------------------------------------------------------------------------------------------------------
    {
        "slug": "welbevinden-en-gelijke-kansen",
        "theme": "gelijke-kansen",
        "scale": 5,
        "title_nl": "Welbevinden en gelijke kansen",
        "title_en": "Wellbeing and equal opportunities",
        "intro_nl": (
            "Deze scan helpt je team na te gaan hoe de school via welbevinden bijdraagt aan gelijke kansen, in vijf "
            "onderwerpen. Bij elk onderwerp staan vragen om samen te bespreken en suggesties voor nu en voor later. "
            "Invullen duurt ongeveer een kwartier; de antwoorden zijn anoniem en 'weet ik niet' mag. Het gaat niet "
            "om een score, maar om het gesprek en de volgende stap."
        ),
        "intro_en": (
            "This scan helps your team look at how the school contributes to equal opportunities through wellbeing, "
            "across five topics. Each topic comes with questions to discuss together and suggestions for now and "
            "for later. It takes about fifteen minutes; answers are anonymous and 'don't know' is allowed. It is "
            "not about a score, but about the conversation and the next step."
        ),
        "dimensions": [
            {
                "key": "welbevinden-en-kansen",
                "core_dimension": "",
                "title_nl": "Welbevinden en gelijke kansen",
                "title_en": "Wellbeing and equal opportunities",
                "description_nl": "Weten we hoe welbevinden en kansen samenhangen, en werken we er schoolbreed aan?",
                "description_en": (
                    "Do we know how wellbeing and opportunities are linked, and do we work on them school-wide?"
                ),
                "items": [
                    {
                        "key": "factoren-in-beeld",
                        "statement_nl": (
                            "We weten hoe welbevinden en kansengelijkheid samenhangen en zien welke factoren thuis "
                            "en op school daarin meespelen."
                        ),
                        "statement_en": (
                            "We know how wellbeing and equal opportunities are linked and see which factors at home "
                            "and at school play a part."
                        ),
                        "question_nl": (
                            "Wat weten we eigenlijk over hoe welbevinden de kansen van leerlingen beïnvloedt? En "
                            "welke gewoonten van onze eigen school werken ongelijkheid in de hand?"
                        ),
                        "question_en": (
                            "What do we actually know about how wellbeing affects pupils' opportunities? And which "
                            "habits of our own school feed inequality?"
                        ),
                        "levels_nl": [
                            "We hebben geen beeld van wat het welbevinden van onze leerlingen beïnvloedt.",
                            "We kennen algemene risicofactoren, zoals armoede of stress thuis, maar niet voor onze "
                            "eigen leerlingen.",
                            "We zien factoren thuis, maar kijken nog niet naar wat ons eigen onderwijs bijdraagt.",
                            "We kennen factoren thuis én op school en bespreken ze af en toe in het team.",
                            "Elk jaar brengen we risico- en beschermende factoren in beeld, ook in onze eigen "
                            "werkwijze, en sturen erop.",
                        ],
                        "levels_en": [
                            "We have no picture of what affects our pupils' wellbeing.",
                            "We know general risk factors, such as poverty or stress at home, but not for our own "
                            "pupils.",
                            "We see factors at home, but don't yet look at what our own teaching contributes.",
                            "We know the factors at home and at school and discuss them in the team from time to time.",
                            "Every year we map risk and protective factors, including in our own practice, and act "
                            "on them.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Lees met het zorgteam een onderzoeksoverzicht van factoren die met kansenongelijkheid "
                            "samenhangen en kies er drie om te bespreken."
                        ),
                        "short_term_en": (
                            "With the care team, read a research overview of factors linked to unequal opportunities "
                            "and pick three to discuss."
                        ),
                        "long_term_nl": (
                            "Plan een vast moment in het jaar om risico- en beschermende factoren opnieuw te "
                            "bekijken, ook de veerkracht van leerlingen en gezinnen."
                        ),
                        "long_term_en": (
                            "Plan a fixed moment each year to look again at risk and protective factors, including "
                            "the resilience of pupils and families."
                        ),
                        "links": [
                            {"resource": "kennis-welbevinden-en-gelijke-kansen-schoolbreed", "below": 3.5},
                            {"resource": "kennis-drie-leefwerelden-thuis-school-straat", "below": 3},
                            {"partner": "buurtteam", "below": 2.5},
                        ],
                    },
                    {
                        "key": "schoolbrede-aanpak",
                        "statement_nl": (
                            "Werken aan welbevinden is bij ons een schoolbrede aanpak, die ook de leerlingen bereikt "
                            "die minder kansen krijgen."
                        ),
                        "statement_en": (
                            "Working on wellbeing is a school-wide approach for us, and it also reaches the pupils "
                            "who get fewer opportunities."
                        ),
                        "question_nl": (
                            "Waar gaat het bij ons al goed, en wat zien we over het hoofd? Hoe maken we klassen "
                            "waarin leerlingen voor elkaar zorgen?"
                        ),
                        "question_en": (
                            "What is already going well here, and what are we overlooking? How do we create classes "
                            "in which pupils look after each other?"
                        ),
                        "levels_nl": [
                            "Welbevinden hangt af van de individuele leraar; er is geen gedeelde aanpak.",
                            "Er zijn losse activiteiten, zoals een project of lespakket, zonder samenhang.",
                            "Er is een gedeelde aanpak op papier, maar die komt niet in elke klas terug.",
                            "De aanpak leeft in de meeste klassen; of hij kwetsbare leerlingen bereikt, weten we "
                            "niet zeker.",
                            "Visie, lessen, signalering en beleid sluiten op elkaar aan en we gaan na of kwetsbare "
                            "leerlingen er baat bij hebben.",
                        ],
                        "levels_en": [
                            "Wellbeing depends on the individual teacher; there is no shared approach.",
                            "There are separate activities, such as a project or lesson pack, with no coherence.",
                            "There is a shared approach on paper, but it doesn't show in every class.",
                            "The approach is alive in most classes; whether it reaches vulnerable pupils, we are not "
                            "sure.",
                            "Vision, lessons, early identification and policy fit together, and we check that "
                            "vulnerable pupils benefit.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Vul met een kleine groep collega's een checklist welbevinden voor po of vo in en "
                            "bespreek de uitkomst in het team."
                        ),
                        "short_term_en": (
                            "With a small group of colleagues, fill in a wellbeing checklist for primary or secondary "
                            "and discuss the outcome in the team."
                        ),
                        "long_term_nl": (
                            "Bouw stap voor stap aan een zorgzaam en veilig klimaat in elke klas, met afspraken die "
                            "het hele team uitvoert."
                        ),
                        "long_term_en": (
                            "Build a caring and safe climate in every class step by step, with agreements the whole "
                            "team carries out."
                        ),
                        "links": [
                            {"resource": "kennis-welbevinden-en-gelijke-kansen-schoolbreed", "below": 3.5},
                            {"resource": "training-intervisie-en-video-interactiebegeleiding", "below": 3},
                            {"resource": "oefening-groepskaart-wie-staat-waar", "below": 3},
                            {"resource": "elearning-pesten-en-groepsdynamiek", "below": 2.5},
                        ],
                    },
                    {
                        "key": "diversiteit-en-meertaligheid",
                        "statement_nl": (
                            "We waarderen de diversiteit en meertaligheid van onze leerlingen en zetten die positief "
                            "in bij het leren."
                        ),
                        "statement_en": (
                            "We value our pupils' diversity and multilingualism and use them positively in learning."
                        ),
                        "question_nl": (
                            "Wat vinden we als team van de talen die leerlingen thuis spreken? Zien en gebruiken we "
                            "hun culturele achtergrond als bron om van te leren?"
                        ),
                        "question_en": (
                            "What do we as a team think of the languages pupils speak at home? Do we see and use "
                            "their cultural background as a source to learn from?"
                        ),
                        "levels_nl": [
                            "Andere talen dan het Nederlands worden op school ontmoedigd of verboden.",
                            "Diversiteit wordt getolereerd, maar vooral als probleem gezien.",
                            "Sommige leraren bouwen voort op de achtergrond van leerlingen; er is geen gedeelde visie.",
                            "We hebben een visie op diversiteit en meertaligheid, maar die zit nog niet in alle "
                            "lessen.",
                            "Talen en achtergronden van leerlingen hebben een vaste plek in de lessen en in het "
                            "contact met ouders.",
                        ],
                        "levels_en": [
                            "Languages other than Dutch are discouraged or banned at school.",
                            "Diversity is tolerated, but mainly seen as a problem.",
                            "Some teachers build on pupils' backgrounds; there is no shared vision.",
                            "We have a vision on diversity and multilingualism, but it is not yet in every lesson.",
                            "Pupils' languages and backgrounds have a regular place in lessons and in contact with "
                            "parents.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Inventariseer in elke klas welke talen leerlingen spreken en bedenk samen één les waarin "
                            "die een rol krijgen."
                        ),
                        "short_term_en": (
                            "List the languages pupils speak in each class and plan one lesson together in which "
                            "those languages play a part."
                        ),
                        "long_term_nl": (
                            "Stel met het team een visie op meertaligheid op en verwerk die in het taalbeleid."
                        ),
                        "long_term_en": (
                            "Draw up a vision on multilingualism with the team and build it into language policy."
                        ),
                        "links": [
                            {"resource": "training-culturele-inclusie", "below": 3},
                            {"resource": "les-wie-ben-ik-identiteitscirkels", "below": 3.5},
                            {"resource": "les-mijn-talent-jouw-talent", "below": 3.5},
                        ],
                    },
                ],
            },
            {
                "key": "brede-samenwerking",
                "core_dimension": "",
                "title_nl": "Belang van brede samenwerking",
                "title_en": "The importance of broad cooperation",
                "description_nl": "Verbinden we thuis, school en straat, en werken we samen met ouders en partners?",
                "description_en": "Do we connect home, school and street, and do we work with parents and partners?",
                "items": [
                    {
                        "key": "partnerschap-met-ouders",
                        "statement_nl": (
                            "We bereiken alle ouders en verzorgers, ook wie de taal nog niet goed spreekt of digitaal "
                            "minder thuis is, en stemmen verwachtingen met hen af."
                        ),
                        "statement_en": (
                            "We reach all parents and carers, including those who don't yet speak Dutch well or are "
                            "less at home online, and align expectations with them."
                        ),
                        "question_nl": (
                            "Welke ouders zien en spreken we bijna nooit, en waarom? Weten we wat zij van school "
                            "verwachten, en weten zij wat wij verwachten? Wanneer vragen we een tolk of "
                            "sleutelpersoon erbij?"
                        ),
                        "question_en": (
                            "Which parents do we hardly ever see or speak to, and why? Do we know what they expect "
                            "of the school, and do they know what we expect? When do we bring in an interpreter or "
                            "key person?"
                        ),
                        "levels_nl": [
                            "Contact met ouders is er vooral bij problemen, alleen schriftelijk of digitaal in het "
                            "Nederlands.",
                            "Een vaste groep ouders komt naar avonden; anderen bereiken we nauwelijks.",
                            "We zoeken actief contact met moeilijk bereikbare ouders, maar zonder vaste werkwijze.",
                            "We werken met tolken of sleutelpersonen en bespreken verwachtingen met de meeste ouders.",
                            "Met vrijwel alle ouders zijn verwachtingen over en weer besproken, in vormen die "
                            "drempels verlagen.",
                        ],
                        "levels_en": [
                            "Contact with parents happens mainly when there are problems, only in writing or online "
                            "in Dutch.",
                            "A regular group of parents comes to evenings; others we barely reach.",
                            "We actively seek contact with hard-to-reach parents, but without a set approach.",
                            "We work with interpreters or key persons and discuss expectations with most parents.",
                            "Expectations on both sides have been discussed with nearly all parents, in formats that "
                            "lower barriers.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Breng met een korte scan van het oudercontact in kaart welke ouders je wel en niet "
                            "bereikt."
                        ),
                        "short_term_en": (
                            "Use a short scan of parent contact to map which parents you do and don't reach."
                        ),
                        "long_term_nl": (
                            "Maak een visie op werken met tolken, sleutelpersonen of een brugfunctionaris, en "
                            "probeer andere vormen dan de klassieke ouderavond."
                        ),
                        "long_term_en": (
                            "Agree a vision on working with interpreters, key persons or a bridging officer, and try "
                            "formats other than the traditional parents' evening."
                        ),
                        "links": [
                            {"resource": "kennis-samenwerken-met-alle-ouders", "below": 3.5},
                            {"resource": "training-culturele-inclusie", "below": 2.5},
                            {"partner": "buurtteam", "below": 2.5},
                        ],
                    },
                    {
                        "key": "drie-leefwerelden",
                        "statement_nl": (
                            "We hebben zicht op de leefwereld van onze leerlingen buiten school: thuis, op straat en "
                            "in hun vriendengroep."
                        ),
                        "statement_en": (
                            "We have a view of our pupils' world outside school: at home, on the street and among "
                            "their friends."
                        ),
                        "question_nl": (
                            "Wat weten we van het leven van onze leerlingen op straat en in hun vriendengroep, en "
                            "hoe verhoudt zich dat tot thuis en school?"
                        ),
                        "question_en": (
                            "What do we know about our pupils' lives on the street and among their friends, and how "
                            "does that relate to home and school?"
                        ),
                        "levels_nl": [
                            "We weten weinig van het leven van leerlingen buiten school en vragen er niet naar.",
                            "Mentoren vangen wel iets op, maar dat wordt niet gedeeld.",
                            "We weten het een en ander over thuis; straat en vriendengroep blijven buiten beeld.",
                            "We wisselen met jongerenwerk uit over wat er in de wijk speelt, maar niet structureel.",
                            "Thuis, school en straat hebben een vaste plek in ons denken; we stemmen geregeld af met "
                            "jongerenwerk.",
                        ],
                        "levels_en": [
                            "We know little about pupils' lives outside school and don't ask about them.",
                            "Tutors pick up a few things, but these are not shared.",
                            "We know a fair amount about home; the street and friendship groups stay out of view.",
                            "We exchange with youth work about what goes on in the neighbourhood, but not "
                            "systematically.",
                            "Home, school and street have a fixed place in our thinking; we consult youth work "
                            "regularly.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Nodig een jongerenwerker uit in het teamoverleg om te vertellen wat er na schooltijd in "
                            "de wijk speelt."
                        ),
                        "short_term_en": (
                            "Invite a youth worker to a team meeting to tell you what goes on in the neighbourhood "
                            "after school."
                        ),
                        "long_term_nl": (
                            "Maak het verbinden van thuis-, school- en straatcultuur onderdeel van de pedagogische "
                            "visie."
                        ),
                        "long_term_en": (
                            "Make connecting home, school and street culture part of the school's educational vision."
                        ),
                        "links": [
                            {"resource": "kennis-drie-leefwerelden-thuis-school-straat", "below": 3.5},
                            {"resource": "reflectie-cultuur-en-communicatie-met-jongerenwerk", "below": 3},
                            {"resource": "film-drill-achter-de-beats", "below": 2.5},
                            {"partner": "jongerenwerk", "below": 3},
                        ],
                    },
                    {
                        "key": "partners-voor-gelijke-kansen",
                        "statement_nl": (
                            "We weten met wie we binnen de school en in de gemeente samenwerken aan gelijke kansen, "
                            "en hebben geregeld contact met de gemeente."
                        ),
                        "statement_en": (
                            "We know who we work with on equal opportunities inside the school and in the "
                            "municipality, and are in regular contact with the municipality."
                        ),
                        "question_nl": (
                            "Wie kan bijdragen aan betere kansen voor onze leerlingen: conciërge en "
                            "ondersteuningsteam, "
                            "leerplicht, jeugdarts, buurtteam, jongerenwerk, de gemeente? Wie missen we nu?"
                        ),
                        "question_en": (
                            "Who can contribute to better opportunities for our pupils: caretaker and support team, "
                            "attendance officer, youth doctor, neighbourhood team, youth work, the municipality? Who "
                            "are we missing now?"
                        ),
                        "levels_nl": [
                            "We werken er als school alleen aan; partners en gemeente zijn niet in beeld.",
                            "We kennen enkele partners, maar hebben alleen contact rond individuele leerlingen.",
                            "We werken met een aantal partners samen, maar zonder gedeelde doelen.",
                            "Met de belangrijkste partners zijn doelen afgesproken; met de gemeente is er af en toe "
                            "contact.",
                            "School, partners en gemeente werken aan gedeelde doelen voor de wijk en toetsen samen "
                            "of ze die halen.",
                        ],
                        "levels_en": [
                            "We work on it alone as a school; partners and the municipality are out of view.",
                            "We know a few partners, but only have contact about individual pupils.",
                            "We work with several partners, but without shared goals.",
                            "Goals have been agreed with the main partners; there is occasional contact with the "
                            "municipality.",
                            "School, partners and municipality work towards shared goals for the area and check "
                            "together whether they reach them.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Maak met het ondersteuningsteam een lijst van partners die al meedoen en van wie er "
                            "ontbreekt."
                        ),
                        "short_term_en": (
                            "With the support team, list the partners who are already involved and those who are "
                            "missing."
                        ),
                        "long_term_nl": (
                            "Organiseer een rondetafelgesprek met beleidsmedewerkers jeugd, onderwijs en armoede "
                            "over een gezamenlijke focus en doelen voor de wijk."
                        ),
                        "long_term_en": (
                            "Organise a round-table meeting with policy officers for youth, education and poverty "
                            "about a shared focus and goals for the area."
                        ),
                        "links": [
                            {"resource": "rondetafelgesprek-met-de-gemeente-over-gelijke-kansen", "below": 3.5},
                            {"resource": "netwerkkaart-ketenpartners", "below": 3},
                            {"partner": "leerplicht", "below": 3},
                            {"partner": "ggd", "below": 3},
                            {"partner": "buurtteam", "below": 3},
                            {"partner": "samenwerkingsverband", "below": 2.5},
                        ],
                    },
                ],
            },
            {
                "key": "interventies-met-impact",
                "core_dimension": "",
                "title_nl": "Interventies met impact",
                "title_en": "Interventions with impact",
                "description_nl": (
                    "Kiezen we een aanpak op maat, op basis van wat onze leerlingen en onze wijk nodig hebben?"
                ),
                "description_en": "Do we choose a tailored approach, based on what our pupils and our area need?",
                "items": [
                    {
                        "key": "zicht-op-ieder-kind",
                        "statement_nl": (
                            "Voor elke leerling weten we hoe het gaat, wat hij of zij nodig heeft aan onderwijs en "
                            "zorg, en wie dreigt af te haken."
                        ),
                        "statement_en": (
                            "For every pupil we know how they are doing, what they need in education and care, and "
                            "who is at risk of dropping out."
                        ),
                        "question_nl": (
                            "Welke leerlingen hebben thuis veel stress, welke voelen zich niet in staat om (weer) aan "
                            "te haken, en waar liggen juist hun sterke kanten? Wat weten we van de wijk rond de school?"
                        ),
                        "question_en": (
                            "Which pupils face a lot of stress at home, which don't feel able to (re)connect with "
                            "school, and where do their strengths lie? What do we know about the area around the "
                            "school?"
                        ),
                        "levels_nl": [
                            "We zien pas dat een leerling het moeilijk heeft als het misgaat, bijvoorbeeld bij "
                            "langdurig verzuim.",
                            "Mentoren kennen hun leerlingen, maar we brengen die kennis niet samen.",
                            "We brengen achterstanden en zorgbehoeften in kaart; stress thuis en sterke kanten niet.",
                            "We hebben per leerling een breed beeld, maar leggen het nog niet naast gegevens over de "
                            "wijk.",
                            "Met het samenwerkingsverband analyseren we jaarlijks welbevinden, behoeften, sterke "
                            "kanten en wijkgegevens.",
                        ],
                        "levels_en": [
                            "We only notice a pupil is struggling when things go wrong, for example with long-term "
                            "absence.",
                            "Tutors know their pupils, but we don't bring that knowledge together.",
                            "We map learning gaps and care needs, but not stress at home or strengths.",
                            "We have a broad picture per pupil, but don't yet compare it with data on the area.",
                            "With the regional partnership we analyse wellbeing, needs, strengths and area data every "
                            "year.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Kijk in de aanwezigheidsgegevens welke leerlingen de laatste maanden vaker ontbreken en "
                            "bespreek hen in het zorgoverleg."
                        ),
                        "short_term_en": (
                            "Check the attendance data for pupils who have been missing more often in recent months "
                            "and discuss them in the care meeting."
                        ),
                        "long_term_nl": (
                            "Maak de analyse jaarlijks met het samenwerkingsverband en gebruik gegevens over de wijk, "
                            "zoals inkomen, gezondheid en schooladviezen."
                        ),
                        "long_term_en": (
                            "Do the analysis every year with the regional partnership and use data on the area, such "
                            "as income, health and school recommendations."
                        ),
                        "links": [
                            {"resource": "oefening-verzuimpatroon-in-kaart", "below": 3},
                            {"resource": "eerste-signaal-van-verzuim-serieus-nemen", "below": 3},
                            {"resource": "kennis-wat-werkt-bij-schoolaanwezigheid", "below": 2.5},
                            {"partner": "samenwerkingsverband", "below": 3},
                            {"partner": "leerplicht", "below": 2},
                        ],
                    },
                    {
                        "key": "tijdig-signaleren",
                        "statement_nl": (
                            "We signaleren sociaal-emotionele problemen op tijd en weten welke steun we op school-, "
                            "klas- en leerlingniveau inzetten."
                        ),
                        "statement_en": (
                            "We identify social-emotional problems in time and know what support to offer at school, "
                            "class and pupil level."
                        ),
                        "question_nl": (
                            "Hoe onderscheiden we gewone groeipijn van een sociaal-emotioneel probleem dat hulp "
                            "vraagt, bijvoorbeeld bij een leerling met weinig zelfvertrouwen of die buiten de groep "
                            "valt?"
                        ),
                        "question_en": (
                            "How do we tell ordinary growing pains from a social-emotional problem that needs help, "
                            "for example with a pupil who has little self-confidence or is left out of the group?"
                        ),
                        "levels_nl": [
                            "Problemen vallen pas op als gedrag escaleert, en dan is onduidelijk wat we doen.",
                            "Leraren merken zorgen op, maar weten niet goed wanneer iets zorgelijk is.",
                            "We hebben een signaleringsinstrument, maar de opvolging verschilt per leraar.",
                            "Signalering en opvolging zijn afgesproken; de route naar jeugdhulp loopt nog stroef.",
                            "We signaleren vroeg, weten welke steun bij welk niveau past en hebben een gezamenlijke "
                            "route met jeugdhulp.",
                        ],
                        "levels_en": [
                            "Problems are only noticed when behaviour escalates, and then it is unclear what we do.",
                            "Teachers notice concerns, but are not sure when something is worrying.",
                            "We have a screening tool, but follow-up differs from teacher to teacher.",
                            "Identification and follow-up are agreed; the route to youth care is still awkward.",
                            "We identify early, know which support fits which level and have a joint route with "
                            "youth care.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Gebruik een handleiding voor tijdig signaleren in po of vo als leidraad bij het volgende "
                            "zorgoverleg."
                        ),
                        "short_term_en": (
                            "Use a guide to early identification for primary or secondary as the thread of the next "
                            "care meeting."
                        ),
                        "long_term_nl": (
                            "Maak met jeugdhulp en het samenwerkingsverband een vaste ondersteuningsroute van "
                            "onderwijs en jeugdhulp."
                        ),
                        "long_term_en": (
                            "With youth care and the regional partnership, set up a fixed support route for education "
                            "and youth care."
                        ),
                        "links": [
                            {"resource": "oefening-groepskaart-wie-staat-waar", "below": 3.5},
                            {"resource": "les-de-gevoelensthermometer", "below": 3},
                            {"resource": "training-traumasensitief-lesgeven", "below": 3},
                            {"partner": "ggd", "below": 3},
                            {"partner": "jeugdhulp", "below": 2.5},
                            {"partner": "samenwerkingsverband", "below": 2.5},
                        ],
                    },
                    {
                        "key": "talent-en-activiteiten",
                        "statement_nl": (
                            "Leerlingen doen mee aan creatieve, sportieve, culturele en sociale activiteiten, ook wie "
                            "dat van huis uit niet vanzelf meekrijgt."
                        ),
                        "statement_en": (
                            "Pupils take part in creative, sports, cultural and social activities, including those "
                            "who don't get that at home as a matter of course."
                        ),
                        "question_nl": (
                            "Welke leerlingen sporten, maken muziek of doen mee in de wijk, en welke niet? Met welke "
                            "partners maken we dat aanbod voor iedereen bereikbaar?"
                        ),
                        "question_en": (
                            "Which pupils do sport, make music or take part in the neighbourhood, and which don't? "
                            "With which partners can we make that offer accessible to everyone?"
                        ),
                        "levels_nl": [
                            "Er is buiten de lessen weinig aanbod; meedoen hangt af van wat ouders regelen en betalen.",
                            "Er is aanbod, maar vooral leerlingen die het al goed hebben doen mee.",
                            "We moedigen kwetsbare leerlingen aan om mee te doen, maar zonder partners uit de wijk.",
                            "Met partners als jongerenwerk of sportclubs is er aanbod, maar we volgen niet wie "
                            "meedoet.",
                            "Met wijkpartners bereiken we juist leerlingen met minder kansen, en we kijken elk jaar "
                            "wie meedoet.",
                        ],
                        "levels_en": [
                            "There is little on offer outside lessons; taking part depends on what parents arrange "
                            "and pay for.",
                            "There is an offer, but mainly pupils who are already doing well take part.",
                            "We encourage vulnerable pupils to take part, but without partners from the area.",
                            "With partners such as youth work or sports clubs there is an offer, but we don't track "
                            "who takes part.",
                            "With local partners we reach the pupils with fewer opportunities, and we check every "
                            "year who takes part.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Vraag jongerenwerk en sportclubs in de wijk welk aanbod er al is, en welke leerlingen "
                            "ze nog missen."
                        ),
                        "short_term_en": (
                            "Ask youth work and local sports clubs what is already on offer, and which pupils they "
                            "are still missing."
                        ),
                        "long_term_nl": (
                            "Bouw met jongerenwerk, jeugdgezondheidszorg en buurtteam een vast aanbod na schooltijd "
                            "dat ook voor gezinnen met weinig geld bereikbaar is."
                        ),
                        "long_term_en": (
                            "With youth work, the youth health service and the neighbourhood team, build a regular "
                            "after-school offer that families on a low income can also access."
                        ),
                        "links": [
                            {"resource": "les-mijn-talent-jouw-talent", "below": 3.5},
                            {"resource": "les-meedoen-in-de-wijk", "below": 3.5},
                            {"partner": "jongerenwerk", "below": 3},
                            {"partner": "buurtteam", "below": 2.5},
                        ],
                    },
                ],
            },
            {
                "key": "gevoelige-overgangen",
                "core_dimension": "",
                "title_nl": "Gevoelige overgangen",
                "title_en": "Sensitive transitions",
                "description_nl": "Krijgen leerlingen steun bij elke overstap, van kinderopvang tot vervolgonderwijs?",
                "description_en": "Do pupils get support at every move, from childcare to further education?",
                "items": [
                    {
                        "key": "warme-overdracht",
                        "statement_nl": (
                            "Bij elke overstap, van kinderopvang naar po, van po naar vo, van ISK naar regulier en "
                            "naar vervolgonderwijs, zorgen we voor een warme overdracht."
                        ),
                        "statement_en": (
                            "At every move, from childcare to primary, primary to secondary, newcomer class to "
                            "mainstream and on to further education, we arrange a warm handover."
                        ),
                        "question_nl": (
                            "Wie helpt een leerling en het gezin door een overstap heen, en hebben leerling en ouders "
                            "daarin zelf een stem?"
                        ),
                        "question_en": (
                            "Who helps a pupil and the family through a move, and do the pupil and parents have a say "
                            "in it themselves?"
                        ),
                        "levels_nl": [
                            "De overdracht bestaat uit een dossier; er is geen persoonlijk contact.",
                            "Bij zorgleerlingen is er soms een gesprek, op initiatief van één persoon.",
                            "Leerlingen met een zorgvraag krijgen een warme overdracht, maar leerling en ouders "
                            "praten niet mee.",
                            "Warme overdracht is standaard en leerling en ouders praten mee; na de start volgt geen "
                            "contact meer.",
                            "Leerling, ouders, oude en nieuwe school stemmen vooraf af en kijken na een paar maanden "
                            "samen terug.",
                        ],
                        "levels_en": [
                            "The handover consists of a file; there is no personal contact.",
                            "For pupils with care needs there is sometimes a conversation, on one person's initiative.",
                            "Pupils with care needs get a warm handover, but the pupil and parents have no say.",
                            "A warm handover is standard and pupil and parents take part; after the start there is no "
                            "further contact.",
                            "Pupil, parents, old and new school agree things beforehand and look back together after "
                            "a few months.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Plan voor kwetsbare leerlingen een gesprek tussen de huidige leraar en de toekomstige "
                            "mentor, met leerling en ouders erbij."
                        ),
                        "short_term_en": (
                            "For vulnerable pupils, plan a conversation between the current teacher and the future "
                            "tutor, with the pupil and parents present."
                        ),
                        "long_term_nl": (
                            "Werk met maatjesprojecten, po-vo-trajecten van het samenwerkingsverband en jeugdhulp aan "
                            "steun rond de overstap."
                        ),
                        "long_term_en": (
                            "Work with buddy schemes, the regional partnership's primary-to-secondary programmes and "
                            "youth care on support around the move."
                        ),
                        "links": [
                            {"resource": "warme-overdracht-po-vo", "below": 3.5},
                            {"resource": "kennis-gevoelige-overgangen", "below": 3.5},
                            {"partner": "samenwerkingsverband", "below": 2.5},
                        ],
                    },
                    {
                        "key": "kansrijk-advies",
                        "statement_nl": (
                            "Leerlingen met een kansrijk advies krijgen de begeleiding, tijd en ruimte om dat advies "
                            "waar te maken."
                        ),
                        "statement_en": (
                            "Pupils with an ambitious school recommendation get the guidance, time and space to live "
                            "up to it."
                        ),
                        "question_nl": (
                            "Wat doen we concreet zodat een leerling met een kansrijk advies die kans in het vo ook "
                            "kan benutten?"
                        ),
                        "question_en": (
                            "What do we actually do so that a pupil with an ambitious recommendation can make use of "
                            "that chance in secondary school?"
                        ),
                        "levels_nl": [
                            "Bij twijfel kiezen we voor een lager advies of een lagere plaatsing, om teleurstelling "
                            "te voorkomen.",
                            "We geven soms een kansrijk advies, maar zonder extra begeleiding daarna.",
                            "Leerlingen met een kansrijk advies worden gevolgd, maar pas bij problemen geholpen.",
                            "Er is gerichte begeleiding in het eerste jaar, maar weinig ruimte om later door te "
                            "stromen.",
                            "Hoge verwachtingen, passende begeleiding en een brede of verlengde brugperiode geven "
                            "leerlingen echt de kans.",
                        ],
                        "levels_en": [
                            "When in doubt we choose a lower recommendation or placement, to avoid disappointment.",
                            "We sometimes give an ambitious recommendation, but without extra guidance afterwards.",
                            "Pupils with an ambitious recommendation are monitored, but only helped when problems "
                            "arise.",
                            "There is targeted guidance in the first year, but little room to move up later.",
                            "High expectations, suitable guidance and a broad or extended first phase give pupils a "
                            "real chance.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Gebruik een handreiking voor het adviesgesprek in groep 8 of voor kansrijke doorstroom "
                            "na de brugklas."
                        ),
                        "short_term_en": (
                            "Use a guide for the recommendation meeting in the final year of primary or for "
                            "promising progression after the first year of secondary."
                        ),
                        "long_term_nl": (
                            "Onderzoek of een brede brugklas of een verlengde brugperiode bij jullie school past."
                        ),
                        "long_term_en": (
                            "Explore whether a broad or extended first phase of secondary would suit your school."
                        ),
                        "links": [
                            {"resource": "oefening-reflectie-hoge-verwachtingen", "below": 3.5},
                            {"resource": "kennis-gevoelige-overgangen", "below": 3},
                            {"resource": "warme-overdracht-po-vo", "below": 3},
                        ],
                    },
                    {
                        "key": "startvoorwaarden",
                        "statement_nl": (
                            "We weten welke leerlingen bij de start nog iets missen, zoals een laptop of internet "
                            "thuis, en regelen dat op tijd."
                        ),
                        "statement_en": (
                            "We know which pupils still lack something at the start, such as a laptop or internet "
                            "at home, and sort it out in time."
                        ),
                        "question_nl": (
                            "Welke leerlingen missen bij de start iets wat wij vanzelfsprekend vinden, zoals een "
                            "eigen laptop of internet thuis?"
                        ),
                        "question_en": (
                            "Which pupils lack something at the start that we take for granted, such as their own "
                            "laptop or internet at home?"
                        ),
                        "levels_nl": [
                            "We gaan ervan uit dat iedereen alles heeft; tekorten merken we pas als huiswerk "
                            "uitblijft.",
                            "Tekorten komen bij toeval aan het licht en worden per geval opgelost.",
                            "We vragen ernaar bij de intake, maar hebben geen vaste oplossing.",
                            "We vragen ernaar bij de intake en kunnen meestal iets regelen, zoals een leenlaptop.",
                            "We brengen het vóór de start discreet in beeld en hebben afspraken met gemeente en "
                            "partners over oplossingen.",
                        ],
                        "levels_en": [
                            "We assume everyone has everything; we only notice gaps when homework doesn't get done.",
                            "Gaps come to light by chance and are solved case by case.",
                            "We ask about it at intake, but have no standard solution.",
                            "We ask about it at intake and can usually arrange something, such as a loan laptop.",
                            "We discreetly map it before the start and have agreements with the municipality and "
                            "partners on solutions.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Voeg aan het intakegesprek een discrete vraag toe over laptop, internet en een rustige "
                            "plek om te werken."
                        ),
                        "short_term_en": (
                            "Add a discreet question to the intake conversation about a laptop, internet and a quiet "
                            "place to work."
                        ),
                        "long_term_nl": (
                            "Maak met gemeente, buurtteam en lokale fondsen afspraken, zodat geen leerling door "
                            "geldgebrek achterblijft."
                        ),
                        "long_term_en": (
                            "Make agreements with the municipality, the neighbourhood team and local funds, so that "
                            "no pupil falls behind for lack of money."
                        ),
                        "links": [
                            {"resource": "rondetafelgesprek-met-de-gemeente-over-gelijke-kansen", "below": 2.5},
                            {"partner": "buurtteam", "below": 3},
                        ],
                    },
                ],
            },
            {
                "key": "dagelijks-het-verschil",
                "core_dimension": "",
                "title_nl": "Dagelijks het verschil maken",
                "title_en": "Making a difference every day",
                "description_nl": (
                    "Werken we elke dag vanuit hoge verwachtingen, veiligheid en aandacht voor wat leerlingen meemaken?"
                ),
                "description_en": (
                    "Do we work every day from high expectations, safety and attention to what pupils are going "
                    "through?"
                ),
                "items": [
                    {
                        "key": "hoge-verwachtingen",
                        "statement_nl": (
                            "We hebben hoge verwachtingen van alle leerlingen en werken aan het geloof in eigen "
                            "kunnen (self-efficacy) van leerlingen én leraren."
                        ),
                        "statement_en": (
                            "We have high expectations of all pupils and work on the self-efficacy of pupils and "
                            "teachers alike."
                        ),
                        "question_nl": (
                            "Laten we iedere leerling merken dat we verwachten dat hij of zij het kan? En hoe "
                            "versterken we het geloof in eigen kunnen, bij leerlingen en bij onszelf?"
                        ),
                        "question_en": (
                            "Do we let every pupil feel that we expect them to succeed? And how do we strengthen "
                            "belief in one's own ability, in pupils and in ourselves?"
                        ),
                        "levels_nl": [
                            "Verwachtingen verschillen per leerling en hangen vaak samen met achtergrond of "
                            "thuissituatie.",
                            "We zeggen hoge verwachtingen te hebben, maar kijken er niet kritisch naar.",
                            "Sommige leraren werken bewust vanuit hoge verwachtingen; het is geen teamafspraak.",
                            "Het is een teamafspraak, maar we reflecteren er zelden samen op.",
                            "Bij intervisie bespreken we geregeld hoe we verwachtingen uitspreken en kansen van "
                            "leerlingen vergroten.",
                        ],
                        "levels_en": [
                            "Expectations differ per pupil and are often linked to background or home situation.",
                            "We say we have high expectations, but don't look at this critically.",
                            "Some teachers deliberately work from high expectations; it is not a team agreement.",
                            "It is a team agreement, but we rarely reflect on it together.",
                            "In peer consultation we regularly discuss how we voice expectations and widen pupils' "
                            "opportunities.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Stel bij de volgende intervisie de vraag: hoe vergroot ik in mijn klas de kansen van "
                            "mijn leerlingen?"
                        ),
                        "short_term_en": (
                            "At the next peer consultation, ask: how do I widen my pupils' opportunities in my class?"
                        ),
                        "long_term_nl": (
                            "Werk met een leidraad voor onderwijs vanuit hoge verwachtingen en neem die op in het "
                            "professionaliseringsplan."
                        ),
                        "long_term_en": (
                            "Work with a guideline for teaching from high expectations and include it in the "
                            "professional development plan."
                        ),
                        "links": [
                            {"resource": "oefening-reflectie-hoge-verwachtingen", "below": 3.5},
                            {"resource": "training-intervisie-en-video-interactiebegeleiding", "below": 3},
                            {"resource": "les-mijn-talent-jouw-talent", "below": 3},
                        ],
                    },
                    {
                        "key": "traumasensitief-werken",
                        "statement_nl": (
                            "We hebben zicht op chronische stress, armoede of trauma bij leerlingen en werken "
                            "traumasensitief."
                        ),
                        "statement_en": (
                            "We are aware of chronic stress, poverty or trauma among pupils and work in a "
                            "trauma-sensitive way."
                        ),
                        "question_nl": (
                            "Merken we het op als een leerling leeft met langdurige stress, geldzorgen of nare "
                            "ervaringen? En weten we hoe we daar in de klas op aansluiten?"
                        ),
                        "question_en": (
                            "Do we notice when a pupil lives with long-term stress, money worries or bad experiences? "
                            "And do we know how to respond to that in class?"
                        ),
                        "levels_nl": [
                            "Onrustig of teruggetrokken gedrag zien we vooral als een gedragsprobleem.",
                            "Enkele collega's weten iets van trauma, maar het team handelt er niet naar.",
                            "Het team kent de basis van traumasensitief werken, maar past die wisselend toe.",
                            "In de meeste klassen werken we traumasensitief: voorspelbaar, met aandacht voor relatie "
                            "en rust.",
                            "Veiligheid bieden, relaties stimuleren en emoties en gedrag hanteren zijn schoolbreed "
                            "verankerd.",
                        ],
                        "levels_en": [
                            "We mainly see restless or withdrawn behaviour as a behaviour problem.",
                            "A few colleagues know something about trauma, but the team does not act on it.",
                            "The team knows the basics of trauma-sensitive work, but applies them unevenly.",
                            "Most classes work in a trauma-sensitive way: predictable, with attention to "
                            "relationships and calm.",
                            "Offering safety, building relationships and handling emotions and behaviour are embedded "
                            "school-wide.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Volg met het team een korte introductie in traumasensitief werken en spreek af wat "
                            "ieder morgen anders doet."
                        ),
                        "short_term_en": (
                            "Take a short introduction to trauma-sensitive work as a team and agree what each person "
                            "will do differently tomorrow."
                        ),
                        "long_term_nl": (
                            "Werk schoolbreed aan de drie pijlers van traumasensitief werken: veiligheid bieden, "
                            "relaties stimuleren en emoties en gedrag hanteren."
                        ),
                        "long_term_en": (
                            "Work school-wide on the three pillars of trauma-sensitive work: offering safety, "
                            "building relationships and handling emotions and behaviour."
                        ),
                        "links": [
                            {"resource": "elearning-traumasensitief-werken-introductie", "below": 3.5},
                            {"resource": "training-traumasensitief-lesgeven", "below": 3},
                            {"partner": "buurtteam", "below": 2.5},
                            {"partner": "ggd", "below": 2.5},
                        ],
                    },
                    {
                        "key": "dagelijkse-check-in",
                        "statement_nl": (
                            "We checken elke dag hoe het met leerlingen gaat, bij binnenkomst en aan het eind van de "
                            "dag."
                        ),
                        "statement_en": (
                            "We check every day how pupils are doing, when they arrive and at the end of the day."
                        ),
                        "question_nl": (
                            "Hoe zorgen we dat aandacht voor hoe het met leerlingen gaat elke dag terugkomt, in elke "
                            "klas, en niet afhangt van één enthousiaste collega?"
                        ),
                        "question_en": (
                            "How do we make sure attention to how pupils are doing comes back every day, in every "
                            "class, and does not depend on one enthusiastic colleague?"
                        ),
                        "levels_nl": [
                            "Er is geen vast moment; hoe een leerling zich voelt, merken we alleen als het opvalt.",
                            "Een paar leraren doen een check-in, zonder afspraak in het team.",
                            "Veel klassen hebben een check-in, maar een check-out en opvolging ontbreken.",
                            "Check-in en check-out zijn vaste routine, maar signalen worden niet altijd opgevolgd.",
                            "Elke dag check-in en check-out, met afspraken over wie iets doet met wat leerlingen "
                            "laten zien.",
                        ],
                        "levels_en": [
                            "There is no fixed moment; we only notice how a pupil feels when it stands out.",
                            "A few teachers do a check-in, without a team agreement.",
                            "Many classes have a check-in, but a check-out and follow-up are missing.",
                            "Check-in and check-out are routine, but signals are not always followed up.",
                            "Check-in and check-out every day, with agreements on who acts on what pupils show.",
                        ],
                        "allow_unknown": True,
                        "legal_duty": False,
                        "legal_note_nl": "",
                        "legal_note_en": "",
                        "short_term_nl": (
                            "Begin morgen met een emotiemeter bij binnenkomst en een korte check-out aan het eind "
                            "van de dag."
                        ),
                        "short_term_en": (
                            "Start tomorrow with an emotion meter on arrival and a short check-out at the end of the "
                            "day."
                        ),
                        "long_term_nl": (
                            "Spreek af wie de dagelijkse check-in doet, bijvoorbeeld ook een pedagogisch conciërge, "
                            "en hoe signalen worden opgevolgd."
                        ),
                        "long_term_en": (
                            "Agree who does the daily check-in, for example a caretaker with a pastoral role too, and "
                            "how signals are followed up."
                        ),
                        "links": [
                            {"resource": "oefening-emotiemeter-check-in-en-check-out", "below": 3.5},
                            {"resource": "film-check-in-bij-de-deur", "below": 3.5},
                            {"resource": "les-de-gevoelensthermometer", "below": 3},
                            {"resource": "oefening-mijn-vertrouwde-volwassenen", "below": 3},
                        ],
                    },
                ],
            },
        ],
    },
]


_CORE_DIMENSIONS = {"bewustwording", "bereidheid", "bekwaamheid", ""}
_TEXT_PAIRS = ("statement", "question", "legal_note", "short_term", "long_term")
_MAX_LEVEL_CHARS = 140


def _is_slug(value):
    return bool(value) and value == value.lower() and all(ch.isalnum() or ch == "-" for ch in value)


def _check():
    """Assert the scan data is consistent: scales, keys, translations and links. Not run at import time."""
    from demo.content.resources import RESOURCES
    from demo.content.taxonomy import THEMES

    resource_slugs = {resource["slug"] for resource in RESOURCES}
    theme_slugs = {theme["slug"] for theme in THEMES}

    partner_slugs = [partner["slug"] for partner in PARTNER_TYPES]
    assert len(partner_slugs) == len(set(partner_slugs)), "duplicate partner slug"
    for partner in PARTNER_TYPES:
        assert _is_slug(partner["slug"]), partner["slug"]
        for field in ("name", "role", "when"):
            for lang in ("nl", "en"):
                assert partner[f"{field}_{lang}"].strip(), (partner["slug"], field, lang)

    scan_slugs = [scan["slug"] for scan in SCANS]
    assert len(scan_slugs) == len(set(scan_slugs)), "duplicate scan slug"

    for scan in SCANS:
        slug, scale = scan["slug"], scan["scale"]
        assert scale in (4, 5), (slug, scale)
        assert scan["theme"] in theme_slugs, (slug, scan["theme"])
        for field in ("title", "intro"):
            assert scan[f"{field}_nl"].strip() and scan[f"{field}_en"].strip(), (slug, field)

        dimension_keys = [dimension["key"] for dimension in scan["dimensions"]]
        assert len(dimension_keys) == len(set(dimension_keys)), (slug, "duplicate dimension key")
        item_keys = [item["key"] for dimension in scan["dimensions"] for item in dimension["items"]]
        assert len(item_keys) == len(set(item_keys)), (slug, "duplicate item key")

        for dimension in scan["dimensions"]:
            assert _is_slug(dimension["key"]), (slug, dimension["key"])
            assert dimension["core_dimension"] in _CORE_DIMENSIONS, (slug, dimension["key"])
            for field in ("title", "description"):
                assert dimension[f"{field}_nl"].strip() and dimension[f"{field}_en"].strip(), (slug, field)
            assert dimension["items"], (slug, dimension["key"], "no items")

            for item in dimension["items"]:
                where = (slug, item["key"])
                assert _is_slug(item["key"]), where
                for lang in ("nl", "en"):
                    levels = item[f"levels_{lang}"]
                    assert len(levels) == scale, (*where, lang, "levels")
                    assert all(level.strip() for level in levels), (*where, lang, "empty level")
                    assert all(len(level) <= _MAX_LEVEL_CHARS for level in levels), (*where, lang, "long level")
                    assert len(set(levels)) == scale, (*where, lang, "repeated level")
                assert item["statement_nl"].strip(), where
                for field in _TEXT_PAIRS:
                    # Both languages filled, or both left empty.
                    assert bool(item[f"{field}_nl"].strip()) == bool(item[f"{field}_en"].strip()), (*where, field)
                assert isinstance(item["allow_unknown"], bool), where
                assert isinstance(item["legal_duty"], bool), where
                assert item["legal_duty"] == bool(item["legal_note_nl"].strip()), (*where, "legal note")

                targets = []
                for link in item["links"]:
                    kinds = {"resource", "partner"} & set(link)
                    assert len(kinds) == 1 and set(link) == kinds | {"below"}, (*where, link)
                    (kind,) = kinds
                    target = link[kind]
                    if kind == "resource":
                        assert target in resource_slugs, (*where, "unknown resource", target)
                    else:
                        assert target in partner_slugs, (*where, "unknown partner", target)
                    assert 1 < link["below"] <= scale, (*where, target, link["below"])
                    targets.append((kind, target))
                assert len(targets) == len(set(targets)), (*where, "duplicate link")
