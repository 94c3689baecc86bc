"""Consent becomes append-only history.

Each person's one consent row becomes the first row of their history: given by the person
when they recorded it themself, attested by staff otherwise; a withdrawn row is the
withdrawal. Rows recorded before the notice text and the provider were kept name neither,
so they do not cover sending photos to a provider until the person consents again under a
notice that names it. Going back keeps each person's latest row only.
"""

import django.db.models.deletion
import uuid
from django.conf import settings
from django.db import migrations, models


def first_history_rows(apps, schema_editor):
    PersonConsent = apps.get_model("privacy", "PersonConsent")
    PersonConsent.objects.filter(recorded_by_id=models.F("user_id")).update(given_by="person")
    PersonConsent.objects.exclude(withdrawn_at=None).update(change="withdraw")


def keep_latest_rows(apps, schema_editor):
    PersonConsent = apps.get_model("privacy", "PersonConsent")
    latest = (
        PersonConsent.objects.values("user_id").annotate(latest=models.Max("id")).values("latest")
    )
    PersonConsent.objects.exclude(id__in=latest).delete()


class Migration(migrations.Migration):

    dependencies = [
        ('privacy', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelOptions(
            name='personconsent',
            options={'ordering': ['-id']},
        ),
        migrations.RemoveField(
            model_name='personconsent',
            name='updated_at',
        ),
        migrations.AddField(
            model_name='personconsent',
            name='change',
            field=models.CharField(choices=[('record', 'Recorded'), ('withdraw', 'Withdrawn')], default='record', max_length=16),
        ),
        migrations.AddField(
            model_name='personconsent',
            name='client_ip',
            field=models.GenericIPAddressField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name='personconsent',
            name='full_name',
            field=models.CharField(blank=True, help_text='The name the person typed as their signature.', max_length=200),
        ),
        migrations.AddField(
            model_name='personconsent',
            name='given_by',
            field=models.CharField(choices=[('person', 'Given by the person'), ('staff', 'Attested by staff')], default='staff', max_length=16),
        ),
        migrations.AddField(
            model_name='personconsent',
            name='note',
            field=models.CharField(blank=True, help_text='For consent attested by staff: where the signed form is.', max_length=500),
        ),
        migrations.AddField(
            model_name='personconsent',
            name='notice_sha256',
            field=models.CharField(blank=True, help_text='SHA-256 of the exact notice text shown (empty: recorded before it was kept).', max_length=64),
        ),
        migrations.AddField(
            model_name='personconsent',
            name='provider',
            field=models.CharField(blank=True, help_text='The image provider the notice named (IMAGE_PROVIDER when it was recorded; empty: recorded before it was kept, which names none).', max_length=32),
        ),
        migrations.AddField(
            model_name='personconsent',
            name='user_agent',
            field=models.CharField(blank=True, max_length=512),
        ),
        migrations.RunPython(first_history_rows, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='personconsent',
            name='given_by',
            field=models.CharField(choices=[('person', 'Given by the person'), ('staff', 'Attested by staff')], max_length=16),
        ),
        migrations.AlterField(
            model_name='personconsent',
            name='recorded_by',
            field=models.ForeignKey(help_text='Who recorded this step (an admin, or the person themself).', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AlterField(
            model_name='personconsent',
            name='send_to_provider',
            field=models.BooleanField(default=False, help_text='Photos may be sent to the image provider the notice named.'),
        ),
        migrations.AlterField(
            model_name='personconsent',
            name='user',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='consents', to=settings.AUTH_USER_MODEL),
        ),
        # Backwards, before the person's rows become one again.
        migrations.RunPython(migrations.RunPython.noop, keep_latest_rows),
    ]
