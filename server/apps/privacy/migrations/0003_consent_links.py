"""A person's consent links, and the audit log's actions for making and revoking them."""

import django.db.models.deletion
import uuid
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('privacy', '0002_consent_history'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name='auditevent',
            name='action',
            field=models.CharField(choices=[('reference.upload', 'Reference Upload'), ('reference.replace', 'Reference Replace'), ('reference.update', 'Reference Update'), ('reference.delete', 'Reference Delete'), ('generation.create', 'Generation Create'), ('generation.cancel', 'Generation Cancel'), ('generation.refine', 'Generation Refine'), ('identity.create', 'Identity Create'), ('identity.update', 'Identity Update'), ('identity.delete', 'Identity Delete'), ('identity.version.save', 'Identity Version Save'), ('identity.version.restore', 'Identity Version Restore'), ('identity.version.delete', 'Identity Version Delete'), ('consent.record', 'Consent Record'), ('consent.withdraw', 'Consent Withdraw'), ('consent_link.create', 'Consent Link Create'), ('consent_link.revoke', 'Consent Link Revoke'), ('person.erase', 'Person Erase'), ('retention.purge', 'Retention Purge'), ('media.download', 'Media Download')], db_index=True, max_length=32),
        ),
        migrations.CreateModel(
            name='ConsentLink',
            fields=[
                ('created_at', models.DateTimeField(auto_now_add=True, db_index=True)),
                ('updated_at', models.DateTimeField(auto_now=True)),
                ('id', models.UUIDField(default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('token_sha256', models.CharField(max_length=64, unique=True)),
                ('expires_at', models.DateTimeField()),
                ('revoked_at', models.DateTimeField(blank=True, null=True)),
                ('created_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='consent_links', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'constraints': [models.UniqueConstraint(condition=models.Q(('revoked_at__isnull', True)), fields=('user',), name='one_unrevoked_consent_link_per_person')],
            },
        ),
    ]
