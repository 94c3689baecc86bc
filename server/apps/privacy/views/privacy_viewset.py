from drf_spectacular.utils import extend_schema
from rest_framework import decorators
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.viewsets import ViewSet

from apps.privacy.serializers import PrivacyNoticeOutputSerializer
from apps.privacy.utils import privacy_notice


class PrivacyViewSet(ViewSet):
    """The privacy notice a person is shown before consenting."""

    permission_classes = [IsAuthenticated]

    @extend_schema(responses=PrivacyNoticeOutputSerializer)
    @decorators.action(detail=False, methods=["GET"], url_path="notice")
    def notice(self, request: Request) -> Response:
        return Response(PrivacyNoticeOutputSerializer(privacy_notice()).data)
