from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins
from rest_framework.permissions import IsAdminUser, IsAuthenticated
from rest_framework.viewsets import GenericViewSet

from apps.privacy.functions.admin import list_audit_events
from apps.privacy.models import AuditEvent
from apps.privacy.serializers import AuditEventFilterSerializer, AuditEventOutputSerializer


@extend_schema_view(list=extend_schema(parameters=[AuditEventFilterSerializer]))
class AuditEventViewSet(mixins.ListModelMixin, GenericViewSet[AuditEvent]):
    """Admins only: the audit log, newest first. Read-only: events are never changed."""

    permission_classes = [IsAuthenticated, IsAdminUser]
    serializer_class = AuditEventOutputSerializer

    def get_queryset(self) -> QuerySet[AuditEvent]:
        if getattr(self, "swagger_fake_view", False):  # schema generation
            return AuditEvent.objects.none()
        filters = AuditEventFilterSerializer(data=self.request.query_params)
        filters.is_valid(raise_exception=True)
        return list_audit_events(**filters.validated_data)
