"""Demo schools and members for WIJschool Community.

Pure data, no Django. Schools and people are invented; BRIN codes are made up and e-mail addresses use the
reserved example.org domain.
"""

SCHOOLS = [
    {"name": "Basisschool De Vlieger", "brin": "91XK", "gemeente": "Zaanstad", "sector": "po"},
    {"name": "Het Dijkcollege", "brin": "93QT", "gemeente": "Haarlem", "sector": "vo"},
    {"name": "Vakcollege Eemzijde", "brin": "95MB", "gemeente": "Amersfoort", "sector": "mbo"},
]

MEMBERS = [
    # Basisschool De Vlieger
    {
        "email": "ib.devlieger@example.org",
        "first_name": "Femke",
        "last_name": "Voorbeeldt",
        "school_brin": "91XK",
        "role": "coordinator",
    },
    {
        "email": "groep6.devlieger@example.org",
        "first_name": "Joris",
        "last_name": "Proefsma",
        "school_brin": "91XK",
        "role": "member",
    },
    # Het Dijkcollege
    {
        "email": "zorg.dijkcollege@example.org",
        "first_name": "Sanne",
        "last_name": "Demohuis",
        "school_brin": "93QT",
        "role": "coordinator",
    },
    {
        "email": "mentor.dijkcollege@example.org",
        "first_name": "Bram",
        "last_name": "Testerink",
        "school_brin": "93QT",
        "role": "member",
    },
    {
        "email": "teamleider.dijkcollege@example.org",
        "first_name": "Noor",
        "last_name": "Fictielaan",
        "school_brin": "93QT",
        "role": "member",
    },
    # Vakcollege Eemzijde
    {
        "email": "veiligheid.eemzijde@example.org",
        "first_name": "Youssef",
        "last_name": "Oefenberg",
        "school_brin": "95MB",
        "role": "coordinator",
    },
    {
        "email": "docent.eemzijde@example.org",
        "first_name": "Lotte",
        "last_name": "Verzinsel",
        "school_brin": "95MB",
        "role": "member",
    },
]
