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
            "De module duurt 45 minuten en is bedoeld voor leerkrachten en mentoren in po, so en vo.",
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
            "rustplek.",
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
            "calmer task; a pupil who comes in angry may first go to the quiet corner.",
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
            "De les duurt 50 minuten en werkt goed in vo en mbo, ook bij burgerschap of mediawijsheid.",
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
