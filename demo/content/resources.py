"""Demo library content for WIJschool Community.

Pure data, no Django. Every text is written for the demo; facts (themes, knelpunten, interventions, the three
trainings, partner types, the Wet Vrij en Veilig Onderwijs) follow the seed documents, the wording does not.
Items without an English translation carry ``None`` in the ``*_en`` fields (filled in by ``_finalise`` below).
"""

# ---------------------------------------------------------------------------------------------------------------
# E-learnings
# ---------------------------------------------------------------------------------------------------------------
_ELEARNING = [
    {
        "slug": "elearning-signalen-ondermijning-herkennen",
        "type": "elearning",
        "title_nl": "Signalen van ondermijning herkennen",
        "summary_nl": (
            "Online module van drie kwartier over hoe criminele netwerken jongeren benaderen en welke signalen "
            "je daarvan op school kunt opvangen."
        ),
        "body_nl": [
            "In deze module volg je drie leerlingen door een schooljaar. Je ziet hoe een klein gunstje, zoals "
            "even een tas bewaren, kan uitgroeien tot vaste klusjes voor een netwerk. Na elk hoofdstuk krijg je "
            "een paar korte vragen: wat zie jij hier, en wat zou je doen?",
            "Je leert het verschil tussen een los signaal en een patroon. Een nieuwe jas zegt weinig, maar een "
            "nieuwe jas, een tweede telefoon, vaker verzuim op vrijdag en een oudere jongen bij het hek zeggen "
            "samen wel iets. Het overzicht met veelvoorkomende signalen kun je printen en in je agenda leggen.",
            "Het laatste deel gaat over handelen. Je oefent hoe je een zorg feitelijk noteert en bij wie je die "
            "neerlegt. Ook zie je wat je beter niet doet, zoals de leerling voor de klas aanspreken of zelf op "
            "onderzoek uitgaan.",
            "Reken op ongeveer 45 minuten, in delen te volgen. Het werkt het best als het hele mentorenteam de "
            "module in dezelfde periode doet en de casussen daarna samen bespreekt.",
        ],
        "title_en": "Recognising the signs of organised crime",
        "summary_en": (
            "A 45-minute online module on how criminal networks approach young people and which signs you can "
            "pick up at school."
        ),
        "body_en": [
            "In this module you follow three pupils through a school year. You see how a small favour, such as "
            "minding a bag for a while, can grow into regular jobs for a network. After each chapter there are "
            "a few short questions: what do you notice here, and what would you do?",
            "You learn the difference between a single sign and a pattern. A new coat says little, but a new "
            "coat, a second phone, more Friday absences and an older lad waiting at the gate do say something "
            "together. You can print the overview of common signs and keep it in your planner.",
            "The last part is about acting. You practise writing down a concern factually and learn who to pass "
            "it to. You also see what not to do, such as confronting the pupil in front of the class or starting "
            "your own investigation.",
            "Allow about 45 minutes, which you can split into parts. It works best when the whole team of form "
            "tutors does the module in the same period and discusses the cases together afterwards.",
        ],
        "themes": ["criminaliteit-en-ondermijning", "uitbuiting"],
        "audiences": ["vo", "mbo", "docent", "mentor"],
        "dimension": "bewustwording",
        "duration_minutes": 45,
        "format": "online",
        "provider": "Alliantie WIJschool",
        "evidence": "practice",
        "keywords": ["signalen", "ronselen", "drugs", "patroon"],
    },
    {
        "slug": "elearning-geldezels-en-financiele-uitbuiting",
        "type": "elearning",
        "title_nl": "Geldezels en financiële uitbuiting",
        "summary_nl": (
            "Waarom lenen jongeren hun bankpas uit, en wat zijn de gevolgen? Korte e-learning met voorbeelden "
            "uit chats en een checklist voor het mentorgesprek."
        ),
        "body_nl": [
            "Criminelen zoeken rekeningen om geld via te laten lopen en benaderen daarvoor jongeren via sociale "
            "media, soms met een bedrag van een paar tientjes. Veel leerlingen zien het als slim bijverdienen en "
            "weten niet dat ze zelf strafbaar zijn. De module laat nagemaakte chatberichten zien, zodat je "
            "herkent hoe zo'n aanbod eruitziet.",
            "Je leert welke gevolgen een leerling kan verwachten: een geblokkeerde rekening, een registratie bij "
            "banken en soms jarenlang moeite met een telefoonabonnement of studielening. Die concrete gevolgen "
            "werken in de klas vaak beter dan een moreel verhaal.",
            "Een apart hoofdstuk gaat over schulden en druk. Soms is een leerling eerst geholpen en moet hij nu "
            "iets terugdoen. Je krijgt vragen waarmee je in een rustig mentorgesprek kunt achterhalen of er "
            "sprake is van dwang.",
            "De e-learning duurt ongeveer 30 minuten. Combineer hem met de les over snel geld, zodat je na het "
            "volgen direct met je klas aan de slag kunt.",
        ],
        "title_en": "Money mules and financial exploitation",
        "summary_en": (
            "Why do young people lend out their bank card, and what happens next? A short e-learning with example "
            "chats and a checklist for the tutor conversation."
        ),
        "body_en": [
            "Criminals look for bank accounts to move money through and approach young people on social media "
            "for this, sometimes offering just a few tens of euros. Many pupils see it as a clever bit of extra "
            "income and do not realise they are committing an offence themselves. The module shows mock chat "
            "messages so you can recognise what such an offer looks like.",
            "You learn what consequences a pupil can expect: a frozen account, a record at the banks and "
            "sometimes years of trouble getting a phone contract or student loan. In class, these concrete "
            "consequences often work better than a moral lecture.",
            "A separate chapter covers debt and pressure. Sometimes a pupil was 'helped' first and now has to "
            "return the favour. You get questions you can use in a calm tutor conversation to find out whether "
            "coercion is involved.",
            "The e-learning takes about 30 minutes. Combine it with the lesson on easy money so that you can "
            "start with your class straight away.",
        ],
        "themes": ["uitbuiting", "criminaliteit-en-ondermijning"],
        "audiences": ["vo", "mbo", "mentor"],
        "dimension": "bewustwording",
        "duration_minutes": 30,
        "format": "online",
        "provider": "Kenniskring Jeugd en Veiligheid",
        "evidence": "practice",
        "keywords": ["geldezel", "bankpas", "schulden", "sociale media"],
    },
    {
        "slug": "elearning-loverboymethoden-herkennen",
        "type": "elearning",
        "title_nl": "Loverboymethoden herkennen",
        "summary_nl": (
            "Hoe gaat het van verliefdheid naar uitbuiting? E-learning over de fasen van seksuele uitbuiting, "
            "voor mentoren en zorgcoördinatoren in vo, so en mbo."
        ),
        "body_nl": [
            "Seksuele uitbuiting via de loverboymethode verloopt vaak in fasen: eerst veel aandacht en cadeaus, "
            "dan isoleren van vrienden en familie, daarna druk en afhankelijkheid. De module legt die fasen uit "
            "met een doorlopend verhaal, zodat je ziet hoe geleidelijk het gaat.",
            "Jongens kunnen ook slachtoffer zijn, en daders zijn niet altijd ouder of van buiten de school. Je "
            "leert signalen herkennen zoals plotseling spijbelen, een nieuwe oudere vriend, dure cadeaus en een "
            "telefoon die nooit weg mag. Leerlingen in het speciaal onderwijs zijn extra kwetsbaar; daar besteedt "
            "de module apart aandacht aan.",
            "Je oefent een eerste gesprek waarin je zorg uitspreekt zonder de relatie af te kraken. Een leerling "
            "die zich verdedigd voelt, klapt snel dicht. De module eindigt met de stappen van de meldcode en de "
            "rol van de zorgcoördinator.",
            "De e-learning duurt ongeveer 40 minuten. Bespreek na afloop in je team wie het aanspreekpunt is als "
            "een collega iets opvalt.",
        ],
        "title_en": "Recognising loverboy grooming",
        "summary_en": (
            "How does infatuation turn into exploitation? An e-learning on the stages of sexual exploitation, for "
            "form tutors and care coordinators in secondary, special and vocational education."
        ),
        "body_en": [
            "Sexual exploitation through 'loverboy' grooming often happens in stages: first lots of attention "
            "and gifts, then cutting the young person off from friends and family, then pressure and dependency. "
            "The module explains these stages through one continuous story, so you see how gradual it is.",
            "Boys can be victims too, and offenders are not always older or from outside the school. You learn to "
            "recognise signs such as sudden truancy, a new older boyfriend, expensive presents and a phone that "
            "must never be put down. Pupils in special education are especially vulnerable, and the module "
            "gives this separate attention.",
            "You practise a first conversation in which you voice your concern without running down the "
            "relationship. A pupil who feels they have to defend themselves soon clams up. The module ends with "
            "the steps of the reporting code and the role of the care coordinator.",
            "The e-learning takes about 40 minutes. Afterwards, agree as a team who the contact person is when a "
            "colleague notices something.",
        ],
        "themes": ["uitbuiting"],
        "audiences": ["vo", "so", "mbo", "mentor", "zorgcoordinator"],
        "dimension": "bewustwording",
        "duration_minutes": 40,
        "format": "online",
        "provider": "Kenniskring Jeugd en Veiligheid",
        "evidence": "practice",
        "keywords": ["loverboy", "seksuele uitbuiting", "signalen", "meldcode"],
    },
    {
        "slug": "elearning-meldcode-huiselijk-geweld-in-de-praktijk",
        "type": "elearning",
        "title_nl": "De meldcode in de praktijk",
        "summary_nl": (
            "Stap voor stap door de meldcode huiselijk geweld en kindermishandeling, met oefencasussen uit po, "
            "so, vo en mbo."
        ),
        "body_nl": [
            "Veel collega's kennen de meldcode op papier, maar twijfelen als het echt zover is. Deze e-learning "
            "neemt je per stap mee: signalen in kaart brengen, collegiaal overleggen en advies vragen bij Veilig "
            "Thuis, in gesprek gaan met leerling of ouders, wegen en beslissen.",
            "Bij elke stap kies je zelf wat je doet in een casus uit jouw sector. Een kleuter die niet meer wil "
            "uitkleden bij gym vraagt om andere stappen dan een mbo-student van negentien die vertelt over "
            "geweld tussen haar ouders. Na je keuze krijg je uitleg waarom die wel of niet verstandig was.",
            "Er is aandacht voor het verslag: hoe schrijf je op wat je ziet en hoort zonder te interpreteren? "
            "Je oefent met een paar korte fragmenten en vergelijkt je notitie met een voorbeeld.",
            "Reken op een uur. Voor IB'ers en zorgcoördinatoren is er een verdiepend deel over de afwegingskaders "
            "en het bijhouden van dossiers.",
        ],
        "title_en": "The reporting code in practice",
        "summary_en": (
            "Step by step through the Dutch reporting code for domestic violence and child abuse, with practice "
            "cases from primary, special, secondary and vocational education."
        ),
        "body_en": [
            "Many colleagues know the reporting code on paper but hesitate when it really matters. This "
            "e-learning takes you through it step by step: mapping the signs, consulting a colleague and asking "
            "Veilig Thuis for advice, talking with the pupil or parents, weighing up and deciding.",
            "At every step you choose what to do in a case from your own sector. A four-year-old who no longer "
            "wants to change for PE calls for different steps than a nineteen-year-old student who talks about "
            "violence between her parents. After each choice you get an explanation of why it was or was not "
            "wise.",
            "There is attention for record keeping: how do you write down what you see and hear without "
            "interpreting it? You practise with a few short extracts and compare your note with an example.",
            "Allow an hour. For internal support coordinators and care coordinators there is an additional part "
            "on the decision frameworks and keeping records.",
        ],
        "themes": ["huiselijk-geweld"],
        "audiences": ["po", "so", "vo", "mbo", "ib-er", "zorgcoordinator"],
        "dimension": "bekwaamheid",
        "duration_minutes": 60,
        "format": "online",
        "provider": "Werkplaats Veilig Opgroeien",
        "evidence": "practice",
        "keywords": ["meldcode", "veilig thuis", "verslaglegging", "signalen"],
    },
    {
        "slug": "elearning-anti-overheidsdenken-in-de-klas",
        "type": "elearning",
        "title_nl": "Anti-overheidsdenken en extremisme in de klas",
        "summary_nl": (
            "Wat doe je als een leerling zegt dat de overheid 'het volk' vergiftigt? Online module over "
            "wantrouwen, complotdenken en wanneer het zorgelijk wordt."
        ),
        "body_nl": [
            "Wantrouwen tegen de overheid is op zichzelf niet verboden, en kritiek hoort bij een democratie. De "
            "module helpt je onderscheiden tussen een leerling die boos is over een beslissing, een leerling die "
            "in een complotverhaal is gestapt en een leerling die geweld gaat goedpraten.",
            "Je ziet hoe filmpjes en kanalen elkaar opvolgen en een jongere steeds verder meenemen. Je leert "
            "welke taal en symbolen vaak terugkomen, zonder dat je expert hoeft te worden. Het doel is dat je "
            "het herkent en er rustig op kunt reageren.",
            "Een groot deel gaat over het gesprek. Ridiculiseren of met feiten bestoken werkt meestal averechts. "
            "Je oefent met open vragen naar de onderliggende zorg, bijvoorbeeld angst, onrecht of het gevoel niet "
            "gehoord te worden.",
            "De module duurt ongeveer 35 minuten. Je sluit af met een overzicht wanneer je een collega, de "
            "zorgcoördinator of een extern adviespunt inschakelt.",
        ],
        "title_en": "Anti-government thinking and extremism in the classroom",
        "summary_en": (
            "What do you do when a pupil says the government is poisoning 'the people'? An online module on "
            "distrust, conspiracy thinking and when it becomes worrying."
        ),
        "body_en": [
            "Distrust of government is not forbidden in itself, and criticism is part of a democracy. The module "
            "helps you distinguish between a pupil who is angry about a decision, a pupil who has bought into a "
            "conspiracy story and a pupil who is starting to justify violence.",
            "You see how clips and channels follow one another and draw a young person further in. You learn "
            "which language and symbols come up often, without having to become an expert. The aim is that you "
            "recognise it and can respond calmly.",
            "A large part is about the conversation. Ridicule or a barrage of facts usually backfires. You "
            "practise open questions about the underlying concern, such as fear, injustice or a feeling of not "
            "being heard.",
            "The module takes about 35 minutes. It ends with an overview of when to involve a colleague, the care "
            "coordinator or an external advice point.",
        ],
        "themes": ["radicalisering-en-extremisme", "polarisatie"],
        "audiences": ["vo", "mbo", "docent", "mentor"],
        "dimension": "bewustwording",
        "duration_minutes": 35,
        "format": "online",
        "provider": "Leernetwerk Democratie en Dialoog",
        "evidence": "promising",
        "keywords": ["complotdenken", "anti-overheid", "gespreksvaardigheid", "online"],
    },
    {
        "slug": "elearning-wapens-wat-zie-je-op-school",
        "type": "elearning",
        "title_nl": "Wapens: wat zie je op school?",
        "summary_nl": (
            "Korte module over messen en andere wapens bij jongeren: waarom ze ze dragen, hoe je een vermoeden "
            "herkent en wat je direct wel en niet doet."
        ),
        "body_nl": [
            "Jongeren noemen vaak bescherming als reden om een mes mee te nemen, maar ook status en erbij horen "
            "spelen mee. De module laat jongeren zelf aan het woord in korte geluidsfragmenten, zodat je hun "
            "redenering leert begrijpen.",
            "Je leert letten op gedrag dat kan wijzen op wapenbezit: een tas die niet open mag, een hand die "
            "steeds naar de zak gaat, een jas die binnen aan blijft. Het blijven aanwijzingen, geen bewijs, en "
            "daarom is overleg zo belangrijk.",
            "Bij een acuut vermoeden gaat veiligheid voor alles. Je krijgt een korte handelingslijn: niet alleen "
            "optreden, collega of schoolleiding erbij halen en bij direct gevaar de politie bellen. Daarna volgt "
            "altijd een gesprek over het waarom.",
            "De module duurt 30 minuten en sluit aan op het wapenprotocol van je eigen school. Zoek dat protocol "
            "vooraf op, dan kun je het direct naast de module leggen.",
        ],
        "themes": ["jongeren-en-wapens", "sociale-veiligheid"],
        "audiences": ["vo", "mbo", "so", "docent"],
        "dimension": "bewustwording",
        "duration_minutes": 30,
        "format": "online",
        "provider": "Kenniskring Veilige School",
        "evidence": "practice",
        "keywords": ["mes", "wapenbezit", "protocol", "signalen"],
    },
    {
        "slug": "elearning-schoolaanwezigheid-de-basis",
        "type": "elearning",
        "title_nl": "Schoolaanwezigheid: de basis voor elk teamlid",
        "summary_nl": (
            "Van verzuim naar aanwezigheid: wat ligt er achter het wegblijven en wat kun jij als leerkracht of "
            "mentor morgen al anders doen?"
        ),
        "body_nl": [
            "Deze e-learning kijkt niet naar het verzuim, maar naar de leerling erachter. Angst, somberheid, "
            "pesten, zorgtaken thuis of een onderwijsaanbod dat niet past: de oorzaken lopen sterk uiteen. Je "
            "krijgt een eenvoudig model om te ordenen wat je ziet.",
            "Je ontdekt waarom vroeg reageren zoveel oplevert. Een leerling die drie keer het eerste uur mist "
            "en daar niets over hoort, trekt zijn eigen conclusie: niemand merkt het. Kleine reacties, zoals een "
            "appje of een korte vraag bij de deur, maken het verschil.",
            "Er is aandacht voor het gesprek met ouders. Veel ouders van thuiszitters voelen zich vooral "
            "aangesproken op wat er misgaat. Je oefent een opening die begint bij zorg voor het kind en niet bij "
            "de regels.",
            "De module duurt 40 minuten en is geschikt voor po en vo. Ideaal als start van een teambijeenkomst "
            "over het verzuimbeleid.",
        ],
        "title_en": "School attendance: the basics for every staff member",
        "summary_en": (
            "From absence to attendance: what lies behind staying away, and what can you as a teacher or tutor "
            "do differently tomorrow?"
        ),
        "body_en": [
            "This e-learning looks not at the absence but at the pupil behind it. Anxiety, low mood, bullying, "
            "caring duties at home or teaching that does not fit: the causes vary widely. You get a simple model "
            "to sort out what you see.",
            "You discover why responding early pays off so much. A pupil who misses the first lesson three times "
            "and hears nothing about it draws their own conclusion: nobody notices. Small reactions, such as a "
            "quick message or a short question at the door, make the difference.",
            "There is attention for talking with parents. Many parents of children who stay home mainly feel "
            "blamed for what is going wrong. You practise an opening that starts from concern for the child "
            "rather than from the rules.",
            "The module takes 40 minutes and suits both primary and secondary schools. It is an ideal start to "
            "a team meeting on your attendance policy.",
        ],
        "themes": ["schoolaanwezigheid-en-verzuim", "welbevinden"],
        "audiences": ["po", "vo", "docent", "mentor"],
        "dimension": "bewustwording",
        "duration_minutes": 40,
        "format": "online",
        "provider": "Werkplaats Schoolaanwezigheid",
        "evidence": "promising",
        "keywords": ["verzuim", "thuiszitter", "oudergesprek", "vroegsignalering"],
    },
    {
        "slug": "elearning-traumasensitief-werken-introductie",
        "type": "elearning",
        "title_nl": "Introductie traumasensitief werken",
        "summary_nl": (
            "Wat doet chronische stress met een kinderbrein, en hoe bied je in de klas veiligheid, verbinding "
            "en rust? Een eerste kennismaking in vijftig minuten."
        ),
        "body_nl": [
            "Kinderen die opgroeien met armoede, geweld of veel onzekerheid staan vaak standaard 'aan'. Ze "
            "schrikken sneller, reageren feller of sluiten zich juist af. De module legt in gewone taal uit wat "
            "er dan in het lichaam en brein gebeurt.",
            "Traumasensitief werken rust op drie pijlers: zorgen voor veiligheid, relaties versterken en "
            "leerlingen helpen hun emoties en gedrag te reguleren. Bij elke pijler krijg je voorbeelden die je in "
            "een gewone les kunt toepassen, zoals vaste begin- en eindrituelen en een rustige plek in de klas.",
            "Je leert boos of afwijkend gedrag te lezen als een signaal en niet alleen als probleem. Dat "
            "betekent niet dat alles mag, wel dat je eerst de-escaleert en pas daarna corrigeert.",
            "De e-learning duurt 50 minuten. Wil je verder, volg dan samen met je team de training "
            "traumasensitief lesgeven.",
        ],
        "themes": ["welbevinden", "gelijke-kansen", "huiselijk-geweld"],
        "audiences": ["po", "so", "vo", "docent", "ib-er"],
        "dimension": "bekwaamheid",
        "duration_minutes": 50,
        "format": "online",
        "provider": "Werkplaats Welbevinden",
        "evidence": "promising",
        "keywords": ["trauma", "stress", "veiligheid", "routines"],
    },
    {
        "slug": "elearning-wet-vrij-en-veilig-onderwijs",
        "type": "elearning",
        "title_nl": "De Wet Vrij en Veilig Onderwijs in 25 minuten",
        "summary_nl": (
            "Wat vraagt de Wet Vrij en Veilig Onderwijs van jouw school, en wat betekent dat voor het "
            "schoolveiligheidsplan? Compact overzicht voor schoolleiding en teamleiders."
        ),
        "body_nl": [
            "De Wet Vrij en Veilig Onderwijs geeft scholen een duidelijker opdracht rond veiligheid en "
            "burgerschap. Deze module zet op een rij wat dat in de praktijk vraagt: een actueel "
            "schoolveiligheidsplan, heldere verantwoordelijkheden en aandacht voor de basiswaarden van de "
            "democratische rechtsstaat.",
            "Je krijgt een checklist om je huidige veiligheidsplan naast te leggen. Staat erin wie het "
            "aanspreekpunt is, hoe meldingen lopen en hoe je incidenten registreert? Worden ouders, leerlingen en "
            "ketenpartners genoemd?",
            "De module is geen juridische cursus. Hij helpt je vooral om met je team het gesprek te voeren over "
            "wat er nog ontbreekt en wie dat oppakt.",
            "Reken op 25 minuten. Gebruik de checklist als agenda voor een MT-overleg of als voorbereiding op de "
            "zelfscan Weerbare school.",
        ],
        "title_en": "The Free and Safe Education Act in 25 minutes",
        "summary_en": (
            "What does the Wet Vrij en Veilig Onderwijs ask of your school, and what does it mean for the school "
            "safety plan? A compact overview for school leaders and team leaders."
        ),
        "body_en": [
            "The Wet Vrij en Veilig Onderwijs (Free and Safe Education Act) gives schools a clearer mandate on "
            "safety and citizenship. This module sets out what that means in practice: an up-to-date school "
            "safety plan, clear responsibilities and attention to the core values of a democratic state under "
            "the rule of law.",
            "You get a checklist to hold against your current safety plan. Does it say who the contact person "
            "is, how reports are handled and how incidents are recorded? Are parents, pupils and partner "
            "agencies mentioned?",
            "The module is not a legal course. Above all it helps you talk with your team about what is still "
            "missing and who will pick it up.",
            "Allow 25 minutes. Use the checklist as the agenda for a management meeting or as preparation for "
            "the 'Resilient school' self-scan.",
        ],
        "themes": ["sociale-veiligheid", "burgerschap"],
        "audiences": ["po", "so", "vo", "mbo", "directeur", "teamleider"],
        "dimension": "bewustwording",
        "duration_minutes": 25,
        "format": "online",
        "provider": "Alliantie WIJschool",
        "evidence": "unknown",
        "keywords": ["wetgeving", "schoolveiligheidsplan", "beleid", "checklist"],
    },
    {
        "slug": "elearning-pesten-en-groepsdynamiek",
        "type": "elearning",
        "title_nl": "Pesten en groepsdynamiek doorzien",
        "summary_nl": (
            "Pesten is een groepsproces. Leer rollen herkennen, de eerste weken van het schooljaar benutten en "
            "meelopers en stille getuigen in beweging krijgen."
        ),
        "body_nl": [
            "Pesten draait zelden om één dader en één slachtoffer. Er zijn meelopers, aanmoedigers, zwijgers en "
            "soms een verdediger. De module laat zien hoe die rollen ontstaan en waarom de groep de sleutel is "
            "tot een oplossing.",
            "De eerste weken van een nieuw schooljaar bepalen voor een groot deel de normen in een klas. Je "
            "krijgt ideeën voor kennismakingsactiviteiten en klassenafspraken die een positieve groepsnorm "
            "helpen neerzetten.",
            "Als er toch gepest wordt, oefen je met een aanpak zonder schuld en boete: met de groep bespreken wat "
            "er gebeurt en wie wat kan doen. Je ziet ook wanneer je toch individueel moet ingrijpen en ouders "
            "moet betrekken.",
            "De module duurt 45 minuten en is bedoeld voor leerkrachten en mentoren in po, so en vo. Volg hem bij "
            "voorkeur vlak voor de zomer of in de eerste schoolweek.",
        ],
        "themes": ["sociale-veiligheid", "welbevinden"],
        "audiences": ["po", "so", "vo", "docent", "mentor"],
        "dimension": "bekwaamheid",
        "duration_minutes": 45,
        "format": "online",
        "provider": "Werkplaats Welbevinden",
        "evidence": "effective",
        "keywords": ["pesten", "groepsvorming", "klassenklimaat", "omstanders"],
    },
]

# ---------------------------------------------------------------------------------------------------------------
# Films (with transcripts)
# ---------------------------------------------------------------------------------------------------------------
_FILMS = [
    {
        "slug": "film-lokaal-107-dinsdag-half-tien",
        "type": "film",
        "title_nl": "Lokaal 107, dinsdag half tien",
        "summary_nl": (
            "Na een heftig nieuwsweekend loopt een gesprek in de klas uit de hand. Korte film over hoe een "
            "docent de spanning serieus neemt en een veilig gesprek opbouwt."
        ),
        "body_nl": [
            "Deze film van acht minuten laat een herkenbaar moment zien: een opmerking over een groep mensen, een "
            "boze reactie, en een klas die wacht op wat de docent doet. De docent kiest ervoor het gesprek niet "
            "weg te drukken, maar het met duidelijke spelregels te voeren.",
            "Gebruik de film in een teamvergadering of intervisie. Zet hem stil na de eerste minuut en vraag: wat "
            "zou jij nu doen? Vergelijk daarna jullie antwoorden met de aanpak in de film.",
            "Let bij het kijken op de kleine dingen: de opstelling van de tafels, het tempo van de docent en de "
            "manier waarop ze na de les nog even contact zoekt met twee leerlingen. Juist die details maken het "
            "gesprek veilig.",
        ],
        "transcript_nl": (
            "VERTELLER: Dinsdag, half tien. In lokaal 107 hangt het nieuws van het weekend nog in de lucht.\n"
            "LEERLING 1: Iedereen weet toch wie dit gedaan heeft. Die mensen horen hier gewoon niet.\n"
            "LEERLING 2: Zeg dat nog eens, dan?\n"
            "DOCENT: Even stoppen. Ik merk dat dit veel losmaakt. We gaan het erover hebben, maar zo dat iedereen "
            "heel blijft.\n"
            "VERTELLER: Ze schuift de tafels in een hoefijzer en schrijft drie afspraken op het bord.\n"
            "DOCENT: Je praat vanuit jezelf. Je luistert tot iemand klaar is. Je mag een mening aanvallen, nooit "
            "een persoon.\n"
            "LEERLING 2: En als iemand toch iets kwetsends zegt?\n"
            "DOCENT: Dan stop ik het en vraag ik wat je eigenlijk bedoelt. Meestal zit er iets onder.\n"
            "VERTELLER: Na twintig minuten is niets opgelost. Maar er wordt geluisterd.\n"
            "VERTELLER: Na de bel vraagt de docent twee leerlingen nog even te blijven."
        ),
        "title_en": "Room 107, Tuesday half past nine",
        "summary_en": (
            "After a weekend of shocking news, a class discussion gets out of hand. A short film on how a teacher "
            "takes the tension seriously and builds a safe conversation."
        ),
        "body_en": [
            "This eight-minute film shows a familiar moment: a remark about a group of people, an angry "
            "response, and a class waiting to see what the teacher will do. The teacher chooses not to shut the "
            "discussion down but to hold it with clear ground rules.",
            "Use the film in a team meeting or peer consultation. Pause it after the first minute and ask: what "
            "would you do now? Then compare your answers with the approach in the film.",
            "While watching, pay attention to the small things: how the tables are arranged, the teacher's pace "
            "and the way she checks in with two pupils after the lesson. It is exactly these details that make "
            "the conversation safe.",
        ],
        "transcript_en": (
            "NARRATOR: Tuesday, half past nine. In room 107 the weekend's news is still in the air.\n"
            "PUPIL 1: Everyone knows who did this. Those people just don't belong here.\n"
            "PUPIL 2: Say that again, then?\n"
            "TEACHER: Let's stop for a moment. I can tell this stirs up a lot. We are going to talk about it, "
            "but in a way that leaves everyone in one piece.\n"
            "NARRATOR: She moves the tables into a horseshoe and writes three agreements on the board.\n"
            "TEACHER: You speak for yourself. You listen until someone has finished. You may attack an opinion, "
            "never a person.\n"
            "PUPIL 2: And if someone still says something hurtful?\n"
            "TEACHER: Then I stop it and ask what you really mean. There is usually something underneath.\n"
            "NARRATOR: Twenty minutes later nothing is solved. But people are listening.\n"
            "NARRATOR: After the bell, the teacher asks two pupils to stay behind for a moment."
        ),
        "themes": ["polarisatie", "burgerschap"],
        "audiences": ["vo", "mbo", "docent", "mentor"],
        "dimension": "bereidheid",
        "duration_minutes": 8,
        "format": "teamsessie",
        "provider": "Studio Klasbeeld",
        "evidence": "practice",
        "keywords": ["wij-zij", "gespreksregels", "spanning", "klassengesprek"],
    },
    {
        "slug": "film-het-eerste-pakketje",
        "type": "film",
        "title_nl": "Het eerste pakketje",
        "summary_nl": (
            "Een vijftienjarige krijgt vijftig euro om 'even iets weg te brengen'. Film over hoe ronselen begint "
            "en hoe moeilijk het is om daarna nog nee te zeggen."
        ),
        "body_nl": [
            "De film volgt een jongen die op een gewone woensdagmiddag een klusje aangeboden krijgt van een "
            "oudere jongen uit de buurt. Het voelt als een gunst, maar binnen een paar weken zit hij vast aan "
            "een schuld die hij niet zelf heeft gemaakt.",
            "In de klas werkt de film goed als opening voor een gesprek over snel geld. Stel na afloop vragen als: "
            "op welk moment had hij nog makkelijk nee kunnen zeggen, en wie had hij om hulp kunnen vragen?",
            "Voor het team is de film bruikbaar om signalen te bespreken. Welke veranderingen had een mentor "
            "kunnen zien, en bij wie had die zorg moeten landen? Gebruik daarbij de signalenkaart van je school.",
        ],
        "transcript_nl": (
            "VERTELLER: Woensdagmiddag. Sami heeft een tussenuur en hangt bij het winkelcentrum.\n"
            "OUDERE JONGEN: Jij bent toch dat broertje van Yusuf? Kun je iets voor me wegbrengen? Tien minuten.\n"
            "SAMI: Wat zit erin?\n"
            "OUDERE JONGEN: Maakt niet uit. Vijftig euro. Makkelijker verdien je het nergens.\n"
            "VERTELLER: Het blijft niet bij één keer. Na drie weken heeft Sami een tweede telefoon.\n"
            "VERTELLER: Dan raakt een pakketje zoek.\n"
            "OUDERE JONGEN: Dat is jouw probleem. Je staat nu bij ons in het krijt.\n"
            "MENTOR: Sami, je bent er de laatste tijd vaak niet op vrijdag. Hoe gaat het echt met je?\n"
            "SAMI: Gewoon. Alles goed.\n"
            "VERTELLER: De mentor laat het niet los. Ze schrijft op wat ze ziet en loopt die middag naar de "
            "zorgcoördinator."
        ),
        "title_en": "The first parcel",
        "summary_en": (
            "A fifteen-year-old is offered fifty euros to 'just drop something off'. A film about how "
            "recruitment starts and how hard it is to say no afterwards."
        ),
        "body_en": [
            "The film follows a boy who, on an ordinary Wednesday afternoon, is offered a small job by an older "
            "lad from the neighbourhood. It feels like a favour, but within a few weeks he is stuck with a debt "
            "he did not make himself.",
            "In class the film works well as an opening for a discussion on easy money. Afterwards ask questions "
            "such as: at what point could he still easily have said no, and who could he have asked for help?",
            "For the staff team the film is useful for discussing signs. What changes could a form tutor have "
            "noticed, and who should that concern have gone to? Use your school's signs card alongside it.",
        ],
        "transcript_en": (
            "NARRATOR: Wednesday afternoon. Sami has a free period and is hanging around the shopping centre.\n"
            "OLDER LAD: You're Yusuf's little brother, right? Can you drop something off for me? Ten minutes.\n"
            "SAMI: What's in it?\n"
            "OLDER LAD: Doesn't matter. Fifty euros. You won't earn it easier anywhere.\n"
            "NARRATOR: It doesn't stop at once. After three weeks Sami has a second phone.\n"
            "NARRATOR: Then a parcel goes missing.\n"
            "OLDER LAD: That's your problem. You owe us now.\n"
            "TUTOR: Sami, you've been missing a lot on Fridays lately. How are you really doing?\n"
            "SAMI: Fine. Everything's fine.\n"
            "NARRATOR: The tutor doesn't let it go. She writes down what she has seen and that afternoon walks "
            "over to the care coordinator."
        ),
        "themes": ["criminaliteit-en-ondermijning", "uitbuiting"],
        "audiences": ["vo", "mbo", "docent", "mentor"],
        "dimension": "bewustwording",
        "duration_minutes": 12,
        "format": "klassikaal",
        "provider": "Studio Klasbeeld",
        "evidence": "practice",
        "keywords": ["ronselen", "drugs", "schulden", "snel geld"],
    },
    {
        "slug": "film-mes-in-de-tas",
        "type": "film",
        "title_nl": "Mes in de tas",
        "summary_nl": (
            "Drie jongeren vertellen waarom ze ooit een mes meenamen, en een traumachirurg vertelt wat een "
            "steekwond echt doet. Zeven minuten, geschikt voor de klas."
        ),
        "body_nl": [
            "De film wisselt korte interviews met jongeren af met het verhaal van een traumachirurg. De jongeren "
            "leggen uit dat ze zich onveilig voelden of indruk wilden maken; de arts laat zien hoe snel een "
            "'waarschuwing' levensgevaarlijk wordt.",
            "Toon de film in de klas en laat leerlingen eerst in stilte drie woorden opschrijven die bij hen "
            "opkomen. Bespreek die woorden voordat je een discussie start; zo krijgt ook de stillere leerling een "
            "stem.",
            "Houd er rekening mee dat de film iets kan oproepen bij leerlingen die zelf geweld hebben "
            "meegemaakt. Zeg vooraf waar het over gaat en bied na de les de mogelijkheid om even na te praten.",
        ],
        "transcript_nl": (
            "JONGERE 1: Ik nam hem mee omdat iedereen zei dat je anders een makkelijk doelwit bent.\n"
            "JONGERE 2: Het was meer om te laten zien dat je niet bang bent. Online ziet iedereen dat.\n"
            "CHIRURG: Op de spoedeisende hulp zie ik jongens van vijftien met een wond van twee centimeter breed.\n"
            "CHIRURG: Van buiten lijkt het niets. Van binnen is een slagader geraakt.\n"
            "JONGERE 3: Ik dacht dat ik het alleen zou laten zien. Je denkt niet na als het gebeurt.\n"
            "CHIRURG: Een mes maakt een ruzie niet veiliger. Het maakt hem dodelijk.\n"
            "JONGERE 1: Nu laat ik hem thuis. Als ik me onveilig voel, loop ik om of bel ik mijn oom.\n"
            "VERTELLER: Wie een mes meeneemt uit angst, verdient een volwassene die vraagt waar die angst "
            "vandaan komt."
        ),
        "title_en": "A knife in the bag",
        "summary_en": (
            "Three young people explain why they once carried a knife, and a trauma surgeon describes what a "
            "stab wound really does. Seven minutes, suitable for the classroom."
        ),
        "body_en": [
            "The film alternates short interviews with young people and the story of a trauma surgeon. The young "
            "people explain that they felt unsafe or wanted to impress; the doctor shows how quickly a "
            "'warning' becomes life-threatening.",
            "Show the film in class and first ask pupils to write down, in silence, three words that come to "
            "mind. Discuss those words before opening a debate; that way quieter pupils get a voice too.",
            "Bear in mind that the film may stir something in pupils who have experienced violence themselves. "
            "Say beforehand what it is about and offer a chance to talk afterwards.",
        ],
        "transcript_en": (
            "YOUNG PERSON 1: I took it because everyone said otherwise you're an easy target.\n"
            "YOUNG PERSON 2: It was more to show you're not scared. Online everyone sees that.\n"
            "SURGEON: In A&E I see boys of fifteen with a wound two centimetres wide.\n"
            "SURGEON: On the outside it looks like nothing. Inside, an artery has been hit.\n"
            "YOUNG PERSON 3: I thought I would only show it. You don't think when it happens.\n"
            "SURGEON: A knife doesn't make a fight safer. It makes it deadly.\n"
            "YOUNG PERSON 1: Now I leave it at home. If I feel unsafe, I take another route or call my uncle.\n"
            "NARRATOR: Anyone who carries a knife out of fear deserves an adult who asks where that fear comes "
            "from."
        ),
        "themes": ["jongeren-en-wapens"],
        "audiences": ["vo", "mbo", "so", "docent"],
        "dimension": "bewustwording",
        "duration_minutes": 7,
        "format": "klassikaal",
        "provider": "Studio Klasbeeld",
        "evidence": "promising",
        "keywords": ["mes", "steekincident", "angst", "groepsdruk"],
    },
    {
        "slug": "film-hij-zegt-dat-hij-van-me-houdt",
        "type": "film",
        "title_nl": "Hij zegt dat hij van me houdt",
        "summary_nl": (
            "Een meisje van zestien vertelt terugkijkend hoe haar relatie met een oudere vriend langzaam "
            "veranderde in uitbuiting. Film met nagesprek voor vo en mbo."
        ),
        "body_nl": [
            "In tien minuten vertelt een jonge vrouw, gespeeld door een actrice, over de eerste maanden met haar "
            "vriend. Het begint met complimenten en cadeaus en eindigt met afspraken met 'vrienden van hem' die "
            "ze niet meer kan weigeren.",
            "Gebruik de film in een les over relaties en grenzen, niet als losse schrikfilm. Bespreek met de "
            "klas op welk moment de relatie ongezond werd en welke signalen vrienden hadden kunnen zien.",
            "Zorg dat leerlingen weten bij wie ze terechtkunnen als de film iets raakt. Sommige scholen laten "
            "de vertrouwenspersoon aan het begin van de les even binnenlopen, zodat leerlingen een gezicht "
            "kennen.",
        ],
        "transcript_nl": (
            "NINA: Hij was negentien en had een auto. Hij haalde me op na school, iedereen keek.\n"
            "NINA: Hij zei dat ik anders was dan andere meisjes. Dat ik volwassener was.\n"
            "VERTELLER: Binnen een maand ziet Nina haar vriendinnen bijna niet meer.\n"
            "NINA: Hij wilde niet dat ik met hen afsprak. Dat was omdat hij zoveel om me gaf, dacht ik.\n"
            "NINA: Toen had hij ineens schulden. Of ik hem één keer wilde helpen, bij een vriend van hem.\n"
            "VRIENDIN: Ik zag dat ze nooit meer lachte. Maar ik durfde er niks van te zeggen.\n"
            "NINA: Mijn mentor vroeg een keer of alles goed ging. Ik zei ja. Maar ze bleef het vragen.\n"
            "NINA: Dat ze bleef vragen, daardoor heb ik uiteindelijk toch iets verteld."
        ),
        "themes": ["uitbuiting", "sociale-veiligheid"],
        "audiences": ["vo", "mbo", "mentor"],
        "dimension": "bewustwording",
        "duration_minutes": 10,
        "format": "klassikaal",
        "provider": "Studio Klasbeeld",
        "evidence": "practice",
        "keywords": ["loverboy", "relaties", "grenzen", "isolatie"],
    },
    {
        "slug": "film-thuis-is-het-stil",
        "type": "film",
        "title_nl": "Thuis is het stil",
        "summary_nl": (
            "Een leerkracht in groep 6 merkt dat een leerling steeds stiller wordt. Film over twijfelen, "
            "overleggen en de eerste stap van de meldcode."
        ),
        "body_nl": [
            "Deze film van negen minuten laat vanuit het perspectief van een leerkracht zien hoe vaag signalen "
            "kunnen zijn. Een kind dat nooit gym mist, meldt zich ineens vaak ziek; op maandag is hij moe en "
            "schrikachtig.",
            "De leerkracht twijfelt: is dit iets, of zie ik spoken? De film laat zien hoe ze haar waarnemingen "
            "opschrijft en ze bespreekt met de IB'er, in plaats van er alleen mee rond te lopen.",
            "Gebruik de film bij een teamscholing over de meldcode. Bespreek na afloop welke stappen jullie "
            "school in zo'n situatie zet, en of iedereen weet waar het afwegingskader te vinden is.",
        ],
        "transcript_nl": (
            "VERTELLER: Groep 6, maandagochtend. Daan zit al in de klas voordat de bel gaat.\n"
            "LEERKRACHT: Goedemorgen Daan. Lekker weekend gehad?\n"
            "DAAN: Gaat wel.\n"
            "VERTELLER: Als er een deur dichtvalt, schiet hij overeind. Bij gym zegt hij dat hij zijn spullen "
            "vergeten is.\n"
            "LEERKRACHT (tegen IB'er): Het is niet één ding. Het is alles bij elkaar. Ik weet niet of ik "
            "overdrijf.\n"
            "IB'ER: Je overdrijft niet door het op te schrijven. Wat heb je precies gezien, en wanneer?\n"
            "VERTELLER: Samen zetten ze de signalen op een rij. De IB'er belt Veilig Thuis voor advies.\n"
            "LEERKRACHT: Ik wil vooral dat hij weet dat hij bij mij terechtkan.\n"
            "IB'ER: Dat is precies wat je blijft doen. De volgende stap zetten we samen."
        ),
        "title_en": "It's quiet at home",
        "summary_en": (
            "A Year 6 teacher notices a pupil getting quieter and quieter. A film about doubt, consulting "
            "colleagues and the first step of the reporting code."
        ),
        "body_en": [
            "This nine-minute film shows from a teacher's perspective how vague the signs can be. A child who "
            "never misses PE suddenly keeps calling in sick; on Mondays he is tired and jumpy.",
            "The teacher doubts herself: is this something, or am I imagining it? The film shows how she writes "
            "down what she observes and discusses it with the internal support coordinator, instead of carrying "
            "it around on her own.",
            "Use the film in staff training on the reporting code. Afterwards discuss which steps your school "
            "takes in such a situation and whether everyone knows where to find the decision framework.",
        ],
        "transcript_en": (
            "NARRATOR: Year 6, Monday morning. Daan is already in the classroom before the bell.\n"
            "TEACHER: Morning, Daan. Nice weekend?\n"
            "DAAN: It was okay.\n"
            "NARRATOR: When a door slams, he jumps up. At PE he says he has forgotten his kit.\n"
            "TEACHER (to the support coordinator): It's not one thing. It's everything together. I don't know if "
            "I'm exaggerating.\n"
            "COORDINATOR: Writing it down isn't exaggerating. What exactly did you see, and when?\n"
            "NARRATOR: Together they list the signs. The coordinator calls Veilig Thuis for advice.\n"
            "TEACHER: Most of all I want him to know he can come to me.\n"
            "COORDINATOR: That's exactly what you keep doing. We'll take the next step together."
        ),
        "themes": ["huiselijk-geweld", "welbevinden"],
        "audiences": ["po", "so", "docent", "ib-er"],
        "dimension": "bereidheid",
        "duration_minutes": 9,
        "format": "teamsessie",
        "provider": "Werkplaats Veilig Opgroeien",
        "evidence": "practice",
        "keywords": ["meldcode", "twijfel", "signalen", "collegiaal overleg"],
    },
    {
        "slug": "film-gemist-worden",
        "type": "film",
        "title_nl": "Gemist worden",
        "summary_nl": (
            "Een leerling die al weken thuis zit, krijgt post van zijn klas. Zes minuten over het verschil dat "
            "één gebaar kan maken."
        ),
        "body_nl": [
            "De film volgt een brugklasser die na een moeilijke periode niet meer naar school gaat. Hij is "
            "ervan overtuigd dat niemand merkt dat hij er niet is. Dan ligt er op een dag een kaart van zijn klas "
            "op de mat.",
            "Gebruik de film in een teamoverleg over verzuim, als opstap naar de vraag: hoe houden wij contact "
            "met leerlingen die thuis zitten? Het gaat niet om de kaart zelf, maar om het gevoel erbij te horen.",
            "De film is ook geschikt voor de klas, bijvoorbeeld als je samen iets voor een klasgenoot wilt doen. "
            "Overleg dan wel eerst met de leerling en ouders wat welkom is.",
        ],
        "transcript_nl": (
            "MILAN: Het begon met buikpijn. Toen werd het één dag, toen een week.\n"
            "MILAN: Na een tijdje dacht ik: ze zijn me vast al vergeten.\n"
            "VERTELLER: In de klas vraagt de mentor wat ze voor Milan kunnen doen.\n"
            "KLASGENOOT: Kunnen we hem niet gewoon iets sturen? Niet zielig, gewoon normaal.\n"
            "VERTELLER: Iedereen schrijft een zin. Over de gymles, over de nieuwe leraar, over de kantine.\n"
            "MILAN: Ik heb hem wel tien keer gelezen. Iemand had geschreven: jouw plek bij het raam is nog vrij.\n"
            "MENTOR: Ik bel zijn moeder morgen. Misschien kan hij één uur komen, als het rustig is.\n"
            "MILAN: Terug gaan was eng. Maar ik wist in elk geval dat ze op me wachtten."
        ),
        "title_en": "Being missed",
        "summary_en": (
            "A pupil who has been at home for weeks receives post from his class. Six minutes on the difference "
            "one gesture can make."
        ),
        "body_en": [
            "The film follows a first-year secondary pupil who stops coming to school after a difficult period. "
            "He is convinced nobody notices he is gone. Then one day a card from his class lands on the doormat.",
            "Use the film in a staff meeting on absenteeism as a way into the question: how do we stay in touch "
            "with pupils who are at home? It is not about the card itself but about the feeling of still "
            "belonging.",
            "The film also works in class, for example when you want to do something for a classmate together. "
            "Check first with the pupil and parents what would be welcome.",
        ],
        "transcript_en": (
            "MILAN: It started with stomach aches. Then it was one day, then a week.\n"
            "MILAN: After a while I thought: they've probably forgotten me already.\n"
            "NARRATOR: In class, the tutor asks what they could do for Milan.\n"
            "CLASSMATE: Can't we just send him something? Not sad, just normal.\n"
            "NARRATOR: Everyone writes one sentence. About PE, about the new teacher, about the canteen.\n"
            "MILAN: I must have read it ten times. Someone had written: your seat by the window is still free.\n"
            "TUTOR: I'll call his mother tomorrow. Maybe he can come for one lesson, when it's quiet.\n"
            "MILAN: Going back was scary. But at least I knew they were waiting for me."
        ),
        "themes": ["schoolaanwezigheid-en-verzuim", "welbevinden"],
        "audiences": ["po", "vo", "so", "mentor"],
        "dimension": "bereidheid",
        "duration_minutes": 6,
        "format": "teamsessie",
        "provider": "Werkplaats Schoolaanwezigheid",
        "evidence": "practice",
        "keywords": ["thuiszitter", "verbinding", "klas", "terugkeer"],
    },
    {
        "slug": "film-het-gesprek-na-de-les",
        "type": "film",
        "title_nl": "Het gesprek na de les",
        "summary_nl": (
            "Een mbo-docent spreekt een student aan die in de les zei dat 'de overheid ons gewoon belazert' en "
            "dat je 'er iets aan moet doen'. Elf minuten gespreksvoering."
        ),
        "body_nl": [
            "De film toont een volledig gesprek tussen een docent en een student van achttien, zonder montage "
            "of muziek. De student is wantrouwig en begint met korte antwoorden; de docent blijft nieuwsgierig en "
            "vraagt door naar wat er thuis en online speelt.",
            "Je ziet hoe de docent niet in discussie gaat over de feiten, maar wel haar grens aangeeft bij het "
            "goedpraten van geweld. Dat is een lastige balans, en de film laat zien dat het niet in één gesprek "
            "af is.",
            "Gebruik de film als voorbereiding op de training over extremisme of als casus in een teamoverleg. "
            "Bespreek: wanneer zou jij dit gesprek delen met de zorgcoördinator, en wat schrijf je dan op?",
        ],
        "transcript_nl": (
            "DOCENT: Je zei net iets wat bleef hangen. Dat je er iets aan moet doen. Wat bedoelde je?\n"
            "STUDENT: Gewoon. Iedereen slaapt. Ze liegen over alles.\n"
            "DOCENT: Waar maak je je het meest zorgen over?\n"
            "STUDENT: Mijn vader is zijn werk kwijtgeraakt. En niemand helpt. Online zeggen ze waarom.\n"
            "DOCENT: Dat klinkt als iets wat je echt raakt. Wie zijn 'ze', online?\n"
            "STUDENT: Een paar kanalen. Ze zeggen tenminste de waarheid.\n"
            "DOCENT: Ik ga niet doen alsof ik alles weet. Maar als iemand zegt dat geweld de oplossing is, dan "
            "zeg ik eerlijk dat ik daar niet in meega.\n"
            "STUDENT: Ik zeg niet dat ik iets ga doen.\n"
            "DOCENT: Goed. Dan wil ik dit gesprek graag volgende week voortzetten. Deal?"
        ),
        "themes": ["radicalisering-en-extremisme", "polarisatie"],
        "audiences": ["mbo", "vo", "docent", "mentor"],
        "dimension": "bekwaamheid",
        "duration_minutes": 11,
        "format": "teamsessie",
        "provider": "Leernetwerk Democratie en Dialoog",
        "evidence": "practice",
        "keywords": ["anti-overheid", "gespreksvaardigheid", "doorvragen", "grenzen"],
    },
    {
        "slug": "film-wie-doet-wat-bij-een-melding",
        "type": "film",
        "title_nl": "Wie doet wat bij een melding?",
        "summary_nl": (
            "Een docent hoort dat een leerling bedreigd wordt en weet niet bij wie ze moet zijn. Film over een "
            "team dat zijn meldstructuur opnieuw uitzoekt."
        ),
        "body_nl": [
            "In deze film van veertien minuten loopt een docent met een zorg van de ene collega naar de andere. "
            "De mentor is er niet, de teamleider verwijst door, de zorgcoördinator zit in overleg. Intussen loopt "
            "de tijd door.",
            "Het tweede deel toont de teamvergadering die daarop volgt. De teamleider tekent samen met het team "
            "op een groot vel hoe een melding moet lopen, wie het aanspreekpunt is en wanneer de wijkagent of "
            "jongerenwerker wordt gebeld.",
            "Gebruik de film als aanloop naar de verbeteracties 'aanspreekpunt per locatie' en 'meldstructuur "
            "visualiseren'. Vraag na afloop: zou dit bij ons ook zo lopen?",
        ],
        "transcript_nl": (
            "DOCENT: Er is net een leerling bij me geweest. Hij wordt na school opgewacht. Bij wie moet ik zijn?\n"
            "COLLEGA: De mentor? Die is vandaag op excursie.\n"
            "TEAMLEIDER: Leg het even bij zorg neer, ik zit zo in een gesprek.\n"
            "VERTELLER: Het duurt twee uur voordat iemand de melding oppakt. De leerling is dan al naar huis.\n"
            "VERTELLER: Een week later, teamvergadering.\n"
            "TEAMLEIDER: Dit mag niet nog eens gebeuren. Laten we tekenen hoe het moet lopen.\n"
            "ZORGCOÖRDINATOR: Eén aanspreekpunt per dag, met een vervanger. Dat hangen we in de "
            "personeelskamer.\n"
            "DOCENT: En bij direct gevaar?\n"
            "TEAMLEIDER: Dan bel je meteen de schoolleiding, en die belt zo nodig de politie. Niemand hoeft te "
            "wachten."
        ),
        "themes": ["sociale-veiligheid", "criminaliteit-en-ondermijning"],
        "audiences": ["vo", "teamleider", "zorgcoordinator"],
        "dimension": "bereidheid",
        "duration_minutes": 14,
        "format": "teamsessie",
        "provider": "Studio Klasbeeld",
        "evidence": "practice",
        "keywords": ["meldstructuur", "aanspreekpunt", "taakverdeling", "bedreiging"],
    },
    {
        "slug": "film-check-in-bij-de-deur",
        "type": "film",
        "title_nl": "Check-in bij de deur",
        "summary_nl": (
            "Vijf minuten meekijken bij een juf in het speciaal onderwijs die elke ochtend bij de deur peilt hoe "
            "het met haar leerlingen gaat."
        ),
        "body_nl": [
            "Elke ochtend staat de juf bij de deur met een eenvoudige kaart met vier kleuren. Leerlingen wijzen "
            "aan hoe ze zich voelen, en wie rood of blauw kiest, krijgt even extra aandacht voordat de les "
            "begint.",
            "De film laat zien hoe weinig tijd dit kost en hoeveel het oplevert: een leerling die slecht "
            "geslapen heeft, krijgt een rustiger taak; een leerling die boos binnenkomt, mag eerst even naar de "
            "rustplek. Zo groeit een kleine zorg later op de ochtend niet uit tot een conflict.",
            "Bekijk de film met collega's uit po en so en bespreek hoe je een check-in en check-out in je eigen "
            "groep zou inrichten. Zie ook de oefening met de emotiemeter.",
        ],
        "transcript_nl": (
            "JUF: Goedemorgen, Sem. Welke kleur is het vandaag?\n"
            "SEM: Blauw.\n"
            "JUF: Blauw, dat is een beetje verdrietig toch? Wil je er straks even over praten of liever niet?\n"
            "SEM: Straks.\n"
            "VERTELLER: Het duurt nog geen tien seconden per leerling. Maar de juf weet nu wie wat nodig heeft.\n"
            "JUF: Aya, rood? Ga maar even bij de rustplek zitten. Ik kom zo bij je.\n"
            "VERTELLER: Aan het eind van de dag doet de groep hetzelfde. Hoe ga je naar huis?\n"
            "JUF: Ik zie niet alles. Maar zo mis ik in elk geval minder."
        ),
        "title_en": "Check-in at the door",
        "summary_en": (
            "Five minutes with a teacher in special education who checks every morning at the door how her "
            "pupils are doing."
        ),
        "body_en": [
            "Every morning the teacher stands at the door with a simple card in four colours. Pupils point to "
            "how they feel, and those who choose red or blue get a little extra attention before the lesson "
            "starts.",
            "The film shows how little time this takes and how much it yields: a pupil who slept badly gets a "
            "calmer task; a pupil who comes in angry may first go to the quiet corner. This stops a small worry "
            "from growing into a conflict later in the morning.",
            "Watch the film with colleagues from primary and special education and discuss how you would set up "
            "a check-in and check-out in your own group. See also the exercise with the emotion meter.",
        ],
        "transcript_en": (
            "TEACHER: Good morning, Sem. What colour is it today?\n"
            "SEM: Blue.\n"
            "TEACHER: Blue, that's a bit sad, isn't it? Do you want to talk about it later, or would you rather "
            "not?\n"
            "SEM: Later.\n"
            "NARRATOR: It takes less than ten seconds per pupil. But the teacher now knows who needs what.\n"
            "TEACHER: Aya, red? Go and sit in the quiet corner for a bit. I'll come over in a moment.\n"
            "NARRATOR: At the end of the day the group does the same. How are you going home?\n"
            "TEACHER: I don't see everything. But this way I miss less."
        ),
        "themes": ["welbevinden"],
        "audiences": ["so", "po", "docent"],
        "dimension": "bekwaamheid",
        "duration_minutes": 5,
        "format": "teamsessie",
        "provider": "Werkplaats Welbevinden",
        "evidence": "promising",
        "keywords": ["check-in", "emotiemeter", "routine", "speciaal onderwijs"],
    },
    {
        "slug": "film-drill-achter-de-beats",
        "type": "film",
        "title_nl": "Drill: achter de beats",
        "summary_nl": (
            "Een jongerenwerker legt uit wat drillmuziek is, waarom jongeren ernaar luisteren en wanneer teksten "
            "en clips reden tot zorg zijn."
        ),
        "body_nl": [
            "Veel docenten horen over drill, maar weten niet goed wat het is. In deze film van een kwartier "
            "vertelt een jongerenwerker over de muziekstijl, de taal en de reden waarom jongeren zich erin "
            "herkennen.",
            "Hij maakt onderscheid tussen luisteren naar drill, zelf muziek maken en deelnemen aan online "
            "conflicten waarin bedreigingen over en weer gaan. Dat laatste kan uitlopen op geweld op straat, en "
            "daar wil je als school van weten.",
            "Gebruik de film in een teamsessie om vooroordelen en zorgen naast elkaar te leggen. Nodig eventueel "
            "een jongerenwerker uit jullie eigen wijk uit om na te praten over wat er lokaal speelt.",
        ],
        "transcript_nl": (
            "JONGERENWERKER: Drill is eerst en vooral muziek. Hard, rauw, en voor veel jongeren heel eerlijk.\n"
            "JONGERENWERKER: Ze horen hun eigen buurt erin terug. Dat is niet per se gevaarlijk.\n"
            "DOCENT: Maar sommige teksten gaan echt over steken.\n"
            "JONGERENWERKER: Klopt. Let dan op wie er wordt genoemd en of er over en weer wordt gereageerd. Dan "
            "wordt het een conflict.\n"
            "JONGERENWERKER: Als een leerling in een clip staat met een mes of gezicht bedekt, bel mij of de "
            "wijkagent.\n"
            "DOCENT: En in de klas? Moet ik het verbieden?\n"
            "JONGERENWERKER: Vraag liever waarom hij het mooi vindt. Dan hoor je meer dan als je het verbiedt.\n"
            "VERTELLER: Nieuwsgierigheid opent de deur. Een verbod doet hem vaak dicht."
        ),
        "themes": ["jongeren-en-wapens", "criminaliteit-en-ondermijning"],
        "audiences": ["vo", "mbo", "docent", "mentor"],
        "dimension": "bewustwording",
        "duration_minutes": 15,
        "format": "teamsessie",
        "provider": "Studio Klasbeeld",
        "evidence": "unknown",
        "keywords": ["drill", "jongerenwerk", "sociale media", "straatcultuur"],
    },
]

# ---------------------------------------------------------------------------------------------------------------
# Lessons
# ---------------------------------------------------------------------------------------------------------------
_LESSONS = [
    {
        "slug": "les-de-klas-als-mini-samenleving",
        "type": "lesson",
        "title_nl": "De klas als mini-samenleving",
        "summary_nl": (
            "Leerlingen ontwerpen samen de 'grondwet' van hun klas en ontdekken zo hoe regels, macht en "
            "minderheden werken in een democratie."
        ),
        "body_nl": [
            "Open de les met de vraag: stel dat deze klas een land is, wie heeft hier dan de macht? Laat "
            "leerlingen in tweetallen drie antwoorden bedenken. Meestal komen er namen van luide leerlingen, de "
            "docent en de groepsapp langs.",
            "In het middendeel schrijven groepjes van vier een 'grondwet' van vijf artikelen voor de klas. Elk "
            "groepje krijgt een rolkaart met een perspectief, bijvoorbeeld de nieuwe leerling, de leerling die "
            "altijd gelijk wil hebben of de leerling die nooit iets zegt. Daarna stemt de klas over de artikelen.",
            "Bespreek na de stemming wat er gebeurde met de stem van de minderheid. Is de meerderheid altijd "
            "eerlijk? Zo komen rechtsstaat, grondrechten en bescherming van minderheden vanzelf op tafel.",
            "De les duurt 50 minuten. Hang de aangenomen artikelen op en kom er een paar weken later op terug: "
            "houden we ons eraan, en moet er iets worden aangepast?",
        ],
        "title_en": "The classroom as a small-scale society",
        "summary_en": (
            "Pupils draw up the 'constitution' of their class together and discover how rules, power and "
            "minorities work in a democracy."
        ),
        "body_en": [
            "Open the lesson with the question: if this class were a country, who would hold the power? Let pupils "
            "come up with three answers in pairs. Usually the names of loud pupils, the teacher and the class "
            "group chat come up.",
            "In the middle part, groups of four write a five-article 'constitution' for the class. Each group gets "
            "a role card with a perspective, for example the new pupil, the pupil who always wants to be right or "
            "the pupil who never says anything. Then the class votes on the articles.",
            "After the vote, discuss what happened to the minority's voice. Is the majority always fair? This way "
            "the rule of law, fundamental rights and the protection of minorities come up naturally.",
            "The lesson takes 50 minutes. Put the adopted articles on the wall and return to them a few weeks "
            "later: are we sticking to them, and does anything need changing?",
        ],
        "themes": ["burgerschap", "polarisatie"],
        "audiences": ["vo", "mbo", "docent", "mentor"],
        "dimension": "bereidheid",
        "duration_minutes": 50,
        "format": "klassikaal",
        "provider": "Alliantie WIJschool",
        "evidence": "practice",
        "keywords": ["democratie", "klassenafspraken", "minderheden", "stemmen"],
    },
    {
        "slug": "les-als-overtuigingen-botsen",
        "type": "lesson",
        "title_nl": "Als overtuigingen botsen",
        "summary_nl": (
            "Een lesopzet voor een gesprek over een gevoelig onderwerp, zoals geloof, gender of een oorlog, "
            "waarin leerlingen leren luisteren naar wie anders denkt."
        ),
        "body_nl": [
            "Bereid de les voor door zelf na te gaan waar jouw eigen gevoeligheden liggen bij het onderwerp. Leg "
            "aan het begin drie gespreksregels vast en vraag de klas of ze er een willen toevoegen. Spreek ook "
            "af dat iedereen mag passen.",
            "Start met een persoonlijke vraag zonder goed of fout, bijvoorbeeld: wat is voor jou belangrijk aan "
            "je geloof of je overtuiging? Leerlingen bespreken dit eerst in tweetallen, zodat niemand meteen voor "
            "de hele groep hoeft te spreken.",
            "Ga daarna over op een stelling en gebruik de techniek 'eerst samenvatten, dan reageren': wie "
            "reageert, vat eerst in eigen woorden samen wat de vorige spreker zei. Dat vertraagt het gesprek en "
            "dwingt tot luisteren.",
            "Sluit af met de vraag wat iemand nieuw heeft gehoord. Let na de les op leerlingen die stil werden of "
            "juist heel fel waren, en zoek ze later even op. De les duurt ongeveer 50 minuten.",
        ],
        "title_en": "When convictions clash",
        "summary_en": (
            "A lesson plan for a discussion on a sensitive subject such as faith, gender or a war, in which pupils "
            "learn to listen to people who think differently."
        ),
        "body_en": [
            "Prepare by considering where your own sensitivities lie on the subject. At the start, set three "
            "ground rules and ask the class whether they want to add one. Also agree that anyone may pass.",
            "Begin with a personal question with no right or wrong answer, for example: what matters to you about "
            "your faith or conviction? Pupils discuss this in pairs first, so nobody has to speak for the whole "
            "group straight away.",
            "Then move on to a statement and use the 'summarise first, then respond' technique: whoever responds "
            "first summarises in their own words what the previous speaker said. This slows the discussion down "
            "and forces people to listen.",
            "Close by asking what someone heard that was new to them. After the lesson, keep an eye on pupils who "
            "went quiet or were very heated, and find them later for a quick word. The lesson takes about 50 "
            "minutes.",
        ],
        "themes": ["polarisatie", "burgerschap"],
        "audiences": ["vo", "mbo", "docent"],
        "dimension": "bekwaamheid",
        "duration_minutes": 50,
        "format": "klassikaal",
        "provider": "Leernetwerk Democratie en Dialoog",
        "evidence": "promising",
        "keywords": ["dialoog", "gespreksregels", "luisteren", "gevoelige onderwerpen"],
    },
    {
        "slug": "les-wie-ben-ik-identiteitscirkels",
        "type": "lesson",
        "title_nl": "Wie ben ik? Werken met identiteitscirkels",
        "summary_nl": (
            "Leerlingen tekenen de groepen waar ze bij horen en ontdekken dat iedereen meer is dan één label. "
            "Een les over identiteitsontwikkeling voor po, so en vo."
        ),
        "body_nl": [
            "Iedere leerling tekent een kleine cirkel met zijn naam en daaromheen cirkels voor de groepen waar "
            "hij bij hoort: familie, sport, geloof, taal, woonplaats, muziek, online gemeenschappen. Jongere "
            "kinderen kunnen tekenen of plakken in plaats van schrijven.",
            "In tweetallen zoeken leerlingen drie cirkels die ze delen en één die de ander niet had verwacht. "
            "Daarna vraag je: welke cirkel vind je het belangrijkst, en welke cirkel zien anderen het eerst als ze "
            "naar je kijken?",
            "Het verschil tussen hoe je jezelf ziet en hoe anderen je zien is de kern van het nagesprek. "
            "Bespreek hoe het voelt als iemand je terugbrengt tot één cirkel, en wanneer je dat zelf bij een "
            "ander doet.",
            "Reken op 45 minuten. Laat leerlingen zelf kiezen wat ze delen; niet iedereen wil zijn geloof of "
            "thuissituatie op tafel leggen, en dat is prima.",
        ],
        "title_en": "Who am I? Working with identity circles",
        "summary_en": (
            "Pupils draw the groups they belong to and discover that everyone is more than a single label. A "
            "lesson on identity development for primary, special and secondary education."
        ),
        "body_en": [
            "Each pupil draws a small circle with their name and around it circles for the groups they belong to: "
            "family, sport, faith, language, hometown, music, online communities. Younger children can draw or "
            "stick pictures instead of writing.",
            "In pairs, pupils look for three circles they share and one the other person would not have "
            "expected. Then ask: which circle matters most to you, and which circle do others see first when they "
            "look at you?",
            "The gap between how you see yourself and how others see you is the heart of the follow-up "
            "discussion. Talk about how it feels when someone reduces you to one circle, and when you do that to "
            "someone else.",
            "Allow 45 minutes. Let pupils choose what they share; not everyone wants to put their faith or home "
            "situation on the table, and that is fine.",
        ],
        "themes": ["burgerschap", "polarisatie"],
        "audiences": ["po", "so", "vo", "docent"],
        "dimension": "bewustwording",
        "duration_minutes": 45,
        "format": "klassikaal",
        "provider": "Leernetwerk Democratie en Dialoog",
        "evidence": "practice",
        "keywords": ["identiteit", "labels", "groepen", "zelfbeeld"],
    },
    {
        "slug": "les-klassenvergadering-in-de-onderbouw",
        "type": "lesson",
        "title_nl": "De klassenvergadering: democratie in groep 3 tot 8",
        "summary_nl": (
            "Een vaste wekelijkse vergadering waarin kinderen zelf agendapunten aandragen, meepraten en "
            "besluiten. Met draaiboek voor de eerste drie keer."
        ),
        "body_nl": [
            "Hang een 'agendabrievenbus' op waarin kinderen de hele week briefjes kunnen doen met onderwerpen: "
            "ruzie bij het voetballen, een idee voor een uitje, een klacht over de rommel bij de kapstok. Op "
            "vrijdagmiddag worden de briefjes besproken.",
            "De eerste keren ben jij voorzitter en laat je zien hoe dat gaat: iedereen mag uitpraten, je vat "
            "samen en je laat stemmen als het niet lukt om het eens te worden. Vanaf de derde keer neemt een "
            "tweetal kinderen die rol over, met jou ernaast.",
            "Besluiten worden op een vel geschreven en de week erna geëvalueerd. Kinderen leren zo dat meepraten "
            "gevolgen heeft, en dat je een besluit ook kunt aanpassen als het niet werkt.",
            "Trek er elke week een half uur tot een uur voor uit. In het speciaal onderwijs werkt een kortere "
            "versie met pictogrammen goed.",
        ],
        "themes": ["burgerschap", "sociale-veiligheid"],
        "audiences": ["po", "so", "docent"],
        "dimension": "bereidheid",
        "duration_minutes": 60,
        "format": "klassikaal",
        "provider": "Leernetwerk Democratie en Dialoog",
        "evidence": "practice",
        "keywords": ["democratische cultuur", "klassenvergadering", "inspraak", "participatie"],
    },
    {
        "slug": "les-meedoen-in-de-wijk",
        "type": "lesson",
        "title_nl": "Meedoen in de wijk",
        "summary_nl": (
            "Een project van drie lessen waarin leerlingen een probleem in hun buurt onderzoeken en een voorstel "
            "presenteren aan iemand die er iets mee kan."
        ),
        "body_nl": [
            "In de eerste les brengen leerlingen hun buurt in kaart: waar voelen ze zich thuis, waar niet, wat "
            "missen ze? Ze kiezen in groepjes één onderwerp, zoals een donkere route naar school of te weinig "
            "plekken om te sporten.",
            "In de tweede les gaan ze op onderzoek: ze interviewen buurtbewoners, een jongerenwerker of een "
            "ondernemer en zoeken uit wie over hun onderwerp beslist. Bespreek vooraf hoe je netjes iemand "
            "aanspreekt en wat je doet als iemand niet wil meewerken.",
            "In de derde les presenteren de groepjes hun voorstel, bij voorkeur aan een echte gast: een "
            "wijkmanager, raadslid of iemand van het buurthuis. Dat leerlingen serieus worden genomen, is de "
            "kern van participatie.",
            "Reken op drie lessen van 90 minuten met buitenschoolse tijd ertussen. Werk samen met het "
            "jongerenwerk, dat vaak de weg weet naar de juiste mensen.",
        ],
        "themes": ["burgerschap", "gelijke-kansen"],
        "audiences": ["vo", "mbo", "docent", "gemeente"],
        "dimension": "bereidheid",
        "duration_minutes": 270,
        "format": "klassikaal",
        "provider": "Alliantie WIJschool",
        "evidence": "practice",
        "keywords": ["participatie", "wijk", "project", "jongerenwerk"],
    },
    {
        "slug": "les-nee-zeggen-tegen-groepsdruk",
        "type": "lesson",
        "title_nl": "Nee zeggen als de groep ja zegt",
        "summary_nl": (
            "Met korte rollenspellen oefenen leerlingen hoe ze nee zeggen tegen vrienden, zonder hun gezicht te "
            "verliezen. Sociale vaardigheden voor po-bovenbouw, so en vo."
        ),
        "body_nl": [
            "Start met een korte peiling: wie heeft weleens iets gedaan omdat de rest het ook deed? Meestal gaan "
            "alle handen omhoog, ook die van jou. Dat maakt het onderwerp veilig en normaal.",
            "Leerlingen krijgen situatiekaartjes, van onschuldig (mee spijbelen) tot serieus (iets 'bewaren' "
            "voor een oudere jongen). Ze oefenen in drietallen drie manieren om nee te zeggen: uitstellen, een "
            "alternatief voorstellen en gewoon herhalen.",
            "Bespreek na elke ronde wat werkte en hoe het voelde. Vaak ontdekken leerlingen dat een grapje of "
            "een smoes makkelijker is dan een hard nee, en dat het helpt als één ander in de groep je steunt.",
            "De les duurt 45 minuten. Sluit af met de vraag bij wie je terechtkunt als nee zeggen niet lukt, en "
            "noem concreet de mentor, de vertrouwenspersoon en een anonieme hulplijn.",
        ],
        "title_en": "Saying no when the group says yes",
        "summary_en": (
            "Through short role plays, pupils practise saying no to friends without losing face. Social skills "
            "for upper primary, special and secondary education."
        ),
        "body_en": [
            "Start with a quick poll: who has ever done something because everyone else was doing it? Usually "
            "every hand goes up, including yours. That makes the subject safe and normal.",
            "Pupils get situation cards, from harmless (skipping class together) to serious ('minding' something "
            "for an older boy). In threes they practise three ways of saying no: putting it off, suggesting an "
            "alternative and simply repeating yourself.",
            "After each round, discuss what worked and how it felt. Pupils often discover that a joke or an "
            "excuse is easier than a flat no, and that it helps when one other person in the group backs you up.",
            "The lesson takes 45 minutes. Close by asking who you can turn to when saying no does not work, and "
            "name specifically the form tutor, the school counsellor and an anonymous helpline.",
        ],
        "themes": ["burgerschap", "criminaliteit-en-ondermijning"],
        "audiences": ["po", "so", "vo", "docent"],
        "dimension": "bekwaamheid",
        "duration_minutes": 45,
        "format": "klassikaal",
        "provider": "Centrum Weerbare Jeugd",
        "evidence": "promising",
        "keywords": ["groepsdruk", "weerbaarheid", "rollenspel", "sociale vaardigheden"],
    },
    {
        "slug": "les-snel-geld-bestaat-niet",
        "type": "lesson",
        "title_nl": "Snel geld bestaat niet",
        "summary_nl": (
            "Leerlingen rekenen uit wat een 'makkelijk' klusje voor criminelen echt kost. Een les over ronselen, "
            "geldezels en de prijs van snel geld."
        ),
        "body_nl": [
            "Laat om te beginnen drie nagemaakte berichten zien: een aanbod om je bankpas uit te lenen, een "
            "vraag om een pakketje te bezorgen en een oproep voor 'bijverdienen vanuit huis'. Leerlingen schatten "
            "in hoeveel ze ermee zouden verdienen.",
            "Daarna rekenen ze in groepjes de andere kant uit: een geblokkeerde rekening, een strafblad dat "
            "stage of werk in de weg zit, een schuld bij mensen die geen nee accepteren. Geef ze hiervoor "
            "situatiekaarten met feitelijke gevolgen.",
            "Bespreek in het nagesprek waarom criminelen juist jongeren benaderen. Leerlingen komen zelf vaak "
            "op antwoorden als 'omdat we minder straf krijgen' en 'omdat we het geld nodig hebben'. Dat biedt "
            "ruimte om over geldzorgen te praten.",
            "De les duurt 50 minuten en past goed in een mentoruur of bij economie. Zorg dat je weet wat je doet "
            "als een leerling na de les vertelt dat hij al benaderd is.",
        ],
        "title_en": "There's no such thing as easy money",
        "summary_en": (
            "Pupils work out what an 'easy' job for criminals really costs. A lesson on recruitment, money mules "
            "and the price of quick cash."
        ),
        "body_en": [
            "Begin by showing three mock messages: an offer to lend out your bank card, a request to deliver a "
            "parcel and an advert for 'earning extra from home'. Pupils estimate how much they would make.",
            "Then, in groups, they work out the other side: a frozen account, a criminal record that gets in the "
            "way of work placements or jobs, a debt to people who do not take no for an answer. Give them "
            "situation cards with factual consequences for this.",
            "In the follow-up discussion, talk about why criminals target young people in particular. Pupils "
            "often come up with answers like 'because we get lighter sentences' and 'because we need the money'. "
            "That opens the door to talking about money worries.",
            "The lesson takes 50 minutes and fits well in a tutor period or economics. Make sure you know what to "
            "do if a pupil tells you after the lesson that they have already been approached.",
        ],
        "themes": ["criminaliteit-en-ondermijning", "uitbuiting"],
        "audiences": ["vo", "mbo", "docent", "mentor"],
        "dimension": "bewustwording",
        "duration_minutes": 50,
        "format": "klassikaal",
        "provider": "Kenniskring Jeugd en Veiligheid",
        "evidence": "promising",
        "keywords": ["geldezel", "ronselen", "snel geld", "gevolgen"],
    },
    {
        "slug": "les-waarom-een-mes-niet-beschermt",
        "type": "lesson",
        "title_nl": "Waarom een mes je niet beschermt",
        "summary_nl": (
            "Een les waarin leerlingen zelf de redenen voor wapenbezit onderzoeken en samen veiliger "
            "alternatieven bedenken. Geschikt voor vo en so."
        ),
        "body_nl": [
            "Begin niet met regels maar met een vraag: waarom zou iemand van jullie leeftijd een mes meenemen? "
            "Verzamel de antwoorden zonder oordeel op het bord. Vaak noemen leerlingen angst, respect, "
            "zelfbescherming en wat ze online zien.",
            "Laat leerlingen in groepjes bij elke reden onderzoeken wat er werkelijk gebeurt als het mes "
            "tevoorschijn komt. Gebruik daarvoor korte casussen met verschillende afloop. De rode draad: een "
            "wapen maakt een conflict groter, niet kleiner.",
            "Bedenk daarna samen wat je wel kunt doen als je je onveilig voelt: een andere route, samen reizen, "
            "een volwassene inschakelen, de situatie ontwijken. Schrijf de beste ideeën op een poster voor in de "
            "klas.",
            "De les duurt 50 minuten. Kondig hem vooraf aan bij de mentor en de zorgcoördinator, zodat ze "
            "weten dat er mogelijk leerlingen komen praten.",
        ],
        "title_en": "Why a knife won't protect you",
        "summary_en": (
            "A lesson in which pupils explore the reasons for carrying weapons themselves and come up with safer "
            "alternatives together. Suitable for secondary and special education."
        ),
        "body_en": [
            "Do not start with rules but with a question: why would someone your age carry a knife? Collect the "
            "answers on the board without judgement. Pupils often mention fear, respect, self-protection and what "
            "they see online.",
            "In groups, pupils explore for each reason what really happens when the knife comes out. Use short "
            "cases with different endings for this. The common thread: a weapon makes a conflict bigger, not "
            "smaller.",
            "Then think together about what you can do when you feel unsafe: take another route, travel "
            "together, involve an adult, avoid the situation. Write the best ideas on a poster for the "
            "classroom.",
            "The lesson takes 50 minutes. Let the form tutor and care coordinator know in advance, so they are "
            "aware pupils may come to talk.",
        ],
        "themes": ["jongeren-en-wapens", "sociale-veiligheid"],
        "audiences": ["vo", "so", "docent", "mentor"],
        "dimension": "bewustwording",
        "duration_minutes": 50,
        "format": "klassikaal",
        "provider": "Kenniskring Veilige School",
        "evidence": "promising",
        "keywords": ["mes", "wapenbezit", "alternatieven", "veiligheidsgevoel"],
    },
    {
        "slug": "les-vrijheid-van-meningsuiting-waar-ligt-de-grens",
        "type": "lesson",
        "title_nl": "Vrijheid van meningsuiting: waar ligt de grens?",
        "summary_nl": (
            "Aan de hand van echte en verzonnen uitspraken bepalen leerlingen waar vrije mening overgaat in "
            "belediging, haat of bedreiging."
        ),
        "body_nl": [
            "Leg een touw door het lokaal met aan het ene eind 'mag altijd' en aan het andere 'mag nooit'. Lees "
            "een reeks uitspraken voor, van een scherpe grap tot een oproep tot geweld, en laat leerlingen gaan "
            "staan waar zij vinden dat de uitspraak hoort.",
            "Vraag steeds een paar leerlingen uit te leggen waarom ze daar staan. Opvallend vaak verschillen "
            "leerlingen onderling sterk, en dat is precies de bedoeling. Laat zien dat de wet ook grenzen trekt, "
            "bijvoorbeeld bij bedreiging en aanzetten tot haat.",
            "Sluit af met het verschil tussen wat mag volgens de wet en wat wijs is in een groep. Iets mag "
            "misschien, maar wat doet het met de klasgenoot naast je?",
            "Reken op 50 minuten. Kies uitspraken die aansluiten bij je klas, en houd het onderwerp weg van "
            "concrete personen in de groep.",
        ],
        "themes": ["burgerschap", "polarisatie", "radicalisering-en-extremisme"],
        "audiences": ["vo", "mbo", "docent"],
        "dimension": "bereidheid",
        "duration_minutes": 50,
        "format": "klassikaal",
        "provider": "Leernetwerk Democratie en Dialoog",
        "evidence": "practice",
        "keywords": ["meningsuiting", "grondrechten", "haatzaaien", "stellingen"],
    },
    {
        "slug": "les-nepnieuws-en-complotdenken",
        "type": "lesson",
        "title_nl": "Nepnieuws en complotdenken ontrafelen",
        "summary_nl": (
            "Leerlingen ontdekken hoe een complotverhaal is opgebouwd door er zelf een te maken over iets "
            "onschuldigs, zoals de schoolkantine."
        ),
        "body_nl": [
            "In plaats van bestaande complottheorieën te bespreken, laat je groepjes er zelf een verzinnen over "
            "iets onschuldigs, bijvoorbeeld 'de kantine verkoopt expres oud brood'. Ze krijgen een lijst met "
            "vaste ingrediënten: een geheime groep, verborgen bewijs en een reden waarom de media zwijgen.",
            "Als de verhalen klaar zijn, bespreek je waarom ze zo overtuigend klinken. Leerlingen zien zelf hoe "
            "toeval wordt omgezet in bewijs en hoe elke tegenwerping in het verhaal kan worden opgenomen.",
            "Daarna pas schakel je naar een actueel voorbeeld uit de media. Leerlingen gebruiken hun nieuwe "
            "inzichten om het te ontleden. Blijf respectvol tegenover leerlingen die bepaalde verhalen geloven; "
            "het gaat om denken, niet om uitlachen.",
            "De les duurt 50 minuten en werkt goed in vo en mbo, ook bij burgerschap of mediawijsheid. Gebruik de "
            "oefening 'Feit, mening of gerucht?' als opwarmer.",
        ],
        "themes": ["radicalisering-en-extremisme", "burgerschap"],
        "audiences": ["vo", "mbo", "docent"],
        "dimension": "bewustwording",
        "duration_minutes": 50,
        "format": "klassikaal",
        "provider": "Leernetwerk Democratie en Dialoog",
        "evidence": "promising",
        "keywords": ["complotdenken", "mediawijsheid", "nepnieuws", "kritisch denken"],
    },
    {
        "slug": "les-gezonde-relaties-en-grenzen",
        "type": "lesson",
        "title_nl": "Gezonde relaties en grenzen",
        "summary_nl": (
            "Wat is normaal in een relatie en wat niet? Leerlingen sorteren situaties van groen tot rood en "
            "praten over jaloezie, controle en druk."
        ),
        "body_nl": [
            "Leerlingen krijgen in tweetallen een stapel kaartjes met situaties uit relaties: 'hij wil altijd "
            "weten waar je bent', 'ze leest je berichten', 'hij geeft je een duur cadeau en zegt dat je nu iets "
            "terug moet doen'. Ze sorteren ze in groen, oranje en rood.",
            "Bespreek daarna de oranje kaartjes: daar zit de meeste discussie. Vaak blijken leerlingen jaloezie "
            "of controle romantisch te vinden. Vraag door: wanneer wordt aandacht bezitterig?",
            "Koppel het gesprek aan signalen van uitbuiting en loverboymethoden, zonder de les te laten "
            "eindigen in angst. Eindig met wat leerlingen zelf kunnen doen als ze zich zorgen maken om een "
            "vriend of vriendin.",
            "De les duurt 50 minuten. In het speciaal onderwijs gebruik je eenvoudiger situaties en meer beeld. "
            "Zorg dat de vertrouwenspersoon bekend is bij de klas.",
        ],
        "themes": ["uitbuiting", "sociale-veiligheid", "welbevinden"],
        "audiences": ["vo", "so", "mbo", "mentor"],
        "dimension": "bewustwording",
        "duration_minutes": 50,
        "format": "klassikaal",
        "provider": "Centrum Weerbare Jeugd",
        "evidence": "practice",
        "keywords": ["relaties", "grenzen", "loverboy", "controle"],
    },
    {
        "slug": "les-de-gevoelensthermometer",
        "type": "lesson",
        "title_nl": "De gevoelensthermometer",
        "summary_nl": (
            "Jonge kinderen leren gevoelens benoemen en ontdekken wat ze zelf kunnen doen als het 'te heet' wordt "
            "in hun hoofd."
        ),
        "body_nl": [
            "Maak samen met de groep een grote thermometer op het bord met vijf standen, van 'rustig' tot 'ik "
            "ontplof'. Kinderen bedenken bij elke stand hoe je dat aan je lichaam merkt: warme wangen, een harde "
            "buik, trillende handen.",
            "Daarna verzint de groep per stand iets wat helpt om af te koelen: diep ademen, even drinken, naar de "
            "rustplek, iemand om hulp vragen. Laat kinderen dit voordoen, want oefenen werkt beter dan "
            "uitleggen.",
            "Hang de thermometer op en gebruik hem daarna dagelijks, bijvoorbeeld na de pauze. Zo leert een kind "
            "dat gevoelens er mogen zijn en dat het zelf iets kan doen als het te veel wordt.",
            "De les duurt 30 minuten en werkt goed in groep 1 tot 5 en in het speciaal onderwijs. Let op "
            "kinderen die altijd op de hoogste stand staan; dat is een signaal om met de IB'er te bespreken.",
        ],
        "themes": ["welbevinden"],
        "audiences": ["po", "so", "docent", "ib-er"],
        "dimension": "bekwaamheid",
        "duration_minutes": 30,
        "format": "klassikaal",
        "provider": "Werkplaats Welbevinden",
        "evidence": "practice",
        "keywords": ["emoties", "zelfregulatie", "onderbouw", "rustplek"],
    },
    {
        "slug": "les-wat-is-een-fijn-thuis",
        "type": "lesson",
        "title_nl": "Wat maakt een thuis fijn?",
        "summary_nl": (
            "Een rustige les in de middenbouw over thuis, veiligheid en wie je kunt vertellen dat het thuis "
            "niet goed gaat."
        ),
        "body_nl": [
            "Lees een prentenboek of kort verhaal voor over een dier dat zich thuis niet veilig voelt. Kies "
            "bewust een dier, zodat kinderen niet over hun eigen gezin hoeven te praten. Vraag daarna: hoe zou "
            "het zich voelen, en wat zou het nodig hebben?",
            "Kinderen tekenen of schrijven wat voor hen een thuis fijn maakt: eten, knuffels, rust, iemand die "
            "luistert. Hang de tekeningen niet op als kinderen dat niet willen.",
            "Sluit af met de 'hand van vertrouwen': op elke vinger schrijft of tekent het kind iemand bij wie "
            "het terechtkan, ook buiten het gezin. Jij staat er als leerkracht vanzelfsprekend bij.",
            "Reken op 40 minuten. Zorg dat je weet wat je doet als een kind na de les iets vertelt: luister, "
            "beloof geen geheimhouding en bespreek het dezelfde dag met de IB'er.",
        ],
        "themes": ["huiselijk-geweld", "welbevinden"],
        "audiences": ["po", "so", "docent", "ib-er"],
        "dimension": "bereidheid",
        "duration_minutes": 40,
        "format": "klassikaal",
        "provider": "Werkplaats Veilig Opgroeien",
        "evidence": "practice",
        "keywords": ["thuis", "vertrouwenspersoon", "middenbouw", "veiligheid"],
    },
    {
        "slug": "les-mijn-talent-jouw-talent",
        "type": "lesson",
        "title_nl": "Mijn talent, jouw talent",
        "summary_nl": (
            "Leerlingen ontdekken elkaars sterke kanten buiten de schoolvakken en zetten die in bij een "
            "gezamenlijke opdracht. Over hoge verwachtingen en zelfvertrouwen."
        ),
        "body_nl": [
            "Iedere leerling schrijft anoniem op een kaart iets waar hij goed in is buiten school: koken, "
            "oppassen, gamen, vertalen voor ouders, repareren. Lees de kaarten voor en laat de klas raden wie "
            "het is. Vaak zijn de verrassingen groot.",
            "Maak daarna gemengde groepjes die een kleine opdracht uitvoeren, zoals een klassenuitje plannen met "
            "een beperkt budget. Elke leerling krijgt een taak die past bij het talent dat hij noemde.",
            "Bespreek na afloop welke talenten op school zelden zichtbaar worden. Leerlingen die thuis tolken of "
            "voor broertjes zorgen, hebben vaardigheden waar je in de les op kunt bouwen.",
            "De les duurt 45 minuten. Noteer voor jezelf wat je hebt gezien en gebruik het in gesprekken over "
            "schooladvies of profielkeuze.",
        ],
        "themes": ["gelijke-kansen", "welbevinden"],
        "audiences": ["po", "vo", "docent", "mentor"],
        "dimension": "bereidheid",
        "duration_minutes": 45,
        "format": "klassikaal",
        "provider": "Leernetwerk Gelijke Kansen",
        "evidence": "practice",
        "keywords": ["talent", "hoge verwachtingen", "zelfvertrouwen", "self-efficacy"],
    },
    {
        "slug": "les-waarom-zou-je-naar-school-gaan",
        "type": "lesson",
        "title_nl": "Waarom zou je naar school gaan?",
        "summary_nl": (
            "Een open mentorles waarin leerlingen vertellen wat hen naar school trekt en wat hen thuis houdt. "
            "Levert direct bruikbare informatie op voor het verzuimbeleid."
        ),
        "body_nl": [
            "Stel de vraag eerlijk: waarom kom jij eigenlijk naar school? Laat leerlingen anoniem drie redenen "
            "opschrijven op groene briefjes. Op rode briefjes schrijven ze wat het soms lastig maakt om te komen.",
            "Sorteer de briefjes met de klas in groepen, zoals vrienden, leraren, toekomst, moe, bang of saai. "
            "Bespreek welke groep het grootst is en wat de school zou kunnen veranderen.",
            "Vraag leerlingen in tweetallen één concreet idee te bedenken waardoor een klasgenoot die het lastig "
            "heeft zich welkom voelt. Kies er samen één uit om echt uit te proberen.",
            "De les duurt 40 minuten. Deel de opbrengst, zonder namen, met je teamleider of verzuimcoördinator; "
            "het is waardevolle informatie over jullie schoolklimaat.",
        ],
        "themes": ["schoolaanwezigheid-en-verzuim", "welbevinden"],
        "audiences": ["vo", "po", "mentor"],
        "dimension": "bewustwording",
        "duration_minutes": 40,
        "format": "klassikaal",
        "provider": "Werkplaats Schoolaanwezigheid",
        "evidence": "unknown",
        "keywords": ["motivatie", "schoolklimaat", "leerlingstem", "verzuim"],
    },
]

# ---------------------------------------------------------------------------------------------------------------
# Knowledge documents
# ---------------------------------------------------------------------------------------------------------------
_KNOWLEDGE = [
    {
        "slug": "kennis-hoe-ziet-ondermijning-eruit-op-school",
        "type": "knowledge",
        "title_nl": "Hoe ziet ondermijning eruit op school?",
        "summary_nl": (
            "Een overzicht van de manieren waarop georganiseerde criminaliteit de school raakt, van ronselen op "
            "het plein tot intimidatie van personeel."
        ),
        "body_nl": [
            "Ondermijning klinkt ver weg, maar scholen merken er concrete dingen van: leerlingen die als koerier "
            "of uitkijk worden ingezet, geldezels, dealen rond het schoolgebouw en soms bedreiging van "
            "leerlingen of medewerkers. In kleinere gemeenten gaat het vaak om andere vormen dan in de grote "
            "steden, zoals drugslabs in het buitengebied.",
            "Dit document beschrijft per vorm wat je kunt zien en wie binnen en buiten de school een rol heeft. "
            "Het helpt teams om een gemeenschappelijke taal te vinden, zodat 'ik heb een raar gevoel bij hem' "
            "verandert in een concrete beschrijving.",
            "Een belangrijk uitgangspunt: een school is geen opsporingsinstantie. Jouw taak is opmerken, "
            "vastleggen en doorgeven. Onderzoek en handhaving horen bij politie en justitie, en zorg en "
            "begeleiding bij jeugdhulp en jongerenwerk.",
            "Lees het document ter voorbereiding op een studiedag of als achtergrond bij de basistraining. Het "
            "leest in ongeveer een kwartier.",
        ],
        "title_en": "What does organised crime look like at school?",
        "summary_en": (
            "An overview of how organised crime affects schools, from recruitment in the playground to "
            "intimidation of staff."
        ),
        "body_en": [
            "Organised crime ('ondermijning') sounds remote, but schools notice concrete things: pupils used as "
            "couriers or lookouts, money mules, dealing around the building and sometimes threats against pupils "
            "or staff. Smaller municipalities often see different forms than big cities, such as drug labs in "
            "rural areas.",
            "For each form, this document describes what you might see and who inside and outside the school has "
            "a role. It helps teams find a shared language, so that 'I have a strange feeling about him' becomes "
            "a concrete description.",
            "One key principle: a school is not an investigative body. Your task is to notice, record and pass on. "
            "Investigation and enforcement belong to the police and justice system, care and guidance to youth "
            "care and youth work.",
            "Read the document to prepare for a study day or as background to the basic training. It takes about "
            "fifteen minutes.",
        ],
        "themes": ["criminaliteit-en-ondermijning"],
        "audiences": ["vo", "mbo", "po", "docent", "teamleider"],
        "dimension": "bewustwording",
        "duration_minutes": 15,
        "format": "online",
        "provider": "Kenniskring Jeugd en Veiligheid",
        "evidence": "practice",
        "keywords": ["ondermijning", "signalen", "taakverdeling", "drugs"],
    },
    {
        "slug": "kennis-schoolveiligheidsplan-onder-de-wet-vrij-en-veilig-onderwijs",
        "type": "knowledge",
        "title_nl": "Het schoolveiligheidsplan onder de Wet Vrij en Veilig Onderwijs",
        "summary_nl": (
            "Welke onderdelen horen in een goed schoolveiligheidsplan, en hoe maak je er een levend document van "
            "in plaats van een map in de kast?"
        ),
        "body_nl": [
            "Met de Wet Vrij en Veilig Onderwijs komt er meer nadruk op een samenhangend veiligheidsbeleid. Dit "
            "document zet de bouwstenen van een schoolveiligheidsplan op een rij: visie, gedragsafspraken, "
            "taken en verantwoordelijkheden, meldroutes, incidentregistratie, samenwerking met partners en "
            "evaluatie.",
            "Bij elke bouwsteen staan vragen die je als team kunt bespreken. Bijvoorbeeld: weten nieuwe "
            "collega's binnen een week wie het aanspreekpunt is? En gebruiken we de incidentregistratie ook om "
            "te leren, of alleen om te tellen?",
            "Een plan werkt pas als mensen het kennen. Daarom bevat het document ideeën om het plan zichtbaar te "
            "maken: een schema op één A4, een korte uitleg bij de start van het schooljaar en jaarlijkse "
            "oefenmomenten.",
            "Bedoeld voor directeuren, teamleiders en veiligheidscoördinatoren. Leestijd ongeveer twintig "
            "minuten, daarna kun je direct met de checklist aan de slag.",
        ],
        "title_en": "The school safety plan under the Free and Safe Education Act",
        "summary_en": (
            "Which elements belong in a good school safety plan, and how do you make it a living document rather "
            "than a binder on a shelf?"
        ),
        "body_en": [
            "The Wet Vrij en Veilig Onderwijs places more emphasis on a coherent safety policy. This document "
            "lists the building blocks of a school safety plan: vision, behaviour agreements, tasks and "
            "responsibilities, reporting routes, incident recording, cooperation with partners and evaluation.",
            "Each building block comes with questions for the team to discuss. For example: do new colleagues "
            "know within a week who the contact person is? And do we use incident records to learn, or only to "
            "count?",
            "A plan only works when people know it. The document therefore includes ideas for making the plan "
            "visible: a one-page diagram, a short briefing at the start of the school year and annual practice "
            "moments.",
            "Intended for heads, team leaders and safety coordinators. Reading time is about twenty minutes, "
            "after which you can start straight away with the checklist.",
        ],
        "themes": ["sociale-veiligheid"],
        "audiences": ["po", "so", "vo", "mbo", "directeur", "teamleider"],
        "dimension": "bekwaamheid",
        "duration_minutes": 20,
        "format": "online",
        "provider": "Alliantie WIJschool",
        "evidence": "practice",
        "keywords": ["schoolveiligheidsplan", "wetgeving", "meldroute", "beleid"],
    },
    {
        "slug": "kennis-wat-mag-je-delen-met-ketenpartners",
        "type": "knowledge",
        "title_nl": "Wat mag je delen met ketenpartners?",
        "summary_nl": (
            "Privacy en samenwerking gaan samen. Een praktische handreiking over informatie delen met leerplicht, "
            "jeugdhulp, politie en Veilig Thuis binnen de AVG."
        ),
        "body_nl": [
            "Veel professionals houden informatie liever voor zich uit angst iets fout te doen. Toch is samenwerken "
            "met ketenpartners vaak nodig om een leerling te helpen. Dit document helpt je de afweging te maken: "
            "wat deel je, met wie, met welk doel en op welke grond?",
            "De vuistregels zijn eenvoudig: deel niet meer dan nodig, wees open naar leerling en ouders over wat "
            "je deelt, en leg vast wat je deelde en waarom. Bij zorgen over de veiligheid van een kind geeft de "
            "meldcode ruimte om ook zonder toestemming advies te vragen.",
            "Per partner staat beschreven wat hun rol is en welke informatie zij doorgaans nodig hebben. De "
            "leerplichtambtenaar heeft bijvoorbeeld andere gegevens nodig dan de wijkagent of het buurtteam. Bij "
            "mbo-studenten van achttien en ouder gelden weer andere regels richting ouders.",
            "Dit is geen juridisch advies. Leg twijfelgevallen voor aan de functionaris gegevensbescherming van "
            "je bestuur, en maak met vaste partners afspraken in een convenant.",
        ],
        "title_en": "What may you share with partner agencies?",
        "summary_en": (
            "Privacy and cooperation go together. A practical guide to sharing information with the attendance "
            "officer, youth care, police and Veilig Thuis under the GDPR."
        ),
        "body_en": [
            "Many professionals keep information to themselves for fear of getting it wrong. Yet working with "
            "partner agencies is often needed to help a pupil. This document helps you weigh it up: what do you "
            "share, with whom, for what purpose and on what basis?",
            "The rules of thumb are simple: share no more than necessary, be open with the pupil and parents about "
            "what you share, and record what you shared and why. When a child's safety is a concern, the "
            "reporting code allows you to ask for advice even without consent.",
            "For each partner, the document describes their role and what information they usually need. The "
            "attendance officer, for instance, needs different data from the community police officer or the "
            "neighbourhood team. For vocational students aged eighteen and over, different rules apply towards "
            "parents.",
            "This is not legal advice. Put doubtful cases to your school board's data protection officer, and "
            "make agreements with regular partners in a covenant.",
        ],
        "themes": ["sociale-veiligheid", "criminaliteit-en-ondermijning", "schoolaanwezigheid-en-verzuim"],
        "audiences": ["po", "vo", "mbo", "zorgcoordinator", "gemeente"],
        "dimension": "bekwaamheid",
        "duration_minutes": 20,
        "format": "online",
        "provider": "Alliantie WIJschool",
        "evidence": "practice",
        "keywords": ["avg", "privacy", "ketenpartners", "gegevens delen"],
    },
    {
        "slug": "kennis-drie-leefwerelden-thuis-school-straat",
        "type": "knowledge",
        "title_nl": "Drie leefwerelden: thuis, school en straat",
        "summary_nl": (
            "Leerlingen bewegen dagelijks tussen thuiscultuur, schoolcultuur en de cultuur van straat en "
            "vrienden. Wat betekent dat voor je lesgeven?"
        ),
        "body_nl": [
            "Thuis gelden andere regels en verwachtingen dan op school, en in de vriendengroep of op straat weer "
            "andere. Voor veel leerlingen liggen die werelden dicht bij elkaar, maar voor sommigen botsen ze "
            "voortdurend. Wat thuis respect heet, kan op school als brutaal worden gezien.",
            "Dit document legt uit hoe die spanning eruitziet in de klas en waarom docenten de straatcultuur vaak "
            "pas opmerken als het misgaat. Hoe beter de thuis- en schoolcultuur op elkaar aansluiten, hoe "
            "makkelijker leerlingen zich thuis voelen op school.",
            "Je vindt praktische vragen voor een teamgesprek: wat weten we eigenlijk van de vrije tijd van onze "
            "leerlingen? Wie in ons team heeft contact met ouders die moeilijk bereikbaar zijn? En wie kent het "
            "jongerenwerk in de wijk?",
            "Leestijd ongeveer vijftien minuten. Goed te combineren met een bezoek van een jongerenwerker aan de "
            "teamvergadering.",
        ],
        "themes": ["gelijke-kansen", "welbevinden", "criminaliteit-en-ondermijning"],
        "audiences": ["vo", "po", "mbo", "docent", "mentor"],
        "dimension": "bewustwording",
        "duration_minutes": 15,
        "format": "online",
        "provider": "Leernetwerk Gelijke Kansen",
        "evidence": "practice",
        "keywords": ["straatcultuur", "thuiscultuur", "schoolcultuur", "leefwereld"],
    },
    {
        "slug": "kennis-gevoelige-overgangen",
        "type": "knowledge",
        "title_nl": "Gevoelige overgangen: van kinderopvang tot vervolgonderwijs",
        "summary_nl": (
            "Elke overstap naar een nieuwe school is een risicomoment voor kansengelijkheid. Een overzicht van "
            "wat scholen rond overgangen kunnen doen."
        ),
        "body_nl": [
            "Bij elke overstap kan een kind uit beeld raken: van voorschool naar basisschool, van groep 8 naar de "
            "brugklas, van een internationale schakelklas naar het reguliere onderwijs en van vo of mbo naar een "
            "vervolgopleiding. Juist kinderen met minder steun thuis hebben dan extra begeleiding nodig.",
            "Het document beschrijft per overgang wat helpt. Denk aan een warme overdracht waarbij leerkrachten "
            "elkaar echt spreken, een advies dat uitgaat van wat een kind kan worden in plaats van wat het nu "
            "laat zien, en een brugperiode die ruimte laat om later op te stromen.",
            "Ook praktische drempels komen aan bod: heeft de leerling thuis een laptop en wifi, weten ouders hoe "
            "het nieuwe schoolsysteem werkt, en is er iemand die na de zomer nog eens belt? Betrek ouders en "
            "leerlingen zelf bij elke stap.",
            "Bedoeld voor IB'ers, zorgcoördinatoren, mentoren en brugklascoördinatoren. Leestijd ongeveer twintig "
            "minuten.",
        ],
        "title_en": "Sensitive transitions: from early years to further education",
        "summary_en": (
            "Every move to a new school is a risk point for equal opportunities. An overview of what schools can "
            "do around transitions."
        ),
        "body_en": [
            "At every transition a child can drop out of sight: from pre-school to primary school, from the last "
            "year of primary to the first year of secondary, from an international transition class to "
            "mainstream education, and from secondary or vocational school to further study. Children with less "
            "support at home especially need extra guidance then.",
            "For each transition, the document describes what helps. Think of a 'warm handover' in which teachers "
            "really talk to each other, a recommendation based on what a child could become rather than what it "
            "shows right now, and a first-year period that leaves room to move up a level later.",
            "Practical barriers are covered too: does the pupil have a laptop and wifi at home, do parents know "
            "how the new school system works, and is there someone who calls again after the summer? Involve "
            "parents and pupils themselves at every step.",
            "Intended for internal support coordinators, care coordinators, form tutors and first-year "
            "coordinators. Reading time is about twenty minutes.",
        ],
        "themes": ["gelijke-kansen", "welbevinden"],
        "audiences": ["po", "vo", "so", "mbo", "ib-er", "zorgcoordinator", "mentor"],
        "dimension": "bereidheid",
        "duration_minutes": 20,
        "format": "online",
        "provider": "Leernetwerk Gelijke Kansen",
        "evidence": "practice",
        "keywords": ["overgang", "warme overdracht", "schooladvies", "brugklas"],
    },
    {
        "slug": "kennis-samenwerken-met-alle-ouders",
        "type": "knowledge",
        "title_nl": "Samenwerken met álle ouders",
        "summary_nl": (
            "Hoe bereik je ouders die niet naar de ouderavond komen? Ideeën voor educatief partnerschap, met "
            "aandacht voor taal, tolken en sleutelpersonen."
        ),
        "body_nl": [
            "Als ouders en school elkaars verwachtingen kennen, gaat het beter met het kind: minder verzuim, "
            "minder gedoe in de les, betere resultaten. Toch bereiken veel scholen vooral de ouders die toch al "
            "betrokken zijn. Dit document gaat over de rest.",
            "Drempels zijn vaak praktisch: de taal, geen computer, werktijden, of eerdere nare ervaringen met "
            "school. Kleine aanpassingen helpen al veel, zoals een gesprek op een ander tijdstip, een kort "
            "telefoontje in plaats van een brief, of iemand uit de gemeenschap die meegaat als sleutelpersoon.",
            "Het document geeft ook suggesties om de ouderavond anders te organiseren, bijvoorbeeld in kleine "
            "groepjes met koffie, of met de kinderen erbij die iets laten zien. Vraag ouders vooral wat zij van "
            "school verwachten, en vertel wat jij van hen verwacht.",
            "Leestijd ongeveer vijftien minuten. Handig als voorbereiding op een teamgesprek over het ouderbeleid.",
        ],
        "themes": ["gelijke-kansen", "welbevinden", "schoolaanwezigheid-en-verzuim"],
        "audiences": ["po", "vo", "so", "mentor", "directeur"],
        "dimension": "bereidheid",
        "duration_minutes": 15,
        "format": "online",
        "provider": "Leernetwerk Gelijke Kansen",
        "evidence": "practice",
        "keywords": ["ouderbetrokkenheid", "tolk", "sleutelpersoon", "partnerschap"],
    },
    {
        "slug": "kennis-signalen-van-radicalisering",
        "type": "knowledge",
        "title_nl": "Signalen van radicalisering en extremisme duiden",
        "summary_nl": (
            "Wanneer is een uitgesproken mening gewoon puberaal en wanneer een zorg? Een handreiking om signalen "
            "in samenhang te wegen, inclusief anti-overheidsextremisme."
        ),
        "body_nl": [
            "Jongeren zijn op zoek naar wie ze zijn en waar ze bij horen. Dat levert soms felle uitspraken op, en "
            "dat is gezond. Dit document helpt je onderscheid te maken tussen provoceren, zoeken en werkelijk "
            "afglijden naar een gesloten wereldbeeld.",
            "Je vindt signalen op drie niveaus: wat een leerling zegt, wat hij doet en wat er in zijn omgeving "
            "verandert. Let vooral op veranderingen in samenhang, zoals het afhaken van oude vrienden, het "
            "afwijzen van elke andere bron en het goedpraten van geweld.",
            "Ook anti-overheidsextremisme komt uitgebreid aan bod: het idee dat de overheid een vijand is en "
            "regels niet gelden. Het document laat zien hoe dat zich in de klas kan uiten, bijvoorbeeld in het "
            "weigeren van lesstof of het filmen van docenten.",
            "Leestijd ongeveer twintig minuten. Bespreek twijfels altijd met een collega en de zorgcoördinator "
            "voordat je conclusies trekt.",
        ],
        "title_en": "Interpreting signs of radicalisation and extremism",
        "summary_en": (
            "When is an outspoken opinion just adolescence and when is it a concern? A guide to weighing signs in "
            "context, including anti-government extremism."
        ),
        "body_en": [
            "Young people are searching for who they are and where they belong. That sometimes produces fierce "
            "statements, and that is healthy. This document helps you distinguish between provoking, searching "
            "and genuinely sliding towards a closed world view.",
            "You will find signs at three levels: what a pupil says, what they do and what changes around them. "
            "Pay particular attention to changes that occur together, such as dropping old friends, rejecting "
            "every other source and justifying violence.",
            "Anti-government extremism is also covered in depth: the idea that the state is an enemy and its "
            "rules do not apply. The document shows how this can show up in class, for example in refusing "
            "course material or filming teachers.",
            "Reading time is about twenty minutes. Always discuss doubts with a colleague and the care "
            "coordinator before drawing conclusions.",
        ],
        "themes": ["radicalisering-en-extremisme", "polarisatie"],
        "audiences": ["vo", "mbo", "mentor", "zorgcoordinator"],
        "dimension": "bewustwording",
        "duration_minutes": 20,
        "format": "online",
        "provider": "Leernetwerk Democratie en Dialoog",
        "evidence": "practice",
        "keywords": ["radicalisering", "anti-overheid", "signalen", "wereldbeeld"],
    },
    {
        "slug": "kennis-vormen-van-uitbuiting",
        "type": "knowledge",
        "title_nl": "Criminele, financiële en seksuele uitbuiting: een overzicht",
        "summary_nl": (
            "De drie vormen van uitbuiting naast elkaar: hoe daders werken, welke leerlingen extra kwetsbaar zijn "
            "en waar de vormen elkaar overlappen."
        ),
        "body_nl": [
            "Uitbuiting heeft altijd dezelfde kern: iemand maakt misbruik van de afhankelijkheid of kwetsbaarheid "
            "van een jongere. Bij criminele uitbuiting gaat het om dealen, koerieren of opslag; bij financiële "
            "uitbuiting om bankrekeningen en leningen op naam; bij seksuele uitbuiting om seks tegen betaling of "
            "onder dwang.",
            "In de praktijk lopen de vormen vaak door elkaar. Een leerling die eerst pakketjes rondbrengt, kan "
            "later gedwongen worden een rekening te openen. Een meisje dat via een loverboy wordt geronseld, kan "
            "ook drugs moeten vervoeren.",
            "Extra kwetsbaar zijn onder meer leerlingen met een licht verstandelijke beperking, leerlingen met "
            "schulden of weinig steun thuis, en jongeren die zich buitengesloten voelen. Daders zoeken precies "
            "die behoefte aan erkenning of geld op.",
            "Het document sluit af met de rol van de school en de partners die je kunt inschakelen. Leestijd "
            "ongeveer twintig minuten.",
        ],
        "themes": ["uitbuiting", "criminaliteit-en-ondermijning"],
        "audiences": ["vo", "mbo", "so", "mentor", "zorgcoordinator"],
        "dimension": "bewustwording",
        "duration_minutes": 20,
        "format": "online",
        "provider": "Kenniskring Jeugd en Veiligheid",
        "evidence": "practice",
        "keywords": ["uitbuiting", "kwetsbaarheid", "loverboy", "geldezel"],
    },
    {
        "slug": "kennis-signalen-huiselijk-geweld-bij-kinderen",
        "type": "knowledge",
        "title_nl": "Signalen van huiselijk geweld bij jonge kinderen",
        "summary_nl": (
            "Kinderen vertellen zelden uit zichzelf wat er thuis gebeurt. Welke signalen zie je in de klas, en "
            "hoe leg je ze vast zonder te interpreteren?"
        ),
        "body_nl": [
            "Kinderen die thuis geweld meemaken, ook als ze 'alleen' getuige zijn, laten dat vaak op indirecte "
            "manieren zien. Denk aan concentratieproblemen, plotselinge driftbuien, overmatig aanpassen, "
            "vermoeidheid of het vermijden van naar huis gaan.",
            "Geen enkel signaal bewijst iets. Dit document helpt je signalen te verzamelen over een langere "
            "periode en ze feitelijk te noteren: wat zag je, wanneer, en wat zei het kind letterlijk?",
            "Je leest ook hoe je een kind ruimte geeft om te vertellen, zonder suggestieve vragen. Beloof nooit "
            "dat je een geheim bewaart; leg uit dat je met iemand gaat overleggen om te helpen.",
            "Bedoeld voor leerkrachten en IB'ers in po en so. Leestijd ongeveer vijftien minuten. Gebruik het "
            "samen met de e-learning over de meldcode.",
        ],
        "title_en": "Signs of domestic violence in young children",
        "summary_en": (
            "Children rarely volunteer what is happening at home. Which signs can you see in class, and how do you "
            "record them without interpreting?"
        ),
        "body_en": [
            "Children who experience violence at home, even if they 'only' witness it, often show it indirectly. "
            "Think of concentration problems, sudden outbursts, excessive compliance, tiredness or avoiding going "
            "home.",
            "No single sign proves anything. This document helps you gather signs over a longer period and write "
            "them down factually: what did you see, when, and what exactly did the child say?",
            "You also read how to give a child room to talk without leading questions. Never promise to keep a "
            "secret; explain that you will talk to someone so that you can help.",
            "Intended for teachers and internal support coordinators in primary and special education. Reading "
            "time is about fifteen minutes. Use it together with the e-learning on the reporting code.",
        ],
        "themes": ["huiselijk-geweld"],
        "audiences": ["po", "so", "docent", "ib-er"],
        "dimension": "bewustwording",
        "duration_minutes": 15,
        "format": "online",
        "provider": "Werkplaats Veilig Opgroeien",
        "evidence": "practice",
        "keywords": ["signalen", "kindermishandeling", "verslaglegging", "meldcode"],
    },
    {
        "slug": "kennis-wat-werkt-bij-schoolaanwezigheid",
        "type": "knowledge",
        "title_nl": "Wat werkt bij schoolaanwezigheid, en wat niet",
        "summary_nl": (
            "Ervaringen van verzuimcoördinatoren, leerplichtambtenaren en beleidsmakers gebundeld: wat helpt om "
            "leerlingen op school te houden en wat werkt averechts?"
        ),
        "body_nl": [
            "De basis is een pedagogisch klimaat waarin leerlingen zich gezien voelen. Teams die tijd nemen om op "
            "hun eigen handelen te reflecteren, bijvoorbeeld via intervisie, lesbezoek bij elkaar of "
            "video-interactiebegeleiding, bouwen aan dat klimaat. Soms helpt het dat een leerling kan praten met "
            "iemand die niet van school is, zoals een jongerenwerker of schoolverpleegkundige.",
            "Wat werkt: vroeg reageren, positief benaderen, kleine stappen vieren en blijven communiceren met "
            "leerling en ouders. Het helpt als school, samenwerkingsverband en leerplicht dezelfde aanpak hanteren "
            "en elkaars taal spreken. Een gelaagd ondersteuningsmodel geeft structuur aan wie wanneer wat doet.",
            "Wat minder werkt: verzuim vooral behandelen als overtreding. De oorzaak ligt vaak in de situatie en "
            "niet alleen bij de leerling, en een strafrechtelijke aanpak kan de relatie met het gezin beschadigen. "
            "Ook wordt de basisschool vaak vergeten, terwijl preventie daar al begint.",
            "In het mbo speelt iets bijzonders: bij meerderjarige studenten heb je niet zomaar contact met ouders. "
            "Maak daarom bij de intake afspraken met de student over wie je mag bellen als het misgaat. Leestijd "
            "ongeveer twintig minuten.",
        ],
        "title_en": "What works for school attendance, and what doesn't",
        "summary_en": (
            "The experience of attendance coordinators, attendance officers and policymakers brought together: "
            "what helps keep pupils in school and what backfires?"
        ),
        "body_en": [
            "The foundation is a school climate in which pupils feel seen. Teams that take time to reflect on "
            "their own practice, for example through peer consultation, observing each other's lessons or video "
            "interaction guidance, build that climate. Sometimes it helps if a pupil can talk to someone who is "
            "not from the school, such as a youth worker or school nurse.",
            "What works: responding early, a positive approach, celebrating small steps and keeping in touch with "
            "pupil and parents. It helps when school, the regional special-needs partnership and the attendance "
            "officer use the same approach and speak the same language. A tiered support model gives structure to "
            "who does what and when.",
            "What works less well: treating absence mainly as an offence. The cause often lies in the situation "
            "and not only with the pupil, and a punitive approach can damage the relationship with the family. "
            "Primary schools are also often forgotten, while prevention starts there.",
            "Vocational education has a particular issue: with adult students you cannot simply contact parents. "
            "So at intake, agree with the student whom you may call if things go wrong. Reading time is about "
            "twenty minutes.",
        ],
        "themes": ["schoolaanwezigheid-en-verzuim"],
        "audiences": ["po", "vo", "mbo", "zorgcoordinator", "teamleider", "gemeente"],
        "dimension": "bekwaamheid",
        "duration_minutes": 20,
        "format": "online",
        "provider": "Werkplaats Schoolaanwezigheid",
        "evidence": "promising",
        "keywords": ["verzuim", "leerplicht", "mtss", "pedagogisch klimaat"],
    },
    {
        "slug": "kennis-welbevinden-en-gelijke-kansen-schoolbreed",
        "type": "knowledge",
        "title_nl": "Welbevinden en gelijke kansen: een schoolbrede aanpak",
        "summary_nl": (
            "Waarom welbevinden de sleutel is tot gelijke kansen, welke risicofactoren meespelen en hoe je als "
            "school bepaalt waar je begint."
        ),
        "body_nl": [
            "Een kind dat zich onveilig of onbegrepen voelt, leert slecht, hoe getalenteerd het ook is. "
            "Armoede, chronische stress, discriminatie, geldzorgen thuis en weinig vertrouwen in eigen kunnen "
            "drukken op het welbevinden. Tegelijk hebben veel leerlingen en gezinnen ook veerkracht waar je op "
            "kunt bouwen.",
            "Dit document ordent vijf werkvelden: welbevinden als basis, brede samenwerking, interventies met "
            "impact, gevoelige overgangen en dagelijks het verschil maken in de klas. Per veld vind je vragen om "
            "als team te bespreken en suggesties voor de korte en lange termijn.",
            "Begin niet overal tegelijk. Kies op basis van een eerlijke analyse één of twee velden waar jullie "
            "school de meeste winst kan halen, en betrek partners als jeugdgezondheidszorg, buurtteam en "
            "jongerenwerk.",
            "Leestijd ongeveer vijfentwintig minuten. Het document vormt de achtergrond van de zelfscan "
            "Welbevinden en gelijke kansen.",
        ],
        "themes": ["welbevinden", "gelijke-kansen"],
        "audiences": ["po", "vo", "so", "directeur", "ib-er", "zorgcoordinator"],
        "dimension": "bewustwording",
        "duration_minutes": 25,
        "format": "online",
        "provider": "Leernetwerk Gelijke Kansen",
        "evidence": "practice",
        "keywords": ["welbevinden", "kansengelijkheid", "armoede", "schoolbreed"],
    },
    {
        "slug": "kennis-wapens-kluisjescontrole-en-schoolregels",
        "type": "knowledge",
        "title_nl": "Wapens, kluisjescontrole en schoolregels",
        "summary_nl": (
            "Wat kan een school zelf doen om wapens buiten de deur te houden, en waar begint de taak van de "
            "politie? Praktische handreiking voor schoolleiding."
        ),
        "body_nl": [
            "Veel scholen nemen in hun schoolregels op dat kluisjes eigendom van de school zijn en gecontroleerd "
            "kunnen worden. Zo'n controle werkt het best als hij vooraf is aangekondigd, met de politie is "
            "afgestemd en niet als eenmalige actie maar als onderdeel van een breder beleid wordt uitgevoerd.",
            "Het fouilleren van leerlingen is geen taak van schoolpersoneel. Bij een concreet vermoeden van "
            "wapenbezit schakel je de politie in; bij direct gevaar bel je meteen. Het document beschrijft wat "
            "je in de tussentijd doet om jezelf en anderen veilig te houden.",
            "Even belangrijk als controle is het gesprek: waarom voelen leerlingen de behoefte om iets mee te "
            "nemen? Een school die alleen controleert, mist de angst of druk die erachter zit. Leg daarom ook "
            "afspraken vast over het nagesprek en de betrokkenheid van ouders en jongerenwerk.",
            "Leestijd ongeveer vijftien minuten. Laat de tekst van je eigen schoolregels altijd nakijken door het "
            "bestuur.",
        ],
        "themes": ["jongeren-en-wapens", "sociale-veiligheid"],
        "audiences": ["vo", "mbo", "so", "directeur", "teamleider"],
        "dimension": "bekwaamheid",
        "duration_minutes": 15,
        "format": "online",
        "provider": "Kenniskring Veilige School",
        "evidence": "practice",
        "keywords": ["kluisjescontrole", "schoolregels", "politie", "wapenbezit"],
    },
    {
        "slug": "kennis-polarisatie-en-wij-zij-denken",
        "type": "knowledge",
        "title_nl": "Polarisatie en wij-zij-denken in de klas",
        "summary_nl": (
            "Hoe ontstaat polarisatie, welke rollen nemen leerlingen in en wat kan een docent doen om de groep "
            "in het midden te versterken?"
        ),
        "body_nl": [
            "Polarisatie is een denkproces waarin twee groepen steeds scherper tegenover elkaar komen te staan. "
            "In de klas zie je dat aan vaste groepjes, spottende opmerkingen en gesprekken die vastlopen. Vaak "
            "kennen leerlingen de andere groep alleen van horen zeggen.",
            "Dit document beschrijft de rollen die in een gepolariseerd gesprek ontstaan: de aanjagers aan beide "
            "kanten, de grote middengroep die zwijgt en de bruggenbouwer die vaak tussen twee vuren zit. Het "
            "advies: richt je niet op de aanjagers, maar op het midden.",
            "Je vindt concrete werkvormen om contact tussen groepen te organiseren, om verhalen achter meningen "
            "zichtbaar te maken en om de toon te zetten zonder partij te kiezen. Ook beschrijft het wanneer het "
            "beter is een gesprek uit te stellen.",
            "Leestijd ongeveer vijftien minuten. Combineer het met de les 'Als overtuigingen botsen'.",
        ],
        "themes": ["polarisatie", "burgerschap"],
        "audiences": ["vo", "mbo", "po", "docent", "mentor"],
        "dimension": "bewustwording",
        "duration_minutes": 15,
        "format": "online",
        "provider": "Leernetwerk Democratie en Dialoog",
        "evidence": "practice",
        "keywords": ["polarisatie", "wij-zij", "middengroep", "dialoog"],
    },
]

# ---------------------------------------------------------------------------------------------------------------
# Exercises
# ---------------------------------------------------------------------------------------------------------------
_EXERCISES = [
    {
        "slug": "oefening-de-route-van-een-signaal",
        "type": "exercise",
        "title_nl": "De route van een signaal",
        "summary_nl": (
            "Teamoefening van een uur: volg een verzonnen signaal van het klaslokaal tot de ketenpartner en "
            "ontdek waar het in jullie school blijft hangen."
        ),
        "body_nl": [
            "Verdeel het team in groepjes van vier en geef elk groepje dezelfde korte casus: een leerling vertelt "
            "na de les dat een klasgenoot sinds kort 'voor iemand werkt' en bang is. Elk groepje tekent op een "
            "groot vel welke weg deze informatie in jullie school aflegt.",
            "Vergelijk daarna de tekeningen. Vrijwel altijd verschillen ze: de een gaat naar de mentor, de ander "
            "naar de teamleider, een derde weet het niet. Markeer de plekken waar het signaal kan blijven liggen "
            "of waar niemand zich eigenaar voelt.",
            "Sluit af met drie afspraken die het signaal de volgende keer sneller op de goede plek brengen. "
            "Schrijf ze op en leg ze naast de meldstructuur in het schoolveiligheidsplan.",
            "Reken op 60 minuten. De oefening werkt het best met een mix van docenten, mentoren, "
            "ondersteunend personeel en iemand uit het zorgteam.",
        ],
        "title_en": "The route of a signal",
        "summary_en": (
            "A one-hour team exercise: follow an invented signal from the classroom to the partner agency and find "
            "out where it gets stuck in your school."
        ),
        "body_en": [
            "Divide the team into groups of four and give each group the same short case: after a lesson, a pupil "
            "says a classmate has recently started 'working for someone' and is scared. Each group draws on a "
            "large sheet the route this information takes through your school.",
            "Then compare the drawings. They almost always differ: one goes to the form tutor, another to the team "
            "leader, a third does not know. Mark the places where the signal could be left lying or where nobody "
            "feels responsible.",
            "Close with three agreements that will get the signal to the right place faster next time. Write them "
            "down and hold them against the reporting structure in the school safety plan.",
            "Allow 60 minutes. The exercise works best with a mix of teachers, form tutors, support staff and "
            "someone from the care team.",
        ],
        "themes": ["sociale-veiligheid", "criminaliteit-en-ondermijning"],
        "audiences": ["vo", "mbo", "po", "teamleider", "zorgcoordinator"],
        "dimension": "bereidheid",
        "duration_minutes": 60,
        "format": "teamsessie",
        "provider": "Alliantie WIJschool",
        "evidence": "practice",
        "keywords": ["meldstructuur", "casus", "taakverdeling", "teamoverleg"],
    },
    {
        "slug": "oefening-stellingenspel-kies-je-plek",
        "type": "exercise",
        "title_nl": "Stellingenspel: kies je plek",
        "summary_nl": (
            "Korte klassikale werkvorm waarin leerlingen met hun voeten stemmen en oefenen met luisteren naar "
            "wie aan de andere kant staat."
        ),
        "body_nl": [
            "Maak een lijn door het lokaal van 'helemaal eens' tot 'helemaal oneens'. Lees een stelling voor en "
            "laat leerlingen zonder overleg een plek kiezen. Begin met luchtige stellingen, zoals 'pizza is beter "
            "dan friet', en bouw langzaam op naar maatschappelijke onderwerpen.",
            "Vraag na elke stelling iemand van beide uiteinden en iemand uit het midden om hun plek toe te "
            "lichten. Regel: voordat je reageert, vat je eerst samen wat de ander zei.",
            "Geef leerlingen de kans om van plek te wisselen na het gesprek. Bespreek aan het eind wie er "
            "verschoof en waarom: is dat zwak, of juist sterk?",
            "Reken op 20 tot 30 minuten. Bedenk vooraf welke stellingen te gevoelig zijn voor jouw groep.",
        ],
        "themes": ["polarisatie", "burgerschap"],
        "audiences": ["vo", "mbo", "po", "docent"],
        "dimension": "bereidheid",
        "duration_minutes": 30,
        "format": "klassikaal",
        "provider": "Leernetwerk Democratie en Dialoog",
        "evidence": "practice",
        "keywords": ["stellingen", "dialoog", "werkvorm", "luisteren"],
    },
    {
        "slug": "oefening-rollenspel-gesprek-over-vermoedens",
        "type": "exercise",
        "title_nl": "Rollenspel: het gesprek over een vermoeden",
        "summary_nl": (
            "In drietallen oefenen collega's het moeilijkste moment: een leerling aanspreken op een vermoeden van "
            "criminele betrokkenheid of uitbuiting."
        ),
        "body_nl": [
            "Werk in drietallen: een docent, een leerling en een observator. De 'leerling' krijgt een rolkaart met "
            "achtergrond, zoals een jongen die sinds kort dure kleding draagt en steeds vaker te laat komt. De "
            "'docent' weet alleen wat hij heeft gezien.",
            "Het gesprek duurt vijf minuten. De docent probeert zijn zorg te uiten zonder te beschuldigen en "
            "vooral open vragen te stellen. De observator let op toon, lichaamstaal en het moment waarop de "
            "leerling dichtklapt of juist iets prijsgeeft.",
            "Na elke ronde bespreekt het drietal wat werkte. Wissel daarna van rol, zodat iedereen een keer de "
            "docent is. Vaak is het spelen van de leerling het meest leerzaam: je voelt hoe snel een vraag als "
            "een verwijt klinkt.",
            "Reken op 45 minuten. Sluit plenair af met de vraag wat je na zo'n gesprek vastlegt en met wie je het "
            "deelt.",
        ],
        "title_en": "Role play: talking about a suspicion",
        "summary_en": (
            "In threes, colleagues practise the hardest moment: raising a suspicion of criminal involvement or "
            "exploitation with a pupil."
        ),
        "body_en": [
            "Work in threes: a teacher, a pupil and an observer. The 'pupil' gets a role card with background "
            "information, such as a boy who has recently started wearing expensive clothes and is increasingly "
            "late. The 'teacher' only knows what he has seen.",
            "The conversation lasts five minutes. The teacher tries to express concern without accusing and to ask "
            "mainly open questions. The observer watches tone, body language and the moment the pupil shuts down "
            "or opens up.",
            "After each round the three discuss what worked. Then swap roles so everyone plays the teacher once. "
            "Playing the pupil is often the most instructive part: you feel how quickly a question can sound like "
            "an accusation.",
            "Allow 45 minutes. Close in plenary with the question of what you record after such a conversation and "
            "with whom you share it.",
        ],
        "themes": ["criminaliteit-en-ondermijning", "uitbuiting"],
        "audiences": ["vo", "mbo", "mentor", "docent"],
        "dimension": "bekwaamheid",
        "duration_minutes": 45,
        "format": "teamsessie",
        "provider": "Centrum Weerbare Jeugd",
        "evidence": "practice",
        "keywords": ["gespreksvaardigheid", "rollenspel", "vermoeden", "open vragen"],
    },
    {
        "slug": "oefening-emotiemeter-check-in-en-check-out",
        "type": "exercise",
        "title_nl": "Emotiemeter: check-in en check-out",
        "summary_nl": (
            "Een dagelijkse routine van een paar minuten waarmee je ziet hoe leerlingen binnenkomen en naar huis gaan."
        ),
        "body_nl": [
            "Maak een emotiemeter met vier of vijf kleuren of gezichtjes en hang hem bij de deur. Leerlingen "
            "plaatsen bij binnenkomst een knijper met hun naam, of wijzen aan hoe ze zich voelen. In het vo kan "
            "het ook anoniem via een briefje of digitaal.",
            "Kijk vooral naar patronen. Een leerling die één keer op rood staat, heeft misschien een slechte dag. "
            "Een leerling die al twee weken op rood staat, verdient een gesprek en misschien overleg met de IB'er "
            "of zorgcoördinator.",
            "Doe aan het eind van de dag of het lesblok een korte check-out: hoe ga je naar huis, en is er iets "
            "wat je nog kwijt wilt? Juist bij kinderen voor wie thuis niet vanzelf veilig is, is dat moment "
            "waardevol.",
            "Het kost twee tot vijf minuten per keer. Houd de routine vol, ook in drukke weken; de kracht zit in "
            "de herhaling.",
        ],
        "title_en": "Emotion meter: check-in and check-out",
        "summary_en": ("A daily routine of a few minutes that shows you how pupils arrive and how they go home."),
        "body_en": [
            "Make an emotion meter with four or five colours or faces and hang it by the door. Pupils place a peg "
            "with their name on it as they come in, or point to how they feel. In secondary school it can also be "
            "done anonymously on a slip of paper or digitally.",
            "Look above all at patterns. A pupil on red once may just be having a bad day. A pupil who has been on "
            "red for two weeks deserves a conversation and perhaps a word with the internal support coordinator "
            "or care coordinator.",
            "At the end of the day or lesson block, do a short check-out: how are you going home, and is there "
            "anything you still want to get off your chest? That moment is especially valuable for children for "
            "whom home is not automatically safe.",
            "It takes two to five minutes each time. Keep the routine going, even in busy weeks; its strength lies "
            "in repetition.",
        ],
        "themes": ["welbevinden", "huiselijk-geweld"],
        "audiences": ["po", "so", "vo", "docent", "mentor"],
        "dimension": "bekwaamheid",
        "duration_minutes": 5,
        "format": "klassikaal",
        "provider": "Werkplaats Welbevinden",
        "evidence": "promising",
        "keywords": ["check-in", "emotiemeter", "routine", "welbevinden"],
    },
    {
        "slug": "oefening-reflectie-hoge-verwachtingen",
        "type": "exercise",
        "title_nl": "Reflectie: heb ik hoge verwachtingen van iedereen?",
        "summary_nl": (
            "Een individuele reflectieoefening van een kwartier over onbewuste verwachtingen, bijvoorbeeld bij "
            "het schooladvies of het verdelen van beurten."
        ),
        "body_nl": [
            "Pak je klassenlijst en schrijf achter elke naam, zonder lang na te denken, welk niveau of welke "
            "vervolgopleiding je voor deze leerling verwacht. Kijk daarna naar de lijst: zie je patronen naar "
            "achtergrond, taal, gedrag of thuissituatie?",
            "Kies twee leerlingen bij wie je verwachting laag is. Schrijf voor elk drie dingen op die ze goed "
            "kunnen, ook buiten school. Bedenk hoe je die sterke punten de komende week in de les kunt "
            "aanspreken.",
            "Let een week lang op hoe vaak je deze leerlingen een beurt geeft, hoe lang je wacht op hun antwoord "
            "en welke feedback je geeft. Kleine verschillen in gedrag hebben over een schooljaar grote effecten.",
            "De oefening kost een kwartier plus een week observeren. Bespreek de uitkomst bij voorkeur in "
            "intervisie met een vertrouwde collega.",
        ],
        "themes": ["gelijke-kansen"],
        "audiences": ["po", "vo", "docent", "mentor"],
        "dimension": "bereidheid",
        "duration_minutes": 15,
        "format": "individueel",
        "provider": "Leernetwerk Gelijke Kansen",
        "evidence": "promising",
        "keywords": ["hoge verwachtingen", "reflectie", "schooladvies", "intervisie"],
    },
    {
        "slug": "oefening-tafeloefening-wapenincident",
        "type": "exercise",
        "title_nl": "Tafeloefening: een mes op het plein",
        "summary_nl": (
            "Een scenario-oefening voor het team: het incident speelt zich minuut voor minuut af en jullie "
            "beslissen telkens wat er gebeurt."
        ),
        "body_nl": [
            "De gespreksleider leest een scenario voor in korte stappen: een leerling meldt dat iemand een mes "
            "laat zien bij de fietsenstalling. Na elke stap beslist het team: wie doet wat, wie wordt gebeld, "
            "wat zeggen we tegen de andere leerlingen?",
            "Daarna komen er complicaties bij: de betrokken leerling rent weg, een ouder belt, er gaat een "
            "filmpje rond op sociale media. Zo test je niet alleen het protocol, maar ook de samenwerking en de "
            "communicatie.",
            "Neem ruim de tijd voor de nabespreking. Wat ging goed, waar twijfelden we, wat staat er niet in het "
            "protocol? Wijs per verbeterpunt een eigenaar aan en plan een datum om het protocol aan te passen.",
            "Reken op anderhalf uur. Nodig bij voorkeur de wijkagent of een jongerenwerker uit om mee te spelen; "
            "zij brengen een realistisch perspectief mee.",
        ],
        "title_en": "Tabletop exercise: a knife in the playground",
        "summary_en": (
            "A scenario exercise for the team: the incident unfolds minute by minute and you decide each time what "
            "happens next."
        ),
        "body_en": [
            "The facilitator reads out a scenario in short steps: a pupil reports that someone is showing a knife "
            "near the bike shed. After each step the team decides: who does what, who gets called, what do we "
            "tell the other pupils?",
            "Then complications are added: the pupil involved runs off, a parent calls, a video is circulating on "
            "social media. This way you test not only the protocol but also cooperation and communication.",
            "Take plenty of time for the debrief. What went well, where did we hesitate, what is missing from the "
            "protocol? Assign an owner to each improvement and set a date to update the protocol.",
            "Allow an hour and a half. Ideally, invite the community police officer or a youth worker to take "
            "part; they bring a realistic perspective.",
        ],
        "themes": ["jongeren-en-wapens", "sociale-veiligheid"],
        "audiences": ["vo", "mbo", "so", "teamleider", "directeur"],
        "dimension": "bekwaamheid",
        "duration_minutes": 90,
        "format": "teamsessie",
        "provider": "Kenniskring Veilige School",
        "evidence": "practice",
        "keywords": ["scenario", "protocol", "mes", "wijkagent"],
    },
    {
        "slug": "oefening-verzuimpatroon-in-kaart",
        "type": "exercise",
        "title_nl": "Verzuimpatroon in kaart brengen",
        "summary_nl": (
            "Een korte individuele oefening voor mentoren: zet het verzuim van één leerling op een tijdlijn en "
            "ontdek wat er achter het patroon zit."
        ),
        "body_nl": [
            "Kies een leerling over wie je twijfelt. Zet zijn afwezigheid van de afgelopen acht weken op een "
            "tijdlijn: welke dagen, welke uren, welke vakken? Noteer ernaast wat je weet van gebeurtenissen op "
            "school en thuis in die periode.",
            "Zoek naar patronen. Verzuim dat steeds bij hetzelfde vak voorkomt, vraagt om een ander gesprek dan "
            "verzuim op maandagochtend of na weekenden bij een andere ouder. Schrijf twee of drie mogelijke "
            "verklaringen op, zonder er een te kiezen.",
            "Gebruik de tijdlijn als opening voor een gesprek met de leerling: 'ik zag dit, klopt dat, en hoe zit "
            "het?' Leerlingen reageren vaak opgelucht als je laat zien dat je oprecht wilt begrijpen wat er "
            "speelt.",
            "De oefening kost ongeveer twintig minuten. Bewaar de tijdlijn niet in een gedeelde map; bespreek "
            "hem alleen met wie betrokken is.",
        ],
        "themes": ["schoolaanwezigheid-en-verzuim"],
        "audiences": ["vo", "mbo", "mentor"],
        "dimension": "bekwaamheid",
        "duration_minutes": 20,
        "format": "individueel",
        "provider": "Werkplaats Schoolaanwezigheid",
        "evidence": "practice",
        "keywords": ["verzuim", "patroon", "mentorgesprek", "tijdlijn"],
    },
    {
        "slug": "oefening-groepskaart-wie-staat-waar",
        "type": "exercise",
        "title_nl": "Groepskaart: wie staat waar in de klas?",
        "summary_nl": (
            "Teken in een half uur de sociale kaart van je groep en zie wie geïsoleerd raakt, wie de toon zet en "
            "waar pesten kan ontstaan."
        ),
        "body_nl": [
            "Teken op een vel de leerlingen van je groep als rondjes en verbind ze met lijnen: wie trekt met wie "
            "op, in de les, in de pauze en online voor zover je dat weet. Geef invloedrijke leerlingen een "
            "dikkere rand.",
            "Kijk wat opvalt: zijn er leerlingen zonder lijnen, zijn er twee kampen, wie staat tussen groepen "
            "in? Deze plekken zijn vaak het kwetsbaarst voor pesten of uitsluiting.",
            "Bedenk voor twee leerlingen een kleine interventie: een andere plek in de klas, een gezamenlijke "
            "taak met een klasgenoot, of een kort gesprek. Herhaal de kaart na zes weken om te zien of er iets "
            "veranderd is.",
            "De oefening kost ongeveer een half uur. Doe hem bij voorkeur samen met een collega die de groep ook "
            "kent; twee paar ogen zien meer.",
        ],
        "themes": ["sociale-veiligheid", "welbevinden"],
        "audiences": ["po", "so", "vo", "docent", "mentor"],
        "dimension": "bewustwording",
        "duration_minutes": 30,
        "format": "individueel",
        "provider": "Werkplaats Welbevinden",
        "evidence": "practice",
        "keywords": ["pesten", "groepsdynamiek", "sociogram", "uitsluiting"],
    },
    {
        "slug": "oefening-mijn-vertrouwde-volwassenen",
        "type": "exercise",
        "title_nl": "Mijn vertrouwde volwassenen",
        "summary_nl": (
            "Leerlingen maken een kaartje met de volwassenen bij wie ze terechtkunnen. Zo zie je ook wie er "
            "niemand heeft."
        ),
        "body_nl": [
            "Elke leerling tekent een klein netwerk: zichzelf in het midden en daaromheen volwassenen bij wie hij "
            "terechtkan als er iets is. Dat kunnen ouders zijn, maar ook een trainer, een tante, een buurvrouw of "
            "iemand op school.",
            "Laat leerlingen het kaartje niet delen met klasgenoten; het is voor henzelf en voor jou. Vraag of je "
            "het mag lezen en zeg eerlijk dat je kijkt of iedereen iemand heeft.",
            "Leerlingen met een leeg of bijna leeg netwerk verdienen extra aandacht. Het gaat hier niet om een "
            "probleem om op te lossen, maar om ervoor te zorgen dat op school ten minste één volwassene "
            "bewust contact houdt.",
            "De oefening duurt ongeveer 25 minuten en werkt in de bovenbouw van het po, in het so en in het vo. "
            "Herhaal hem halverwege het schooljaar om te zien of er iets veranderd is.",
        ],
        "themes": ["welbevinden", "burgerschap", "huiselijk-geweld"],
        "audiences": ["po", "so", "vo", "mentor"],
        "dimension": "bereidheid",
        "duration_minutes": 25,
        "format": "klassikaal",
        "provider": "Werkplaats Welbevinden",
        "evidence": "practice",
        "keywords": ["vertrouwenspersoon", "netwerk", "steun", "persoonlijke vaardigheden"],
    },
    {
        "slug": "oefening-feit-mening-of-gerucht",
        "type": "exercise",
        "title_nl": "Feit, mening of gerucht?",
        "summary_nl": (
            "Snelle klassikale oefening waarin leerlingen berichten van sociale media sorteren en leren vragen "
            "stellen bij wat ze lezen."
        ),
        "body_nl": [
            "Verzamel twaalf korte berichten in de stijl van sociale media, van een nieuwsfeit tot een grap en "
            "van een persoonlijke mening tot een gerucht over 'wat de overheid verzwijgt'. Print ze op kaartjes.",
            "Leerlingen sorteren in tweetallen de kaartjes in drie stapels: feit, mening of gerucht. Bij twijfel "
            "schrijven ze op welke vraag ze zouden willen stellen om het te controleren.",
            "Bespreek klassikaal de kaartjes waarover de meeste twijfel was. Laat zien dat een gerucht vaak "
            "klinkt als een feit, en dat een mening niet fout is maar wel iets anders. Sluit af met drie vragen "
            "die je jezelf stelt voordat je iets doorstuurt.",
            "Reken op 25 minuten. De oefening is een goede opwarmer voor de les over complotdenken.",
        ],
        "themes": ["radicalisering-en-extremisme", "burgerschap"],
        "audiences": ["vo", "mbo", "docent"],
        "dimension": "bekwaamheid",
        "duration_minutes": 25,
        "format": "klassikaal",
        "provider": "Leernetwerk Democratie en Dialoog",
        "evidence": "practice",
        "keywords": ["mediawijsheid", "nepnieuws", "kritisch denken", "sociale media"],
    },
    {
        "slug": "oefening-signaal-of-ruis-huiselijk-geweld",
        "type": "exercise",
        "title_nl": "Signaal of ruis? Casuïstiek huiselijk geweld",
        "summary_nl": (
            "Teamoefening met vijf korte casussen waarin collega's leren signalen te wegen en samen te bepalen "
            "welke stap van de meldcode aan de orde is."
        ),
        "body_nl": [
            "Het team krijgt vijf korte beschrijvingen van kinderen, opgesteld zoals een leerkracht ze in een "
            "logboek zou noteren. Sommige zijn zorgwekkend, andere passen bij een gewone moeilijke periode.",
            "In groepjes bepalen collega's per casus: maken we ons zorgen, wat weten we nog niet, en welke stap "
            "zetten we? Daarna vergelijken de groepjes hun keuzes. Verschil van inzicht is geen probleem, maar "
            "juist de reden om te oefenen.",
            "De IB'er of aandachtsfunctionaris licht per casus toe hoe de school zou handelen en waar het "
            "afwegingskader helpt. Bespreek ook hoe je als leerkracht omgaat met je eigen onrust na zo'n "
            "gesprek.",
            "Reken op 45 minuten. Herhaal de oefening jaarlijks met nieuwe casussen, zodat de meldcode geen "
            "papieren werkelijkheid blijft.",
        ],
        "title_en": "Signal or noise? Domestic violence case work",
        "summary_en": (
            "A team exercise with five short cases in which colleagues learn to weigh signs and decide together "
            "which step of the reporting code applies."
        ),
        "body_en": [
            "The team receives five short descriptions of children, written the way a teacher would note them in "
            "a log. Some are worrying, others fit an ordinary difficult period.",
            "In small groups, colleagues decide for each case: are we concerned, what do we not yet know, and what "
            "step do we take? The groups then compare their choices. Disagreement is not a problem; it is exactly "
            "why you practise.",
            "The internal support coordinator or designated safeguarding lead explains for each case how the "
            "school would act and where the decision framework helps. Also discuss how teachers deal with their "
            "own unease after such a conversation.",
            "Allow 45 minutes. Repeat the exercise every year with new cases, so the reporting code does not stay "
            "a paper reality.",
        ],
        "themes": ["huiselijk-geweld"],
        "audiences": ["po", "so", "ib-er", "docent"],
        "dimension": "bekwaamheid",
        "duration_minutes": 45,
        "format": "teamsessie",
        "provider": "Werkplaats Veilig Opgroeien",
        "evidence": "practice",
        "keywords": ["casusbespreking", "meldcode", "afwegingskader", "signalen"],
    },
    {
        "slug": "oefening-ik-boodschap-bij-spanning",
        "type": "exercise",
        "title_nl": "De ik-boodschap bij spanning",
        "summary_nl": (
            "Leerlingen oefenen in tweetallen hoe ze zeggen wat hen raakt zonder de ander aan te vallen. Korte "
            "werkvorm voor sociale vaardigheden."
        ),
        "body_nl": [
            "Leg het verschil uit tussen 'jij doet altijd...' en 'ik voel me... als...'. Geef een paar "
            "voorbeelden uit de klas, zoals een grap over iemands geloof of iemand die steeds door je heen "
            "praat.",
            "In tweetallen krijgen leerlingen situatiekaartjes en formuleren ze een ik-boodschap: wat gebeurde er, "
            "wat deed het met mij, wat zou ik willen? De ander oefent met luisteren en samenvatten voordat hij "
            "reageert.",
            "Laat een paar tweetallen hun gesprek voordoen en bespreek wat het verschil maakt. Spreek af dat de "
            "klas deze vorm gebruikt als er in de les spanning ontstaat.",
            "Reken op 20 minuten. In het po werkt het goed met een vaste zinsstarter op het bord.",
        ],
        "themes": ["burgerschap", "polarisatie", "sociale-veiligheid"],
        "audiences": ["po", "vo", "so", "docent"],
        "dimension": "bekwaamheid",
        "duration_minutes": 20,
        "format": "klassikaal",
        "provider": "Centrum Weerbare Jeugd",
        "evidence": "practice",
        "keywords": ["sociale vaardigheden", "communicatie", "conflict", "ik-boodschap"],
    },
]

# ---------------------------------------------------------------------------------------------------------------
# Trainings (the first three follow seed 004)
# ---------------------------------------------------------------------------------------------------------------
_TRAININGS = [
    {
        "slug": "basistraining-schoolveiligheid-ondermijning",
        "type": "training",
        "title_nl": "Basistraining Schoolveiligheid & Ondermijning",
        "summary_nl": (
            "Online training voor het hele team over het opmerken en bespreken van signalen van (ondermijnende) "
            "criminaliteit, met de juridische kaders en wat je bij een vermoeden doet."
        ),
        "body_nl": [
            "Deze online training is bedoeld als gezamenlijk startpunt voor een team dat meer grip wil op "
            "criminaliteit en ondermijning rond de school. Deelnemers leren hoe ronselen en criminele "
            "beïnvloeding zich bij leerlingen kunnen uiten en hoe je losse waarnemingen tot een beeld samenvoegt.",
            "Een apart onderdeel gaat over wat de school wel en niet mag en moet. Welke verantwoordelijkheid heb "
            "je als medewerker, wat valt onder de zorgplicht van de school en waar ligt de grens met het werk van "
            "politie en justitie?",
            "Het grootste deel is praktisch: hoe breng je een zorg ter sprake bij een leerling of collega, wat "
            "schrijf je op en bij wie leg je het neer? Deelnemers werken met korte videocasussen en een "
            "signalenkaart die ze na afloop kunnen gebruiken.",
            "De training bestaat uit modules van 20 tot 30 minuten, samen ongeveer tweeënhalf uur. Plan een "
            "teambijeenkomst van een uur na afloop om de opbrengst te vertalen naar jullie eigen school.",
        ],
        "title_en": "Basic Training in School Safety & Organised Crime",
        "summary_en": (
            "An online training for the whole team on noticing and discussing signs of (organised) crime, "
            "including the legal framework and what to do when you have a suspicion."
        ),
        "body_en": [
            "This online training is meant as a shared starting point for a team that wants a better grip on "
            "crime and organised crime around the school. Participants learn how recruitment and criminal "
            "influence can show in pupils and how to piece separate observations together into a picture.",
            "A separate part covers what the school may and must do. What responsibility do you have as a staff "
            "member, what falls under the school's duty of care, and where is the line with the work of police "
            "and prosecutors?",
            "Most of the training is practical: how do you raise a concern with a pupil or colleague, what do you "
            "write down and who do you take it to? Participants work with short video cases and a signs card they "
            "can use afterwards.",
            "The training consists of modules of 20 to 30 minutes, about two and a half hours in total. Plan a "
            "one-hour team meeting afterwards to translate what you learned to your own school.",
        ],
        "solves_nl": (
            "Pakt aan dat medewerkers weinig zicht hebben op jeugdcriminaliteit op school, dat het thema bij "
            "collega's niet leeft en dat het onderwerp moeilijk ter sprake komt."
        ),
        "solves_en": (
            "Addresses staff having little insight into youth crime at school, the topic not being on colleagues' "
            "radar, and the subject being hard to raise."
        ),
        "themes": ["criminaliteit-en-ondermijning", "sociale-veiligheid", "uitbuiting"],
        "audiences": ["po", "so", "vo", "mbo", "docent", "mentor"],
        "dimension": "bewustwording",
        "duration_minutes": 150,
        "format": "online",
        "provider": "Alliantie WIJschool",
        "evidence": "practice",
        "keywords": ["signalering", "ondermijning", "juridisch kader", "zorgwekkend gedrag"],
    },
    {
        "slug": "vervolgtraining-visie-beleid-interventie",
        "type": "training",
        "title_nl": "Vervolgtraining Visie, Beleid & Interventie",
        "summary_nl": (
            "Verdiepende training voor wie in de school de lijnen uitzet, zoals teamleiders, zorgcoördinatoren en "
            "beleidsmedewerkers: beleid, protocollen, meldstructuur en samenwerking."
        ),
        "body_nl": [
            "Na de basistraining weten collega's waar ze op moeten letten. Deze vervolgtraining richt zich op de "
            "mensen die ervoor zorgen dat de school als geheel goed handelt: teamleiders, zorgcoördinatoren en "
            "beleidsmedewerkers. Zij vertalen kennis naar beleid dat werkt in de dagelijkse praktijk.",
            "Deelnemers schrijven of herzien protocollen, bijvoorbeeld voor wapens, chantage en drugs, en maken "
            "de meldstructuur van hun school zichtbaar op één pagina. Ze leggen vast wie welke taak heeft, zodat "
            "niemand meer hoeft te zoeken bij wie een signaal thuishoort.",
            "Een belangrijk deel bestaat uit oefenen: met lastige casussen en met gesprekken in situaties van "
            "dreiging of intimidatie. Een trainingsacteur speelt leerlingen, ouders of externen, zodat deelnemers "
            "ervaren hoe het voelt om onder druk rustig te blijven.",
            "De training bestaat uit twee dagdelen op locatie en een online tussenopdracht, samen ongeveer zeven "
            "uur. Iedere deelnemer gaat naar huis met een concreet actieplan: voor een sterkere schoolcultuur, "
            "collega's die eerder melden en betere afspraken met partners buiten de school.",
        ],
        "title_en": "Follow-up Training in Vision, Policy & Intervention",
        "summary_en": (
            "An in-depth training for team leaders, care coordinators and policy staff who want to take charge "
            "school-wide: policy, protocols, reporting structure and cooperation."
        ),
        "body_en": [
            "After the basic training, colleagues know what to look out for. This follow-up training focuses on "
            "the people who make sure the school as a whole acts well: team leaders, care coordinators and policy "
            "staff. They translate knowledge into policy that works in daily practice.",
            "Participants write or revise protocols, for example on weapons, blackmail and drugs, and map their "
            "school's reporting structure on a single page. They set out who has which task, so nobody has to "
            "search any longer for where a signal belongs.",
            "A large part consists of practice: with difficult cases and with conversations in situations of "
            "threat or intimidation. A training actor plays pupils, parents or outsiders, so participants "
            "experience what it is like to stay calm under pressure.",
            "The training consists of two half-day sessions on site and an online assignment in between, about "
            "seven hours in total. Every participant leaves with a concrete action plan for school culture, "
            "willingness to report and cooperation with partner agencies.",
        ],
        "solves_nl": (
            "Helpt waar onduidelijk is wie waarvoor verantwoordelijk is, waar de school niet goed weet hoe te "
            "handelen bij signalen en waar de samenwerking binnen en buiten de school hapert."
        ),
        "solves_en": (
            "Helps where it is unclear who is responsible for what, where the school is unsure how to act on "
            "signs, and where cooperation inside and outside the school falters."
        ),
        "themes": ["sociale-veiligheid", "criminaliteit-en-ondermijning", "jongeren-en-wapens"],
        "audiences": ["vo", "mbo", "po", "so", "teamleider", "zorgcoordinator", "directeur"],
        "dimension": "bekwaamheid",
        "duration_minutes": 420,
        "format": "blended",
        "provider": "Alliantie WIJschool",
        "evidence": "practice",
        "keywords": ["protocollen", "meldstructuur", "beleid", "actieplan"],
    },
    {
        "slug": "regie-op-schoolveiligheid",
        "type": "training",
        "title_nl": "Regie op Schoolveiligheid (voor gemeenten)",
        "summary_nl": (
            "Traject voor gemeenten die hun rol tussen scholen en ketenpartners willen versterken: van lokale "
            "analyse tot werkplan of convenant."
        ),
        "body_nl": [
            "Gemeenten hebben een sleutelrol in de samenwerking rond schoolveiligheid, maar die rol is niet altijd "
            "helder. In dit traject brengen beleidsmedewerkers jeugd, onderwijs en veiligheid samen met scholen "
            "en partners in kaart hoe het er lokaal voor staat.",
            "Deelnemers analyseren waar de samenwerking nu vastloopt: ontbrekende contacten, overlappende taken, "
            "onduidelijkheid over wat gedeeld mag worden. Op basis daarvan stellen ze een plan van aanpak op voor "
            "preventie, vroegsignalering en ingrijpen.",
            "Tussen de bijeenkomsten is er ruimte voor het uitwisselen van ervaringen met andere gemeenten en het "
            "bespreken van geanonimiseerde casussen. Het traject eindigt met afspraken die worden vastgelegd in "
            "een werkplan of convenant.",
            "Het traject beslaat drie bijeenkomsten van twee uur, verspreid over een half jaar. Het doel is beleid "
            "dat blijft, waarbij school, zorgverleners, politie en jongerenwerk op elkaar aansluiten.",
        ],
        "title_en": "Directing School Safety (for municipalities)",
        "summary_en": (
            "A programme for municipalities that want to strengthen their role between schools and partner "
            "agencies: from local analysis to a work plan or covenant."
        ),
        "body_en": [
            "Municipalities play a key role in cooperation on school safety, but that role is not always clear. In "
            "this programme, policy officers for youth, education and safety work with schools and partners to "
            "map the local situation.",
            "Participants analyse where cooperation currently gets stuck: missing contacts, overlapping tasks, "
            "uncertainty about what may be shared. On that basis they draw up an action plan for prevention, early "
            "identification and intervention.",
            "Between sessions there is room to exchange experiences with other municipalities and to discuss "
            "anonymised cases. The programme ends with agreements set down in a work plan or covenant.",
            "The programme comprises three two-hour sessions spread over six months. The aim is lasting policy in "
            "which education, care, safety and youth work complement each other.",
        ],
        "solves_nl": "Pakt beperkte samenwerking met ketenpartners en een onduidelijke regierol aan.",
        "solves_en": "Addresses limited cooperation with partner agencies and an unclear coordinating role.",
        "themes": ["criminaliteit-en-ondermijning", "sociale-veiligheid", "schoolaanwezigheid-en-verzuim"],
        "audiences": ["gemeente", "po", "vo", "mbo", "directeur"],
        "dimension": "bekwaamheid",
        "duration_minutes": 360,
        "format": "blended",
        "provider": "Alliantie WIJschool",
        "evidence": "practice",
        "keywords": ["ketensamenwerking", "regie", "convenant", "plan van aanpak"],
    },
    {
        "slug": "training-gespreksvoering-bij-polarisatie",
        "type": "training",
        "title_nl": "Gespreksvoering bij polarisatie en maatschappelijke spanning",
        "summary_nl": (
            "Een praktijkgerichte training van een middag over het begeleiden van beladen klassengesprekken, met "
            "veel oefenen en een online voorbereiding."
        ),
        "body_nl": [
            "Een incident in het nieuws, een opmerking in de klas, en ineens sta je voor een groep die boos, bang "
            "of verdeeld is. Deze training geeft docenten handvatten om zo'n moment niet te vermijden, maar te "
            "benutten voor een goed gesprek.",
            "In de online voorbereiding van een half uur reflecteren deelnemers op hun eigen standpunten en "
            "gevoeligheden. Wie weet waar het bij hemzelf schuurt, kan rustiger blijven als leerlingen botsen.",
            "Tijdens de middag oefenen deelnemers met technieken als doorvragen, samenvatten, vertragen en "
            "grenzen stellen zonder het gesprek af te kappen. Ze spelen scènes uit hun eigen praktijk na en "
            "krijgen direct feedback.",
            "Totaal ongeveer drie uur. Na de training ontvangen deelnemers een kaart met gespreksregels en "
            "openingsvragen voor in de klas.",
        ],
        "title_en": "Facilitating conversations amid polarisation and social tension",
        "summary_en": (
            "A practical afternoon training on guiding charged class discussions, with plenty of practice and an "
            "online preparation."
        ),
        "body_en": [
            "A news event, a remark in class, and suddenly you face a group that is angry, scared or divided. This "
            "training gives teachers tools not to avoid such a moment but to use it for a good conversation.",
            "In a half-hour online preparation, participants reflect on their own views and sensitivities. Those "
            "who know where things rub for themselves can stay calmer when pupils clash.",
            "During the afternoon participants practise techniques such as probing, summarising, slowing down and "
            "setting limits without cutting the conversation off. They act out scenes from their own practice and "
            "get immediate feedback.",
            "About three hours in total. After the training, participants receive a card with ground rules and "
            "opening questions for the classroom.",
        ],
        "solves_nl": (
            "Helpt collega's die het lastig vinden om gevoelige onderwerpen bespreekbaar te maken en die gesprekken "
            "over maatschappelijke spanningen liever uit de weg gaan."
        ),
        "solves_en": (
            "Helps colleagues who find it hard to open up sensitive subjects and who would rather avoid "
            "conversations about social tensions."
        ),
        "themes": ["polarisatie", "burgerschap", "radicalisering-en-extremisme"],
        "audiences": ["vo", "mbo", "docent", "mentor"],
        "dimension": "bekwaamheid",
        "duration_minutes": 180,
        "format": "blended",
        "provider": "Leernetwerk Democratie en Dialoog",
        "evidence": "promising",
        "keywords": ["gespreksvaardigheid", "polarisatie", "klassengesprek", "dialoog"],
    },
    {
        "slug": "training-traumasensitief-lesgeven",
        "type": "training",
        "title_nl": "Traumasensitief lesgeven",
        "summary_nl": (
            "Teamtraining in twee dagdelen over veiligheid bieden, relaties versterken en helpen bij het "
            "reguleren van emoties en gedrag."
        ),
        "body_nl": [
            "Steeds meer scholen kiezen voor een traumasensitieve aanpak, omdat ze merken dat straffen bij "
            "sommige leerlingen averechts werkt. Deze training helpt het hele team om dezelfde taal en hetzelfde "
            "handelingsrepertoire te ontwikkelen.",
            "Het eerste dagdeel gaat over de achtergrond: wat doet langdurige stress met gedrag en leren, en "
            "welke kinderen lopen meer risico? Het tweede dagdeel is praktisch: hoe richt je de klas, de dag en "
            "je eigen reacties zo in dat een kind tot rust kan komen?",
            "Deelnemers werken met voorbeelden uit hun eigen groep en maken afspraken over een gezamenlijke "
            "aanpak, bijvoorbeeld over een rustplek, vaste routines en de manier waarop je na een incident "
            "herstelt. Die afspraken worden na een paar maanden samen geëvalueerd.",
            "Twee dagdelen van drie uur. Het werkt het best als ook ondersteunend personeel meedoet, zoals "
            "conciërges en onderwijsassistenten.",
        ],
        "solves_nl": (
            "Helpt teams die handelingsverlegen zijn bij onrustig of teruggetrokken gedrag en die meer zicht "
            "willen op stress, armoede of trauma bij leerlingen."
        ),
        "themes": ["welbevinden", "gelijke-kansen", "huiselijk-geweld"],
        "audiences": ["po", "so", "vo", "docent", "ib-er"],
        "dimension": "bekwaamheid",
        "duration_minutes": 360,
        "format": "teamsessie",
        "provider": "Werkplaats Welbevinden",
        "evidence": "promising",
        "keywords": ["trauma", "stress", "de-escaleren", "routines"],
    },
    {
        "slug": "training-signaleren-uitbuiting-en-loverboys",
        "type": "training",
        "title_nl": "Uitbuiting signaleren en bespreken",
        "summary_nl": (
            "Dagdeeltraining voor mentoren en zorgteams over criminele, financiële en seksuele uitbuiting, met "
            "oefengesprekken en de route naar hulp."
        ),
        "body_nl": [
            "De training begint met een verkenning van de drie vormen van uitbuiting en de manier waarop ze in "
            "elkaar overlopen. Deelnemers brengen voorbeelden uit hun eigen praktijk in, zodat de theorie meteen "
            "herkenbaar wordt.",
            "Daarna ligt de nadruk op het gesprek met de leerling. Slachtoffers zien zichzelf vaak niet als "
            "slachtoffer en beschermen de dader. Deelnemers oefenen hoe ze vertrouwen opbouwen en toch duidelijk "
            "zijn over hun zorg.",
            "In het laatste deel bespreken deelnemers samen met een ketenpartner, zoals het zorg- en "
            "veiligheidshuis of de jeugdhulp, hoe de route naar hulp loopt en wat de school zelf moet blijven "
            "doen. Zo weten deelnemers ook wie ze aan de andere kant van de lijn krijgen.",
            "Een dagdeel van vier uur. Bijzonder geschikt voor zorgteams in het so en het mbo, waar leerlingen "
            "extra kwetsbaar kunnen zijn.",
        ],
        "solves_nl": (
            "Helpt scholen die niet goed weten hoe te handelen bij signalen van uitbuiting en waar het contact "
            "met ketenpartners nog beperkt is."
        ),
        "themes": ["uitbuiting", "criminaliteit-en-ondermijning"],
        "audiences": ["vo", "mbo", "so", "mentor", "zorgcoordinator"],
        "dimension": "bekwaamheid",
        "duration_minutes": 240,
        "format": "teamsessie",
        "provider": "Kenniskring Jeugd en Veiligheid",
        "evidence": "practice",
        "keywords": ["loverboy", "uitbuiting", "gespreksvaardigheid", "zorgroute"],
    },
    {
        "slug": "training-schoolaanwezigheid-als-teamopdracht",
        "type": "training",
        "title_nl": "Schoolaanwezigheid als teamopdracht",
        "summary_nl": (
            "Training voor zorgcoördinatoren, IB'ers en mentoren over een gedeelde visie op aanwezigheid, vroeg "
            "handelen en samenwerken met leerplicht."
        ),
        "body_nl": [
            "Aanwezigheid bevorderen lukt alleen als het hele team dezelfde kant op kijkt. De training start met "
            "het formuleren van een gezamenlijke visie: wat betekent 'fijn dat je er bent' in onze school, en wie "
            "doet wat bij het eerste, tweede en derde signaal?",
            "Deelnemers werken met een gelaagd model van ondersteuning: wat doen we voor alle leerlingen, wat "
            "voor een groep met beginnend verzuim en wat voor leerlingen die al langer thuis zitten? Bij elke "
            "laag horen concrete acties en verantwoordelijken.",
            "Een leerplichtambtenaar en een jeugdarts schuiven aan om te vertellen wat zij nodig hebben van de "
            "school en wat zij kunnen bieden. Zo ontstaat een gezamenlijke werkwijze in plaats van een "
            "doorverwijsketen.",
            "Drie bijeenkomsten van ruim een uur, met opdrachten in de eigen school ertussen. Aan het eind ligt "
            "er een aangescherpt verzuimprotocol dat het team zelf heeft gemaakt.",
        ],
        "title_en": "School attendance as a team responsibility",
        "summary_en": (
            "A training for care coordinators, internal support coordinators and form tutors on a shared view of "
            "attendance, acting early and working with the attendance officer."
        ),
        "body_en": [
            "Promoting attendance only works when the whole team faces the same way. The training starts by "
            "formulating a shared vision: what does 'good to see you' mean in our school, and who does what at "
            "the first, second and third signal?",
            "Participants work with a tiered model of support: what do we do for all pupils, what for a group "
            "with emerging absence, and what for pupils who have been at home for some time? Each tier comes with "
            "concrete actions and named responsibilities.",
            "An attendance officer and a youth doctor join to explain what they need from the school and what they "
            "can offer. This creates a shared way of working instead of a chain of referrals.",
            "Three sessions of just over an hour, with assignments in your own school in between. At the end there "
            "is a sharpened attendance protocol the team has made itself.",
        ],
        "solves_nl": (
            "Pakt aan dat verzuimsignalen laat worden opgepakt, dat de taakverdeling rond verzuim onduidelijk is "
            "en dat school en leerplicht langs elkaar heen werken."
        ),
        "solves_en": (
            "Addresses absence signals being picked up late, unclear division of tasks around absence, and school "
            "and attendance officer working at cross purposes."
        ),
        "themes": ["schoolaanwezigheid-en-verzuim", "welbevinden"],
        "audiences": ["po", "vo", "mbo", "zorgcoordinator", "ib-er", "mentor"],
        "dimension": "bereidheid",
        "duration_minutes": 210,
        "format": "teamsessie",
        "provider": "Werkplaats Schoolaanwezigheid",
        "evidence": "promising",
        "keywords": ["verzuimprotocol", "leerplicht", "visie", "teamaanpak"],
    },
    {
        "slug": "training-extremisme-herkennen-en-duiden",
        "type": "training",
        "title_nl": "Extremisme herkennen en duiden",
        "summary_nl": (
            "Verdiepende training over religieus, rechts- en anti-overheidsextremisme: hoe jongeren worden "
            "aangesproken en hoe je als school signalen weegt."
        ),
        "body_nl": [
            "Extremistische groepen zijn online zeer bedreven in het aanspreken van jongeren die zich eenzaam, "
            "gekrenkt of machteloos voelen. Deze training laat zien welke verhalen, beelden en gemeenschappen "
            "daarbij een rol spelen, en wat ze gemeen hebben.",
            "Deelnemers oefenen met het wegen van signalen. Wanneer is iets een uiting van zoeken en wanneer een "
            "zorg? Aan de hand van casussen bespreken ze wat er in de klas kan, wat met de zorgcoördinator moet en "
            "wanneer een extern adviespunt nodig is.",
            "Er is aandacht voor de eigen positie van de docent. Hoe blijf je in gesprek met een leerling wiens "
            "ideeën je verafschuwt, en hoe bescherm je andere leerlingen tegen kwetsende uitingen?",
            "Een dagdeel van vier uur. Geschikt voor mentoren en zorgteams in vo en mbo.",
        ],
        "solves_nl": (
            "Helpt scholen die onzeker zijn over het duiden van extreme uitingen en niet goed weten hoe te "
            "handelen bij signalen van radicalisering."
        ),
        "themes": ["radicalisering-en-extremisme", "polarisatie"],
        "audiences": ["vo", "mbo", "mentor", "zorgcoordinator"],
        "dimension": "bekwaamheid",
        "duration_minutes": 240,
        "format": "teamsessie",
        "provider": "Leernetwerk Democratie en Dialoog",
        "evidence": "practice",
        "keywords": ["extremisme", "online", "signalen wegen", "casuïstiek"],
    },
    {
        "slug": "training-veilig-handelen-bij-wapens",
        "type": "training",
        "title_nl": "Veilig handelen bij wapens en dreiging",
        "summary_nl": (
            "Praktijktraining voor medewerkers die in het gebouw toezicht houden: wat doe je bij een vermoeden "
            "van wapenbezit of een dreigende situatie?"
        ),
        "body_nl": [
            "Conciërges, teamleiders en docenten met toezichttaken zijn vaak de eersten bij een dreigende "
            "situatie. Deze training geeft hun houvast, met de nadruk op de eigen veiligheid en die van de "
            "leerlingen.",
            "Deelnemers leren spanning vroeg te herkennen en te de-escaleren met lichaamstaal, afstand en "
            "stemgebruik. Ze oefenen met een trainingsacteur situaties als een leerling die weigert zijn tas te "
            "openen of een groep die zich verzamelt bij het hek.",
            "Samen met de wijkagent wordt het wapenprotocol van de school doorgelopen. Wat doe je zelf, wanneer "
            "bel je de politie, en hoe vang je na afloop leerlingen en collega's op?",
            "Een dagdeel van drie uur, bij voorkeur op de eigen school zodat de oefeningen in de eigen ruimtes "
            "plaatsvinden. Plan een jaar later een korte opfrisbijeenkomst.",
        ],
        "solves_nl": (
            "Helpt scholen die niet goed weten hoe te handelen bij wapens en die protocollen hebben die nooit "
            "zijn geoefend."
        ),
        "themes": ["jongeren-en-wapens", "sociale-veiligheid"],
        "audiences": ["vo", "mbo", "so", "teamleider"],
        "dimension": "bekwaamheid",
        "duration_minutes": 180,
        "format": "teamsessie",
        "provider": "Kenniskring Veilige School",
        "evidence": "practice",
        "keywords": ["de-escaleren", "wapenprotocol", "toezicht", "wijkagent"],
    },
    {
        "slug": "training-intervisie-en-video-interactiebegeleiding",
        "type": "training",
        "title_nl": "Intervisie en beeldcoaching voor een sterk pedagogisch klimaat",
        "summary_nl": (
            "Traject van een schooljaar waarin docenten met intervisie, lesbezoek en korte video-opnamen werken "
            "aan een klas waarin leerlingen zich veilig en welkom voelen."
        ),
        "body_nl": [
            "Een veilig en positief klimaat in de klas is de basis voor welbevinden en aanwezigheid. In dit "
            "traject kijken docenten samen naar hun eigen handelen, met behulp van intervisie, lesbezoeken bij "
            "elkaar en korte video-opnamen van hun lessen.",
            "Een beeldcoach bespreekt de opnamen met de docent en zoomt in op momenten die goed gaan: een "
            "leerling die wordt gezien, een conflict dat wordt voorkomen. Door te kijken naar wat werkt, groeit "
            "het vertrouwen om ook lastige momenten te onderzoeken.",
            "De intervisiegroepen komen zes keer per jaar bij elkaar en werken met een vaste methode. Een "
            "terugkerende vraag is: hoe draag ik in mijn les bij aan de kansen van mijn leerlingen?",
            "Totaal ongeveer acht uur per deelnemer over een schooljaar. Opnames worden alleen voor coaching "
            "gebruikt en daarna verwijderd.",
        ],
        "solves_nl": (
            "Helpt teams waarin weinig ruimte is voor reflectie op het eigen handelen en waar het pedagogisch "
            "klimaat onder druk staat."
        ),
        "themes": ["welbevinden", "sociale-veiligheid", "schoolaanwezigheid-en-verzuim"],
        "audiences": ["po", "vo", "so", "docent", "teamleider"],
        "dimension": "bereidheid",
        "duration_minutes": 480,
        "format": "blended",
        "provider": "Werkplaats Welbevinden",
        "evidence": "effective",
        "keywords": ["intervisie", "beeldcoaching", "pedagogisch klimaat", "reflectie"],
    },
]

# ---------------------------------------------------------------------------------------------------------------
# Interventions / improvement actions (seed 004's table, plus attendance and equal-opportunity actions)
# ---------------------------------------------------------------------------------------------------------------
_INTERVENTIONS = [
    # --- Bewustwording: weinig zicht op hoe jeugdcriminaliteit er op school uitziet ---
    {
        "slug": "interviewronde-wat-speelt-er",
        "type": "intervention",
        "title_nl": "Interviewronde: wat speelt er echt?",
        "summary_nl": (
            "Voer korte gesprekken met leerlingen, mentoren, zorg, jongerenwerk, wijkagent en gemeente om een "
            "eerlijk beeld te krijgen van wat er rond de school gebeurt."
        ),
        "body_nl": [
            "Stel een klein team samen, bijvoorbeeld een teamleider en twee docenten, en maak een lijst van tien "
            "tot vijftien gesprekspartners binnen en buiten de school. Gebruik voor iedereen dezelfde vier of "
            "vijf vragen, zoals: wat zie jij dat wij als school misschien missen?",
            "Plan de gesprekken binnen drie weken en houd ze kort, twintig tot dertig minuten. Leerlingen "
            "vertellen vaak meer in een groepje van drie dan alleen. Noteer wat je hoort zonder namen.",
            "Bundel de antwoorden in een overzicht van één of twee pagina's en bespreek dat op een studiemiddag. "
            "Let vooral op verschillen: wat leerlingen en jongerenwerkers zien, is vaak iets anders dan wat "
            "docenten denken.",
        ],
        "title_en": "Interview round: what is really going on?",
        "summary_en": (
            "Hold short conversations with pupils, form tutors, care staff, youth workers, the community police "
            "officer and the municipality to get an honest picture of what happens around the school."
        ),
        "body_en": [
            "Put together a small team, for example a team leader and two teachers, and list ten to fifteen "
            "people to talk to inside and outside the school. Use the same four or five questions for everyone, "
            "such as: what do you see that we as a school might be missing?",
            "Schedule the conversations within three weeks and keep them short, twenty to thirty minutes. Pupils "
            "often say more in a group of three than on their own. Write down what you hear without names.",
            "Bring the answers together in an overview of one or two pages and discuss it at a study afternoon. "
            "Look especially at differences: what pupils and youth workers see is often not what teachers think.",
        ],
        "solves_nl": "Voor teams die weinig zicht hebben op hoe jeugdcriminaliteit er in en rond hun school uitziet.",
        "solves_en": "For teams with little insight into what youth crime looks like in and around their school.",
        "themes": ["criminaliteit-en-ondermijning", "sociale-veiligheid"],
        "audiences": ["vo", "mbo", "po", "teamleider", "directeur"],
        "dimension": "bewustwording",
        "duration_minutes": 480,
        "format": "teamsessie",
        "provider": "Alliantie WIJschool",
        "evidence": "practice",
        "keywords": ["interviews", "leerlingstem", "jongerenwerk", "analyse"],
    },
    {
        "slug": "signalenkaart-en-casusbespreking",
        "type": "intervention",
        "title_nl": "Signalenkaart en casusbespreking op de studiedag",
        "summary_nl": (
            "Werk op een studiedag met een signalenkaart en twee of drie geanonimiseerde casussen, zodat het "
            "team signalen leert zien en bespreken."
        ),
        "body_nl": [
            "Een signalenkaart zet op één pagina de signalen van criminaliteit, wapenbezit en uitbuiting op een "
            "rij, met daarbij wie je inschakelt. Deel de kaart uit aan het begin van de studiedag en laat "
            "collega's aankruisen wat ze het afgelopen jaar zelf hebben gezien.",
            "Bespreek daarna in groepjes een paar geanonimiseerde casussen uit de eigen school of regio. Laat "
            "iedere groep bepalen welke signalen er waren, wanneer die hadden kunnen opvallen en wat er had "
            "moeten gebeuren.",
            "Reken op een dagdeel. Spreek af dat de kaart daarna een vaste plek krijgt, bijvoorbeeld in de "
            "personeelskamer en in de digitale teamomgeving, en dat je hem elk jaar bijwerkt.",
        ],
        "title_en": "Signs card and case discussion on the study day",
        "summary_en": (
            "On a study day, work with a signs card and two or three anonymised cases so the team learns to spot "
            "and discuss signs."
        ),
        "body_en": [
            "A signs card lists on a single page the signs of crime, weapon carrying and exploitation, together "
            "with who to involve. Hand it out at the start of the study day and let colleagues tick what they "
            "have seen themselves over the past year.",
            "Then discuss a few anonymised cases from your own school or region in small groups. Each group "
            "decides which signs there were, when they could have been noticed and what should have happened.",
            "Allow half a day. Agree that the card then gets a permanent place, for example in the staff room and "
            "in the digital team space, and that you update it every year.",
        ],
        "solves_nl": "Voor teams die signalen van jeugdcriminaliteit en uitbuiting nog te weinig herkennen.",
        "solves_en": "For teams that do not yet recognise signs of youth crime and exploitation well enough.",
        "themes": ["criminaliteit-en-ondermijning", "uitbuiting", "jongeren-en-wapens"],
        "audiences": ["vo", "mbo", "so", "docent", "mentor"],
        "dimension": "bewustwording",
        "duration_minutes": 240,
        "format": "teamsessie",
        "provider": "Alliantie WIJschool",
        "evidence": "practice",
        "keywords": ["signalenkaart", "casusbespreking", "studiedag", "signalen"],
    },
    {
        "slug": "data-analyse-incidentregistratie",
        "type": "intervention",
        "title_nl": "Data-analyse van incidentregistratie",
        "summary_nl": (
            "Haal patronen uit de gegevens die je al hebt, zoals verzuim, pestmeldingen en zorgdossiers, om te "
            "zien waar risico's zich opstapelen."
        ),
        "body_nl": [
            "Scholen registreren veel, maar kijken er zelden in samenhang naar. Zet één keer per half jaar de "
            "cijfers over verzuim, pestincidenten, schorsingen en zorgmeldingen naast elkaar, per leerjaar of "
            "locatie en zonder namen.",
            "Zoek naar opvallende pieken of combinaties: een leerjaar met veel verzuim en veel conflicten, of een "
            "locatie waar meldingen ineens wegvallen. Dat laatste kan ook betekenen dat collega's niet meer "
            "melden.",
            "Bespreek de uitkomsten met het zorgteam en de teamleiders en kies één of twee vragen om verder uit "
            "te zoeken. Let op de AVG: werk met geaggregeerde cijfers en beperk de toegang tot wie het nodig "
            "heeft.",
        ],
        "solves_nl": "Voor scholen die geen goed beeld hebben van waar risico's en incidenten zich concentreren.",
        "themes": ["sociale-veiligheid", "schoolaanwezigheid-en-verzuim", "criminaliteit-en-ondermijning"],
        "audiences": ["vo", "mbo", "po", "teamleider", "zorgcoordinator"],
        "dimension": "bewustwording",
        "duration_minutes": 180,
        "format": "individueel",
        "provider": "Kenniskring Veilige School",
        "evidence": "practice",
        "keywords": ["incidentregistratie", "data", "verzuim", "pesten"],
    },
    # --- Bewustwording: het thema leeft niet of is onbekend ---
    {
        "slug": "kennissessies-en-bijscholing",
        "type": "intervention",
        "title_nl": "Kennissessies en bijscholing op het thema",
        "summary_nl": (
            "Organiseer een reeks korte kennissessies met gastsprekers, video's en bijscholing, zodat het thema "
            "bij het hele team gaat leven."
        ),
        "body_nl": [
            "Plan drie of vier sessies van een uur verspreid over het schooljaar, elk met een ander accent: "
            "ronselen en ondermijning, wapens, uitbuiting of radicalisering. Nodig per keer een spreker uit die "
            "de lokale praktijk kent, zoals een jongerenwerker of wijkagent.",
            "Gebruik korte video's of een e-learning als voorbereiding, zodat de sessie zelf over vragen en "
            "uitwisseling kan gaan. Collega's die niet kunnen, kijken de opname of volgen de module achteraf.",
            "Evalueer na elke sessie met twee vragen: wat neem je mee, en wat wil je nog weten? Dat geeft de "
            "onderwerpen voor de volgende keer.",
        ],
        "solves_nl": "Voor scholen waar het thema niet leeft of bij veel collega's nog onbekend is.",
        "themes": ["criminaliteit-en-ondermijning", "radicalisering-en-extremisme", "uitbuiting"],
        "audiences": ["vo", "mbo", "po", "docent", "teamleider"],
        "dimension": "bewustwording",
        "duration_minutes": 240,
        "format": "teamsessie",
        "provider": "Alliantie WIJschool",
        "evidence": "practice",
        "keywords": ["professionalisering", "kennissessie", "gastspreker", "bijscholing"],
    },
    {
        "slug": "vast-agendapunt-op-teamvergaderingen",
        "type": "intervention",
        "title_nl": "Vast agendapunt op teamvergaderingen",
        "summary_nl": (
            "Geef veiligheid en zorgwekkend gedrag een vaste plek van tien minuten op elke teamvergadering en "
            "studiedag."
        ),
        "body_nl": [
            "Zet 'wat valt ons op?' als vast punt op de agenda van elke teamvergadering, bij voorkeur vroeg in "
            "het overleg. Tien minuten is genoeg om signalen te delen, een korte update te geven of een "
            "actueel incident in de wijk te bespreken.",
            "Wissel af wie het punt inleidt, zodat het niet altijd de zorgcoördinator is. Een docent kan een "
            "artikel of filmpje meenemen, een mentor een geanonimiseerde situatie.",
            "Houd bij wat er besproken is en kom er bij de volgende vergadering op terug. Zo merkt het team dat "
            "signalen iets opleveren.",
        ],
        "solves_nl": "Voor teams waar het onderwerp alleen aandacht krijgt als er al iets misgegaan is.",
        "themes": ["sociale-veiligheid", "criminaliteit-en-ondermijning"],
        "audiences": ["po", "vo", "mbo", "teamleider"],
        "dimension": "bewustwording",
        "duration_minutes": 10,
        "format": "teamsessie",
        "provider": "Alliantie WIJschool",
        "evidence": "unknown",
        "keywords": ["teamvergadering", "agendapunt", "signalen", "routine"],
    },
    {
        "slug": "factsheet-lokale-problematiek",
        "type": "intervention",
        "title_nl": "Factsheet over lokale problematiek",
        "summary_nl": (
            "Maak met gemeentelijke cijfers een infographic van één pagina over wat er in jullie wijk of gemeente "
            "speelt rond jeugd en veiligheid."
        ),
        "body_nl": [
            "Vraag de gemeente of het veiligheidshuis om recente, openbare cijfers over jeugdcriminaliteit, "
            "wapenincidenten, verzuim en jeugdhulp in jullie gebied. Veel gemeenten hebben die al beschikbaar in "
            "een monitor.",
            "Kies vijf of zes cijfers die het team iets zeggen en zet ze op één pagina, met een korte uitleg en "
            "een vergelijking met de regio. Voeg toe wie in de gemeente je aanspreekpunt is voor vragen.",
            "Presenteer de factsheet aan het begin van het schooljaar en hang hem op in de personeelskamer. "
            "Cijfers uit de eigen buurt maken een thema concreter dan landelijke verhalen.",
        ],
        "solves_nl": "Voor scholen waar collega's denken dat criminaliteit 'hier niet speelt'.",
        "themes": ["criminaliteit-en-ondermijning", "jongeren-en-wapens"],
        "audiences": ["vo", "mbo", "po", "gemeente", "directeur"],
        "dimension": "bewustwording",
        "duration_minutes": 120,
        "format": "individueel",
        "provider": "Alliantie WIJschool",
        "evidence": "unknown",
        "keywords": ["infographic", "cijfers", "gemeente", "lokale situatie"],
    },
    # --- Bereidheid: lastig om het onderwerp bespreekbaar te maken ---
    {
        "slug": "taboevrije-bespreekruimte-in-teamoverleg",
        "type": "intervention",
        "title_nl": "Een taboevrije bespreekruimte in het teamoverleg",
        "summary_nl": (
            "Maak in het teamoverleg bewust ruimte voor twijfels, onzekerheid en ongemak, zodat collega's "
            "durven te zeggen wat ze zien."
        ),
        "body_nl": [
            "Veel collega's zwijgen over een vermoeden omdat ze bang zijn om te overdrijven of een leerling te "
            "stigmatiseren. Spreek als team uit dat twijfel delen juist professioneel is, en dat niemand wordt "
            "afgerekend op een zorg die achteraf meevalt.",
            "Organiseer een paar keer per jaar een 'open kwartier' waarin collega's zonder voorbereiding een "
            "situatie mogen inbrengen. De gespreksleider bewaakt dat er eerst vragen worden gesteld en pas "
            "daarna adviezen gegeven.",
            "Let op wie er niet aan het woord komt: nieuwe collega's, ondersteunend personeel, collega's met een "
            "andere achtergrond. Vraag hen ook buiten het overleg naar hun ervaringen.",
        ],
        "title_en": "A taboo-free space in team meetings",
        "summary_en": (
            "Deliberately make room in team meetings for doubts, uncertainty and discomfort, so colleagues dare "
            "to say what they see."
        ),
        "body_en": [
            "Many colleagues keep quiet about a suspicion because they fear exaggerating or stigmatising a pupil. "
            "As a team, state clearly that sharing doubt is precisely what professionals do, and that nobody is "
            "blamed for a concern that later turns out to be minor.",
            "A few times a year, hold an 'open quarter of an hour' in which colleagues may bring up a situation "
            "without preparation. The facilitator makes sure questions are asked first and advice is given only "
            "afterwards.",
            "Notice who does not get to speak: new colleagues, support staff, colleagues from a different "
            "background. Ask them about their experiences outside the meeting too.",
        ],
        "solves_nl": "Voor teams waarin collega's het moeilijk vinden om vermoedens en zorgen hardop te delen.",
        "solves_en": "For teams in which colleagues find it hard to voice suspicions and concerns.",
        "themes": ["sociale-veiligheid", "polarisatie", "criminaliteit-en-ondermijning"],
        "audiences": ["po", "so", "vo", "mbo", "teamleider"],
        "dimension": "bereidheid",
        "duration_minutes": 15,
        "format": "teamsessie",
        "provider": "Alliantie WIJschool",
        "evidence": "practice",
        "keywords": ["teamcultuur", "bespreekbaar maken", "twijfel", "taboe"],
    },
    {
        "slug": "gespreksvaardigheidstraining-vermoedens",
        "type": "intervention",
        "title_nl": "Gespreksvaardigheid: hoe begin je over een vermoeden?",
        "summary_nl": (
            "Een korte teamtraining waarin collega's oefenen met de eerste zinnen van een gesprek over een zorg, "
            "met leerlingen en met ouders."
        ),
        "body_nl": [
            "De eerste minuut van een zorggesprek bepaalt vaak hoe het verder gaat. In deze sessie van twee uur "
            "oefenen collega's met openingszinnen die uitnodigen in plaats van beschuldigen, zoals 'ik zie dat "
            "je de laatste tijd anders bent, en dat houdt me bezig'.",
            "Er wordt geoefend in kleine groepjes met herkenbare situaties: een leerling met dure spullen, een "
            "kind dat thuis geen veilige plek lijkt te hebben, een ouder die boos reageert. Een collega observeert "
            "en geeft feedback.",
            "Sluit af met afspraken over wat je na het gesprek doet: vastleggen, overleggen met de "
            "zorgcoördinator en een vervolgafspraak maken met de leerling. Wie wil, brengt een paar weken later een "
            "eigen gesprek in ter nabespreking.",
        ],
        "solves_nl": "Voor collega's die het lastig vinden om een gesprek over een vermoeden te beginnen.",
        "themes": ["criminaliteit-en-ondermijning", "huiselijk-geweld", "uitbuiting"],
        "audiences": ["po", "vo", "mbo", "so", "mentor", "docent"],
        "dimension": "bereidheid",
        "duration_minutes": 120,
        "format": "teamsessie",
        "provider": "Centrum Weerbare Jeugd",
        "evidence": "practice",
        "keywords": ["gespreksvaardigheid", "vermoeden", "oudergesprek", "oefenen"],
    },
    {
        "slug": "gedragsverwachtingen-in-schoolveiligheidsplan",
        "type": "intervention",
        "title_nl": "Gedragsverwachtingen vastleggen in het schoolveiligheidsplan",
        "summary_nl": (
            "Beschrijf in het schoolveiligheidsplan wat je van medewerkers verwacht als ze iets zien, en wie "
            "waarvoor verantwoordelijk is."
        ),
        "body_nl": [
            "Een veiligheidsplan beschrijft vaak wat leerlingen moeten doen, maar zelden wat medewerkers wordt "
            "gevraagd. Leg vast wat de school verwacht: dat iedereen signalen noteert, binnen een dag doorgeeft "
            "en niet zelf gaat onderzoeken.",
            "Formuleer de verwachtingen samen met het team, niet alleen in de directiekamer. Dat kost een extra "
            "overleg, maar zorgt ervoor dat collega's de afspraken herkennen en naleven.",
            "Laat de verwachtingen terugkomen in het inwerkprogramma voor nieuwe collega's en in de jaarlijkse "
            "evaluatie van het plan. Zo blijven ze ook na personeelswisselingen bekend.",
        ],
        "solves_nl": "Voor scholen waar niet vastligt wat van medewerkers wordt verwacht bij zorgwekkend gedrag.",
        "themes": ["sociale-veiligheid"],
        "audiences": ["po", "so", "vo", "mbo", "directeur", "teamleider"],
        "dimension": "bereidheid",
        "duration_minutes": 120,
        "format": "teamsessie",
        "provider": "Kenniskring Veilige School",
        "evidence": "practice",
        "keywords": ["schoolveiligheidsplan", "gedragsafspraken", "verantwoordelijkheden", "beleid"],
    },
    # --- Bereidheid: onduidelijk wie verantwoordelijk is ---
    {
        "slug": "aanspreekpunt-per-locatie",
        "type": "intervention",
        "title_nl": "Eén helder aanspreekpunt per locatie of team",
        "summary_nl": (
            "Wijs per locatie of team een vast aanspreekpunt voor veiligheidszorgen aan, met een vervanger, en "
            "maak dat voor iedereen zichtbaar."
        ),
        "body_nl": [
            "Kies iemand die goed bereikbaar is en het vertrouwen van collega's heeft; dat hoeft niet de "
            "teamleider te zijn. Benoem ook een vervanger voor dagen dat het aanspreekpunt er niet is.",
            "Maak de naam en bereikbaarheid zichtbaar op een plek die iedereen dagelijks ziet, zoals het "
            "rooster, de personeelskamer en het intranet. Zorg dat ook invallers en stagiairs het weten.",
            "Plan eens per kwartaal een kort overleg tussen de aanspreekpunten van verschillende locaties om "
            "ervaringen te delen en zaken die meerdere locaties raken op tijd te zien. Een half uur is vaak genoeg.",
        ],
        "solves_nl": "Voor scholen waar onduidelijk is bij wie een collega met een zorg terechtkan.",
        "themes": ["sociale-veiligheid", "criminaliteit-en-ondermijning"],
        "audiences": ["po", "vo", "mbo", "directeur", "teamleider"],
        "dimension": "bereidheid",
        "duration_minutes": 60,
        "format": "teamsessie",
        "provider": "Alliantie WIJschool",
        "evidence": "practice",
        "keywords": ["aanspreekpunt", "taakverdeling", "bereikbaarheid", "locatie"],
    },
    {
        "slug": "meldstructuur-visualiseren",
        "type": "intervention",
        "title_nl": "De meldstructuur op één pagina",
        "summary_nl": (
            "Teken de interne en externe meldroute als eenvoudig stroomschema, zodat iedereen in één oogopslag "
            "ziet wie wat doet."
        ),
        "body_nl": [
            "Zet met het zorgteam en een paar docenten op papier hoe een melding loopt: van de collega die iets "
            "ziet, via het aanspreekpunt en de zorgcoördinator, naar ketenpartners zoals leerplicht, Veilig "
            "Thuis, politie of jeugdhulp. Begin bij de praktijk van nu, niet bij hoe het op papier zou moeten.",
            "Houd het schema eenvoudig, met kleuren voor 'direct gevaar', 'zorg' en 'twijfel'. Zet per stap de "
            "rol, niet de naam, zodat het schema ook klopt als er iemand vertrekt.",
            "Test het schema met twee of drie casussen voordat je het verspreidt. Hang het daarna op in elk "
            "lokaal waar personeel komt en neem het op in het schoolveiligheidsplan.",
        ],
        "title_en": "The reporting structure on a single page",
        "summary_en": (
            "Draw the internal and external reporting route as a simple flow chart so everyone can see at a "
            "glance who does what."
        ),
        "body_en": [
            "With the care team and a few teachers, set out on paper how a report is handled: from the colleague "
            "who notices something, via the contact person and the care coordinator, to partner agencies such as "
            "the attendance officer, Veilig Thuis, police or youth care. Start from current practice, not from how "
            "it ought to work on paper.",
            "Keep the diagram simple, with colours for 'immediate danger', 'concern' and 'doubt'. For each step "
            "show the role, not the name, so the diagram still holds when someone leaves.",
            "Test the diagram with two or three cases before you circulate it. Then put it up in every room staff "
            "use and include it in the school safety plan.",
        ],
        "solves_nl": "Voor scholen waar taken en meldroutes intern en extern onduidelijk zijn.",
        "solves_en": "For schools where tasks and reporting routes, internal and external, are unclear.",
        "themes": ["sociale-veiligheid", "huiselijk-geweld"],
        "audiences": ["po", "so", "vo", "mbo", "zorgcoordinator", "teamleider"],
        "dimension": "bereidheid",
        "duration_minutes": 120,
        "format": "teamsessie",
        "provider": "Alliantie WIJschool",
        "evidence": "practice",
        "keywords": ["meldstructuur", "stroomschema", "meldroute", "taakverdeling"],
    },
    {
        "slug": "teamsessie-wie-doet-wat-in-deze-casus",
        "type": "intervention",
        "title_nl": "Teamsessie: wie doet wat in deze casus?",
        "summary_nl": (
            "Bespreek een praktijkvoorbeeld stap voor stap en laat iedere rol in het team zeggen wat hij of zij "
            "zou doen."
        ),
        "body_nl": [
            "Kies een herkenbare casus, bijvoorbeeld een leerling die door oudere jongens wordt opgewacht. Lees "
            "hem in delen voor en stel na elk deel de vraag: wie is nu aan zet, en wat doet die?",
            "Laat mensen vanuit hun eigen rol antwoorden: mentor, docent, conciërge, zorgcoördinator, "
            "teamleider. Zo wordt snel duidelijk waar taken overlappen of juist tussen wal en schip vallen.",
            "Noteer de gaten op een flip-over en spreek per gat af wie het oplost. Herhaal de sessie met een "
            "andere casus na een paar maanden.",
        ],
        "solves_nl": "Voor teams waar onduidelijk is wie verantwoordelijk is in een concrete situatie.",
        "themes": ["sociale-veiligheid", "criminaliteit-en-ondermijning", "jongeren-en-wapens"],
        "audiences": ["vo", "mbo", "teamleider", "mentor"],
        "dimension": "bereidheid",
        "duration_minutes": 60,
        "format": "teamsessie",
        "provider": "Alliantie WIJschool",
        "evidence": "practice",
        "keywords": ["casus", "rolverdeling", "praktijkvoorbeeld", "teamsessie"],
    },
    # --- Bekwaamheid: niet goed weten hoe te handelen bij signalen ---
    {
        "slug": "protocollen-opstellen-en-oefenen",
        "type": "intervention",
        "title_nl": "Protocollen opstellen én oefenen",
        "summary_nl": (
            "Schrijf korte, werkbare protocollen voor onder meer wapens, chantage en drugs, en oefen ze minstens "
            "één keer per jaar met het team."
        ),
        "body_nl": [
            "Een protocol van twintig pagina's leest niemand in een spannende situatie. Beperk elk protocol tot "
            "één of twee pagina's met de eerste stappen, de belangrijkste telefoonnummers (op rolniveau) en wie "
            "daarna de regie neemt.",
            "Laat protocollen voor wapens, sexting en chantage, drugs en bedreiging meelezen door de wijkagent en "
            "een collega van de gemeente. Zij weten wat er in de praktijk misgaat.",
            "Oefen elk protocol jaarlijks, bijvoorbeeld met een tafeloefening van een uur. Pas het protocol aan "
            "na elke oefening en na elk echt incident.",
        ],
        "solves_nl": "Voor scholen die niet goed weten hoe te handelen bij signalen van wapens, chantage of drugs.",
        "themes": ["jongeren-en-wapens", "criminaliteit-en-ondermijning", "sociale-veiligheid"],
        "audiences": ["vo", "mbo", "so", "directeur", "teamleider"],
        "dimension": "bekwaamheid",
        "duration_minutes": 240,
        "format": "teamsessie",
        "provider": "Kenniskring Veilige School",
        "evidence": "practice",
        "keywords": ["protocol", "wapens", "chantage", "drugs"],
    },
    {
        "slug": "scenario-oefeningen-met-nabespreking",
        "type": "intervention",
        "title_nl": "Scenario's oefenen en casuïstiek nabespreken",
        "summary_nl": (
            "Oefen realistische scenario's en bespreek echte casussen systematisch na, zodat het team leert van "
            "wat er gebeurde."
        ),
        "body_nl": [
            "Kies twee keer per jaar een scenario dat bij jullie school past, zoals een dreigbericht op sociale "
            "media, een leerling die zich radicaliseert of een vechtpartij bij de ingang. Speel het door met de "
            "mensen die in het echt een rol zouden hebben.",
            "Bespreek echte incidenten binnen twee weken na, met een vaste structuur: wat gebeurde er, wat ging "
            "goed, wat kan beter en wat passen we aan? Richt je op het systeem, niet op de schuldvraag.",
            "Leg de lessen vast in een kort logboek. Na een jaar heb je zo een verzameling ervaringen die "
            "nieuwe collega's helpt.",
        ],
        "solves_nl": "Voor teams die handelingsverlegen zijn als er iets ernstigs gebeurt.",
        "themes": ["jongeren-en-wapens", "radicalisering-en-extremisme", "sociale-veiligheid"],
        "audiences": ["vo", "mbo", "teamleider", "zorgcoordinator"],
        "dimension": "bekwaamheid",
        "duration_minutes": 90,
        "format": "teamsessie",
        "provider": "Kenniskring Veilige School",
        "evidence": "practice",
        "keywords": ["scenario", "nabespreking", "casuïstiek", "leren"],
    },
    {
        "slug": "korte-lijnen-met-netwerkpartners",
        "type": "intervention",
        "title_nl": "Korte lijnen met netwerkpartners",
        "summary_nl": (
            "Richt een vast, regelmatig overleg in met de belangrijkste partners, zodat je elkaar kent voordat "
            "het nodig is."
        ),
        "body_nl": [
            "Plan een overleg van een uur, eens per zes tot acht weken, met in elk geval de wijkagent, het "
            "jongerenwerk, leerplicht en het buurt- of wijkteam. Wissel af tussen de school en een locatie van "
            "een partner.",
            "Bespreek trends en zorgen op groepsniveau, en bespreek individuele leerlingen alleen als de "
            "afspraken over informatie delen dat toelaten. Leg vast wat je afspreekt en wie het oppakt.",
            "Spreek ook af hoe je elkaar tussendoor bereikt bij spoed. Een vast nummer per partner voorkomt dat "
            "je in een crisis via een algemene lijn moet.",
        ],
        "solves_nl": "Voor scholen waar contact met netwerkpartners pas ontstaat als er al iets aan de hand is.",
        "themes": ["criminaliteit-en-ondermijning", "sociale-veiligheid", "schoolaanwezigheid-en-verzuim"],
        "audiences": ["vo", "mbo", "po", "zorgcoordinator", "gemeente"],
        "dimension": "bekwaamheid",
        "duration_minutes": 60,
        "format": "teamsessie",
        "provider": "Alliantie WIJschool",
        "evidence": "practice",
        "keywords": ["overlegstructuur", "wijkagent", "jongerenwerk", "leerplicht"],
    },
    # --- Bekwaamheid: onvoldoende interculturele sensitiviteit ---
    {
        "slug": "training-culturele-inclusie",
        "type": "intervention",
        "title_nl": "Training culturele inclusie",
        "summary_nl": (
            "Een teamtraining over de eigen culturele bril, verschillende communicatiestijlen en hoe je met "
            "leerlingen en ouders van diverse achtergronden in gesprek blijft."
        ),
        "body_nl": [
            "Begin bij jezelf: welke normen vind je vanzelfsprekend, en waar komen die vandaan? Deelnemers "
            "ontdekken in korte oefeningen hoe hun eigen achtergrond kleurt wat ze 'brutaal', 'beleefd' of "
            "'betrokken' vinden.",
            "Daarna oefenen ze met situaties uit de school: een ouder die de leerkracht niet aankijkt, een "
            "leerling die thuis voor broertjes en zusjes zorgt, een klas waarin humor over afkomst de norm is. Per "
            "situatie zoeken ze een reactie die recht doet aan leerling én school.",
            "Sluit af met concrete afspraken voor het team, bijvoorbeeld over het inzetten van tolken en "
            "sleutelpersonen. Reken op twee dagdelen.",
        ],
        "solves_nl": "Voor teams met onvoldoende interculturele sensitiviteit in contact met leerlingen en ouders.",
        "themes": ["gelijke-kansen", "polarisatie"],
        "audiences": ["po", "vo", "mbo", "so", "docent", "mentor"],
        "dimension": "bekwaamheid",
        "duration_minutes": 360,
        "format": "teamsessie",
        "provider": "Leernetwerk Gelijke Kansen",
        "evidence": "promising",
        "keywords": ["inclusie", "cultuursensitief", "communicatie", "diversiteit"],
    },
    {
        "slug": "inclusief-personeelsbeleid",
        "type": "intervention",
        "title_nl": "Inclusiever personeelsbeleid",
        "summary_nl": (
            "Werk aan een team dat beter aansluit bij de leerlingen en de samenleving, van werving tot "
            "begeleiding van nieuwe collega's."
        ),
        "body_nl": [
            "Kijk eerlijk naar de samenstelling van je team in vergelijking met je leerlingen. Leerlingen die "
            "zich herkennen in hun docenten, voelen zich vaak sneller gezien.",
            "Pas vacatureteksten en selectiecommissies aan, werf ook via netwerken buiten het onderwijs en "
            "bied begeleiding aan zij-instromers. Let erop dat nieuwe collega's niet automatisch de 'expert' voor "
            "hun eigen achtergrond worden.",
            "Dit is een traject van meerdere jaren. Maak het onderdeel van het strategisch personeelsbeleid en "
            "evalueer jaarlijks wat er veranderd is.",
        ],
        "solves_nl": "Voor scholen waar het team weinig aansluiting heeft bij de leefwereld van leerlingen.",
        "themes": ["gelijke-kansen"],
        "audiences": ["po", "vo", "mbo", "directeur"],
        "dimension": "bekwaamheid",
        "duration_minutes": None,
        "format": "teamsessie",
        "provider": "Leernetwerk Gelijke Kansen",
        "evidence": "unknown",
        "keywords": ["personeelsbeleid", "diversiteit", "werving", "zij-instromers"],
    },
    {
        "slug": "reflectie-cultuur-en-communicatie-met-jongerenwerk",
        "type": "intervention",
        "title_nl": "Samen met jongerenwerk reflecteren op cultuur en communicatie",
        "summary_nl": (
            "Organiseer met jongerenwerkers een reflectiebijeenkomst over de leefwereld van jongeren en de "
            "manier waarop school en jongeren met elkaar praten."
        ),
        "body_nl": [
            "Jongerenwerkers zien leerlingen in een andere omgeving dan docenten, en horen vaak hoe leerlingen "
            "over school praten. Nodig twee of drie jongerenwerkers uit voor een bijeenkomst van anderhalf uur.",
            "Laat hen vertellen wat jongeren bezighoudt en wat ze van school vinden, zonder namen. Bespreek "
            "daarna situaties waarin communicatie tussen school en leerling vastliep, en wat een jongerenwerker "
            "anders zou doen.",
            "Spreek af hoe jullie elkaar blijven vinden, bijvoorbeeld met een vast spreekuur van het "
            "jongerenwerk in de school. Zo wordt het contact een gewoonte in plaats van een uitzondering.",
        ],
        "solves_nl": "Voor scholen waar de leefwereld van docenten en jongeren ver uit elkaar ligt.",
        "themes": ["polarisatie", "gelijke-kansen", "criminaliteit-en-ondermijning"],
        "audiences": ["vo", "mbo", "docent", "mentor"],
        "dimension": "bekwaamheid",
        "duration_minutes": 90,
        "format": "teamsessie",
        "provider": "Alliantie WIJschool",
        "evidence": "practice",
        "keywords": ["jongerenwerk", "leefwereld", "reflectie", "communicatie"],
    },
    # --- Bekwaamheid: beperkte samenwerking met ketenpartners ---
    {
        "slug": "netwerkkaart-ketenpartners",
        "type": "intervention",
        "title_nl": "Een netwerkkaart van alle ketenpartners",
        "summary_nl": (
            "Breng alle relevante partners rond de school in kaart, met rol, contactpersoon en wanneer je ze "
            "inschakelt."
        ),
        "body_nl": [
            "Maak een overzicht van de partners die voor jullie school ertoe doen: jongerenwerk, wijkagent, "
            "leerplicht, jeugdhulp, GGD of jeugdarts, buurtteam, Veilig Thuis en het zorg- en veiligheidshuis. "
            "Noteer per partner de rol, een contactpersoon en wanneer je ze benadert.",
            "Controleer de gegevens door elke partner kort te bellen. Dat is meteen een goede aanleiding om "
            "kennis te maken als je elkaar nog niet kent.",
            "Bewaar de kaart op een plek waar het zorgteam en de schoolleiding erbij kunnen, en zet een datum "
            "in de agenda om hem twee keer per jaar bij te werken. Noteer ook wanneer je een partner voor het laatst "
            "sprak.",
        ],
        "title_en": "A network map of all partner agencies",
        "summary_en": (
            "Map every relevant partner around the school, with their role, a contact person and when to involve them."
        ),
        "body_en": [
            "Make an overview of the partners that matter to your school: youth work, community police officer, "
            "attendance officer, youth care, public health service or youth doctor, neighbourhood team, Veilig "
            "Thuis and the care-and-safety house. For each partner note the role, a contact person and when you "
            "approach them.",
            "Check the details by giving each partner a quick call. That is also a good excuse to introduce "
            "yourselves if you do not know each other yet.",
            "Keep the map where the care team and school leadership can reach it, and put a date in the diary to "
            "update it twice a year. Also note when you last spoke to each partner.",
        ],
        "solves_nl": "Voor scholen met beperkte samenwerking met ketenpartners en weinig zicht op wie wie is.",
        "solves_en": "For schools with limited cooperation with partner agencies and little idea of who is who.",
        "themes": ["criminaliteit-en-ondermijning", "sociale-veiligheid", "huiselijk-geweld"],
        "audiences": ["po", "so", "vo", "mbo", "zorgcoordinator", "gemeente"],
        "dimension": "bekwaamheid",
        "duration_minutes": 120,
        "format": "individueel",
        "provider": "Alliantie WIJschool",
        "evidence": "practice",
        "keywords": ["netwerkkaart", "ketenpartners", "contactpersonen", "samenwerking"],
    },
    {
        "slug": "jaarlijkse-netwerkbijeenkomst",
        "type": "intervention",
        "title_nl": "Jaarlijkse netwerkbijeenkomst",
        "summary_nl": (
            "Breng eens per jaar jongerenwerk, politie, leerplicht, jeugdhulp en school samen om trends te "
            "bespreken en afspraken te vernieuwen."
        ),
        "body_nl": [
            "Plan de bijeenkomst aan het begin van het schooljaar, als nieuwe collega's en nieuwe partners nog "
            "moeten kennismaken. Twee tot drie uur is genoeg.",
            "Begin met een korte ronde over wat iedere partner het afgelopen jaar zag. Werk daarna in gemengde "
            "groepjes aan twee of drie casussen of thema's, zoals ronselen rond stations of groeiend verzuim in de "
            "onderbouw.",
            "Sluit af met concrete afspraken voor het komende jaar en actualiseer samen de netwerkkaart. De "
            "gemeente kan hierin een regierol spelen.",
        ],
        "solves_nl": "Voor scholen en gemeenten waar partners elkaar te weinig kennen en afspraken verouderen.",
        "themes": ["criminaliteit-en-ondermijning", "schoolaanwezigheid-en-verzuim", "sociale-veiligheid"],
        "audiences": ["vo", "mbo", "po", "gemeente", "directeur"],
        "dimension": "bekwaamheid",
        "duration_minutes": 180,
        "format": "teamsessie",
        "provider": "Alliantie WIJschool",
        "evidence": "practice",
        "keywords": ["netwerkbijeenkomst", "ketenpartners", "trends", "afspraken"],
    },
    {
        "slug": "samenwerkingsafspraken-in-convenant",
        "type": "intervention",
        "title_nl": "Samenwerkingsafspraken vastleggen in werkplan of convenant",
        "summary_nl": (
            "Leg samenwerkingsafspraken met ketenpartners schriftelijk vast, zodat ze niet afhangen van één "
            "persoon en ook bij wisselingen blijven staan."
        ),
        "body_nl": [
            "Goede samenwerking steunt vaak op persoonlijke contacten, en valt weg als iemand vertrekt. Een "
            "werkplan of convenant legt vast wie wat doet, hoe je elkaar informeert en welke informatie gedeeld "
            "mag worden.",
            "Begin klein: een werkplan met drie of vier afspraken tussen school, gemeente, politie en "
            "jongerenwerk. Laat een convenant met meerdere scholen en partners groeien uit wat in de praktijk "
            "werkt.",
            "Evalueer de afspraken jaarlijks, bijvoorbeeld tijdens de netwerkbijeenkomst. Laat de "
            "privacyparagraaf controleren door de functionaris gegevensbescherming.",
        ],
        "title_en": "Setting down cooperation agreements in a work plan or covenant",
        "summary_en": (
            "Put cooperation agreements with partner agencies in writing, so they do not depend on one person and "
            "survive changes of staff."
        ),
        "body_en": [
            "Good cooperation often rests on personal contacts and falls away when someone leaves. A work plan or "
            "covenant sets out who does what, how you keep each other informed and what information may be "
            "shared.",
            "Start small: a work plan with three or four agreements between school, municipality, police and "
            "youth work. Let a covenant with several schools and partners grow out of what works in practice.",
            "Review the agreements every year, for example at the network meeting. Have the privacy section "
            "checked by the data protection officer.",
        ],
        "solves_nl": "Voor samenwerking met ketenpartners die beperkt of te afhankelijk van personen is.",
        "solves_en": "For cooperation with partner agencies that is limited or too dependent on individuals.",
        "themes": ["criminaliteit-en-ondermijning", "sociale-veiligheid", "schoolaanwezigheid-en-verzuim"],
        "audiences": ["po", "vo", "mbo", "gemeente", "directeur"],
        "dimension": "bekwaamheid",
        "duration_minutes": None,
        "format": "teamsessie",
        "provider": "Alliantie WIJschool",
        "evidence": "practice",
        "keywords": ["convenant", "werkplan", "ketensamenwerking", "privacy"],
    },
    # --- Schoolaanwezigheid (seed 002) ---
    {
        "slug": "eerste-signaal-van-verzuim-serieus-nemen",
        "type": "intervention",
        "title_nl": "Het eerste signaal van verzuim serieus nemen",
        "summary_nl": (
            "Reageer op de eerste keer dat een leerling wegblijft of te laat komt, met aandacht en zonder "
            "verwijt. Kleine moeite, groot effect."
        ),
        "body_nl": [
            "Spreek als team af dat iedere ongeoorloofde afwezigheid of opvallende ziekmelding dezelfde dag een "
            "reactie krijgt: een appje, telefoontje of korte vraag bij terugkomst. De toon is 'we misten je', "
            "niet 'waar was je'.",
            "Leg vast wie dat doet. In het po is dat meestal de leerkracht, in vo en mbo de mentor of een "
            "verzuimcoördinator. Zorg dat de registratie snel genoeg is om dit mogelijk te maken.",
            "Houd in de gaten of een patroon ontstaat en bespreek dat vroeg met de leerling en ouders. Hoe eerder, "
            "hoe makkelijker het is om samen iets te veranderen.",
        ],
        "title_en": "Taking the first sign of absence seriously",
        "summary_en": (
            "Respond the first time a pupil stays away or arrives late, with attention and without blame. Little "
            "effort, big effect."
        ),
        "body_en": [
            "Agree as a team that every unauthorised absence or striking sick report gets a response the same "
            "day: a text, a phone call or a brief question on their return. The tone is 'we missed you', not "
            "'where were you'.",
            "Decide who does this. In primary school it is usually the class teacher, in secondary and vocational "
            "education the form tutor or an attendance coordinator. Make sure registration is quick enough to "
            "allow this.",
            "Watch whether a pattern develops and discuss it early with the pupil and parents. The sooner you do, "
            "the easier it is to change something together.",
        ],
        "solves_nl": "Voor scholen waar verzuim pas aandacht krijgt als een leerling al langer wegblijft.",
        "solves_en": "For schools where absence only gets attention once a pupil has been away for some time.",
        "themes": ["schoolaanwezigheid-en-verzuim"],
        "audiences": ["po", "vo", "mbo", "so", "mentor", "docent"],
        "dimension": "bereidheid",
        "duration_minutes": 5,
        "format": "individueel",
        "provider": "Werkplaats Schoolaanwezigheid",
        "evidence": "promising",
        "keywords": ["verzuim", "vroegsignalering", "eerste signaal", "contact"],
    },
    {
        "slug": "kaart-van-de-klas-voor-een-thuiszitter",
        "type": "intervention",
        "title_nl": "Een kaart van de klas voor wie thuis zit",
        "summary_nl": (
            "Laat de klas samen iets sturen naar een klasgenoot die al een tijd niet op school is, zodat die "
            "merkt dat hij of zij gemist wordt."
        ),
        "body_nl": [
            "Thuiszitters vertellen vaak dat ze het gevoel hadden dat niemand hen miste. Een kaart, brief of kort "
            "filmpje van de klas laat het tegendeel zien. Overleg eerst met ouders en, als dat kan, met de "
            "leerling of het welkom is.",
            "Laat iedere klasgenoot een korte, gewone zin schrijven over wat er in de klas gebeurt. Vermijd "
            "'beterschap' als er geen sprake is van ziekte; het gaat om verbinding, niet om de reden van "
            "afwezigheid.",
            "Gebruik het moment ook om met de klas te praten over hoe ze een klasgenoot welkom heten die "
            "terugkomt. Dat maakt de stap terug een stuk kleiner.",
        ],
        "title_en": "A card from the class for a pupil who is at home",
        "summary_en": (
            "Have the class send something together to a classmate who has been out of school for a while, so "
            "they notice they are missed."
        ),
        "body_en": [
            "Pupils who stayed at home often say they felt nobody missed them. A card, letter or short video from "
            "the class shows the opposite. Check first with the parents and, if possible, the pupil whether it "
            "would be welcome.",
            "Let each classmate write a short, ordinary sentence about what is happening in class. Avoid 'get "
            "well soon' if illness is not the reason; it is about connection, not about why they are away.",
            "Use the moment to talk with the class about how to welcome a classmate back. That makes the step "
            "back a lot smaller.",
        ],
        "solves_nl": "Voor leerlingen die langdurig thuis zitten en het contact met de klas dreigen te verliezen.",
        "solves_en": "For pupils who have been at home for a long time and risk losing touch with their class.",
        "themes": ["schoolaanwezigheid-en-verzuim", "welbevinden"],
        "audiences": ["po", "so", "vo", "mentor", "docent"],
        "dimension": "bereidheid",
        "duration_minutes": 20,
        "format": "klassikaal",
        "provider": "Werkplaats Schoolaanwezigheid",
        "evidence": "practice",
        "keywords": ["thuiszitter", "verbinding", "klas", "terugkeer"],
    },
    {
        "slug": "verzuimspreekuur-met-leerplicht",
        "type": "intervention",
        "title_nl": "Verzuimspreekuur met de leerplichtambtenaar op school",
        "summary_nl": (
            "Een vast spreekuur van de leerplichtambtenaar in de school, voor korte gesprekken met leerlingen die "
            "te veel verzuimen en hun ouders."
        ),
        "body_nl": [
            "De leerplichtambtenaar is één dagdeel per maand aanwezig in de school. De verzuimcoördinator nodigt "
            "leerlingen uit bij wie het verzuim oploopt, samen met hun ouders als dat kan.",
            "In een kort gesprek maakt de leerplichtambtenaar duidelijk dat het verzuim te hoog is en vraagt hij "
            "wat er speelt. Blijkt er meer aan de hand, dan wordt een apart en uitgebreider gesprek gepland.",
            "Het laagdrempelige karakter is de kracht: de leerplichtambtenaar wordt een bekend gezicht in plaats "
            "van iemand die pas komt als het uit de hand loopt. Evalueer het spreekuur jaarlijks met school en "
            "gemeente.",
        ],
        "solves_nl": "Voor scholen waar leerplicht pas in beeld komt als het verzuim al ver is opgelopen.",
        "themes": ["schoolaanwezigheid-en-verzuim"],
        "audiences": ["vo", "mbo", "po", "zorgcoordinator", "gemeente"],
        "dimension": "bekwaamheid",
        "duration_minutes": 180,
        "format": "individueel",
        "provider": "Werkplaats Schoolaanwezigheid",
        "evidence": "practice",
        "keywords": ["leerplicht", "spreekuur", "verzuim", "oudergesprek"],
    },
    {
        "slug": "outreachend-huisbezoek-bij-aanhoudend-verzuim",
        "type": "intervention",
        "title_nl": "Outreachend huisbezoek bij aanhoudend verzuim",
        "summary_nl": (
            "Een onafhankelijke professional gaat op verzoek van de school bij het gezin langs om samen te "
            "onderzoeken wat er nodig is."
        ),
        "body_nl": [
            "Sommige regio's hebben een outreachend team dat bij aanhoudend verzuim contact zoekt met leerling "
            "en gezin. Omdat deze professional niet bij de school hoort en rustig thuis kan komen, stellen gezinnen "
            "zich vaak meer open dan in een gesprek op school.",
            "Tijdens het bezoek brengt de professional samen met het gezin in kaart hoe leerling, ouders en "
            "school de situatie zien. Op basis daarvan worden afspraken gemaakt, bijvoorbeeld een aangepast "
            "rooster of eerst steun thuis voor een overbelast gezin.",
            "Het uitgangspunt is positief: blij zijn met elke stap en bijstellen wat niet werkt. Vraag bij je "
            "gemeente na of er zo'n team is en hoe je het inschakelt.",
        ],
        "solves_nl": "Voor leerlingen met langdurig verzuim bij wie het contact tussen school en gezin vastloopt.",
        "themes": ["schoolaanwezigheid-en-verzuim", "welbevinden"],
        "audiences": ["po", "vo", "so", "zorgcoordinator", "ib-er", "gemeente"],
        "dimension": "bekwaamheid",
        "duration_minutes": 120,
        "format": "individueel",
        "provider": "GGD-regio (voorbeeld)",
        "evidence": "promising",
        "keywords": ["huisbezoek", "thuiszitter", "gezin", "outreachend"],
    },
    # --- Gelijke kansen (seed 003) ---
    {
        "slug": "rondetafelgesprek-met-de-gemeente-over-gelijke-kansen",
        "type": "intervention",
        "title_nl": "Rondetafelgesprek met de gemeente over gelijke kansen",
        "summary_nl": (
            "Nodig beleidsmedewerkers jeugd, onderwijs en armoede uit op school om samen doelen en focus voor de "
            "wijk te bepalen."
        ),
        "body_nl": [
            "Ken je de beleidsmensen van je gemeente nauwelijks, nodig ze dan uit voor een gesprek van anderhalf "
            "uur aan tafel op school. Nodig de beleidsmedewerkers uit die over jeugd, onderwijs en armoede gaan, en eventueel "
            "iemand van het buurtteam.",
            "Bespreek drie vragen: waar ligt onze gezamenlijke focus in deze wijk, welke doelen willen we samen "
            "bereiken en hoe merken we of het lukt? Breng zelf een paar cijfers of voorbeelden mee uit je "
            "school.",
            "Spreek een vervolg af, bijvoorbeeld over een half jaar. Vaak leidt zo'n gesprek tot praktische "
            "samenwerking, zoals een regeling voor schoolkosten of een gezamenlijk project met het "
            "jongerenwerk.",
        ],
        "solves_nl": "Voor scholen die weinig contact hebben met de gemeente over kansengelijkheid in de wijk.",
        "themes": ["gelijke-kansen", "welbevinden"],
        "audiences": ["po", "vo", "directeur", "gemeente"],
        "dimension": "bereidheid",
        "duration_minutes": 90,
        "format": "teamsessie",
        "provider": "Leernetwerk Gelijke Kansen",
        "evidence": "practice",
        "keywords": ["gemeente", "armoede", "wijkaanpak", "samenwerking"],
    },
    {
        "slug": "warme-overdracht-po-vo",
        "type": "intervention",
        "title_nl": "Warme overdracht van po naar vo",
        "summary_nl": (
            "Laat de leerkracht van groep 8 en de mentor in de brugklas elkaar echt spreken over leerlingen die "
            "extra aandacht verdienen."
        ),
        "body_nl": [
            "Een overdrachtsdossier zegt veel over cijfers maar weinig over wat een kind nodig heeft. Plan in het "
            "voorjaar een kort gesprek tussen de leerkracht van groep 8 en de toekomstige mentor voor leerlingen "
            "die kwetsbaar zijn of een kansrijk advies hebben gekregen.",
            "Bespreek wat werkte, wat het kind motiveert en welke steun er thuis is. Betrek ouders en de leerling "
            "zelf: wat willen zij dat de nieuwe school weet?",
            "Plan in oktober een tweede contactmoment om te horen hoe de start verliep. Dat voorkomt dat een "
            "leerling in de eerste maanden uit beeld raakt.",
        ],
        "solves_nl": "Voor leerlingen die bij de overstap naar het vo hun steun en zichtbaarheid kwijtraken.",
        "themes": ["gelijke-kansen", "welbevinden"],
        "audiences": ["po", "vo", "ib-er", "mentor"],
        "dimension": "bereidheid",
        "duration_minutes": 45,
        "format": "individueel",
        "provider": "Leernetwerk Gelijke Kansen",
        "evidence": "promising",
        "keywords": ["overgang", "warme overdracht", "brugklas", "schooladvies"],
    },
]


# ---------------------------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------------------------
def _finalise(items):
    """Give every item the same set of keys: untranslated fields and type-specific fields default to None."""
    for item in items:
        for key in ("title_en", "summary_en", "body_en"):
            item.setdefault(key, None)
        if item["type"] == "film":
            item.setdefault("transcript_en", None)
        if item["type"] in ("training", "intervention"):
            item.setdefault("solves_en", None)
    return items


RESOURCES = _finalise(_ELEARNING + _FILMS + _LESSONS + _KNOWLEDGE + _EXERCISES + _TRAININGS + _INTERVENTIONS)
