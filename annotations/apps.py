"""App configuration for the fact-check desk."""

from django.apps import AppConfig


class AnnotationsConfig(AppConfig):
    name = "annotations"
    verbose_name = "Fact-check desk"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import checks, security_log  # noqa: F401  (registers checks, receivers)
