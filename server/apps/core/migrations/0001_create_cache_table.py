from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    # The cache lives in the database (settings.CACHES): `migrate` makes its table, so no
    # deployment needs a separate `createcachetable` step.
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies: list[tuple[str, str]] = []

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
