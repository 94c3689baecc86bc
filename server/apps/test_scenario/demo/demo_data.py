"""The demo accounts that `manage.py seed_demo` creates: who they are and their identities."""

from typing import TypedDict

IdentitySeed = tuple[str, str, str]  # name, category, "I am ..." statement


class ScenarioSeed(TypedDict):
    name: str
    description: str
    email: str
    first_name: str
    last_name: str
    identities: list[IdentitySeed]


DEMO_SCENARIOS: list[ScenarioSeed] = [
    {
        "name": "New coach, first month",
        "description": "A career changer building a coaching practice from scratch.",
        "email": "maya.okafor@demo.example.com",
        "first_name": "Maya",
        "last_name": "Okafor",
        "identities": [
            (
                "Creative Visionary",
                "Career",
                "I am a creative visionary who turns ideas into work people love.",
            ),
            (
                "Confident Speaker",
                "Communication",
                "I am a calm, clear speaker who owns every room I enter.",
            ),
            ("Trail Runner", "Health", "I am a runner who finds strength on long mountain trails."),
        ],
    },
    {
        "name": "Founder under pressure",
        "description": "A startup founder balancing growth, a team and a young family.",
        "email": "daniel.reyes@demo.example.com",
        "first_name": "Daniel",
        "last_name": "Reyes",
        "identities": [
            (
                "Decisive Leader",
                "Leadership",
                "I am a leader who makes clear decisions and stands by them.",
            ),
            (
                "Present Parent",
                "Family",
                "I am a parent who is fully present for the people I love.",
            ),
            (
                "Lifelong Learner",
                "Growth",
                "I am always learning, and every setback teaches me something.",
            ),
            ("Calm Under Fire", "Wellbeing", "I am steady and calm when the pressure is highest."),
        ],
    },
    {
        "name": "Returning athlete",
        "description": "A former swimmer getting back into competition after an injury.",
        "email": "ingrid.larsen@demo.example.com",
        "first_name": "Ingrid",
        "last_name": "Larsen",
        "identities": [
            (
                "Comeback Champion",
                "Sport",
                "I am a champion who comes back stronger after every fall.",
            ),
            (
                "Disciplined Athlete",
                "Health",
                "I am disciplined, and I show up for training every day.",
            ),
            ("Team Mentor", "Community", "I am a mentor who lifts up every swimmer on my team."),
        ],
    },
    {
        "name": "Coach across languages",
        "description": "A coach whose clients write their identities in Arabic, Hebrew and Greek.",
        "email": "mariam.haddad@demo.example.com",
        "first_name": "Mariam",
        "last_name": "Haddad",
        "identities": [
            ("قائدة ملهمة", "Leadership", "أنا قائدة تلهم فريقها كل يوم."),
            ("Zoë\u2019s Café — Pioneer", "Career", "I run a café people cross town for."),
            ("מורה נועזת", "Growth", "אני מורה שמעזה לנסות דברים חדשים."),
            ("Ήρεμη Δύναμη", "Wellbeing", "Είμαι ήρεμη και σταθερή όταν η πίεση είναι μεγάλη."),
        ],
    },
]

ADMIN_IDENTITIES: list[IdentitySeed] = [
    ("Bold Innovator", "Career", "I am an innovator who builds tools that help people grow."),
    (
        "Adventurous Explorer",
        "Lifestyle",
        "I am an explorer who says yes to new places and people.",
    ),
]
