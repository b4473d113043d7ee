"""Ship the default rating scale and the Reviewers and Editors groups."""

from django.db import migrations

DEFAULT_SCALE = "Truth-O-Meter style (default)"

# (label, value, description); value None = off the scale.
LABELS = [
    ("True", 6, "The statement is accurate and nothing significant is missing."),
    ("Mostly true", 5, "Accurate but needs clarification or additional information."),
    ("Half true", 4, "Partially accurate; leaves out important details or context."),
    ("Mostly false", 3, "Contains an element of truth but ignores critical facts."),
    ("False", 2, "The statement is not accurate."),
    ("Pants on fire", 1, "Not accurate and makes a ridiculous claim."),
    ("Unverifiable", None, "The available evidence can neither confirm nor refute it."),
    ("Not a claim", None, "Opinion, prediction or otherwise not checkable as fact."),
]


def create(apps, schema_editor):
    RatingScale = apps.get_model("annotations", "RatingScale")
    Rating = apps.get_model("annotations", "Rating")
    Group = apps.get_model("auth", "Group")
    scale, _ = RatingScale.objects.get_or_create(
        name=DEFAULT_SCALE,
        defaults={
            "description": "Six ordered labels from True to Pants on fire, plus two "
            "labels off the scale.",
            "best_value": 6,
            "worst_value": 1,
            "is_default": True,
        },
    )
    for order, (label, value, description) in enumerate(LABELS, start=1):
        Rating.objects.get_or_create(
            scale=scale,
            label=label,
            defaults={"value": value, "description": description, "order": order},
        )
    for name in ("Reviewers", "Editors"):
        Group.objects.get_or_create(name=name)


def remove(apps, schema_editor):
    apps.get_model("annotations", "RatingScale").objects.filter(
        name=DEFAULT_SCALE
    ).delete()
    apps.get_model("auth", "Group").objects.filter(
        name__in=["Reviewers", "Editors"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("annotations", "0002_claim_offsets_within_body"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create, remove)]
