from uuid import UUID

from django.http import StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import decorators, status
from rest_framework.permissions import IsAdminUser, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.viewsets import GenericViewSet

from apps.core.export import stream_export_zip
from apps.person_lifecycle.functions.admin import (
    erase_person,
    export_person,
    get_person_to_erase,
    give_person_consent,
    withdraw_person_consent,
)
from apps.person_lifecycle.serializers import (
    ErasureReportOutputSerializer,
    PersonConsentWithdrawInputSerializer,
    PersonEraseInputSerializer,
)
from apps.privacy.audit import request_client
from apps.privacy.functions.admin import (
    ConsentLinkStatus,
    create_consent_link,
    get_consent_link_status,
    get_person_consent,
    revoke_consent_link,
)
from apps.privacy.serializers import (
    ConsentLinkCreatedOutputSerializer,
    ConsentLinkStatusOutputSerializer,
    PersonConsentOutputSerializer,
    PersonConsentRecordInputSerializer,
)
from apps.users.functions.public import get_person_acted_for
from apps.users.models import User
from apps.users.permissions import ActsForOtherUsersMixin

STAFF_ONLY = [IsAuthenticated, IsAdminUser]


class PersonPrivacyViewSet(ActsForOtherUsersMixin, GenericViewSet[User]):
    """A person's consent, consent links, data export and erasure: staff act for others,
    anyone for themself (only a superuser erases an admin or deletes an account; consent
    links are staff's). Who may act is checked once the body is parsed, before it is
    validated."""

    permission_classes = [IsAuthenticated]

    def _person_id(self, pk: str | None) -> UUID:
        person_id = UUID(str(pk))
        get_person_acted_for(actor=self.actor, user_id=person_id)  # 403 unless staff or the person
        return person_id

    @extend_schema(
        description="The person's consent in force (their latest step: how it was given, by "
        "whom, when, under which notice and provider, what it covers) and its whole history, "
        "newest first. Staff, or the person for themself.",
        responses=PersonConsentOutputSerializer,
    )
    @decorators.action(detail=True, methods=["GET"], url_path="consent")
    def consent(self, request: Request, pk: str | None = None) -> Response:
        consent = get_person_consent(user_id=self._person_id(pk))
        return Response(PersonConsentOutputSerializer(consent).data)

    @extend_schema(
        description="Record consent as a new step of the person's history. The person for "
        "themself: given by the person. Staff for someone else: attested by staff, with a "
        "`note` saying where the signed form is (400 note_required without one). Nothing "
        "ticked is a 400 nothing_agreed; a notice that changed since it was shown a 400 "
        "notice_outdated.",
        request=PersonConsentRecordInputSerializer,
        responses={201: PersonConsentOutputSerializer},
    )
    @consent.mapping.post
    def record_consent(self, request: Request, pk: str | None = None) -> Response:
        body = request.data  # parsed first: a malformed body is a 400 whoever sends it
        person_id = self._person_id(pk)
        serializer = PersonConsentRecordInputSerializer(data=body)
        serializer.is_valid(raise_exception=True)
        consent = give_person_consent(
            recorded_by=self.actor,
            user_id=person_id,
            client=request_client(request),
            **serializer.validated_data,
        )
        return Response(PersonConsentOutputSerializer(consent).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        request=PersonConsentWithdrawInputSerializer, responses=PersonConsentOutputSerializer
    )
    @decorators.action(detail=True, methods=["POST"], url_path="consent/withdraw")
    def withdraw_consent(self, request: Request, pk: str | None = None) -> Response:
        body = request.data  # parsed first: a malformed body is a 400 whoever sends it
        person_id = self._person_id(pk)
        serializer = PersonConsentWithdrawInputSerializer(data=body)
        serializer.is_valid(raise_exception=True)
        consent = withdraw_person_consent(
            user_id=person_id,
            scopes=serializer.validated_data["scopes"],
            withdrawn_by=self.actor,
            client=request_client(request),
        )
        return Response(PersonConsentOutputSerializer(consent).data)

    @extend_schema(
        description="Staff: whether the person has a consent link that opens now, and until "
        "when (never its token: only its hash is kept).",
        responses=ConsentLinkStatusOutputSerializer,
    )
    @decorators.action(
        detail=True, methods=["GET"], url_path="consent-links", permission_classes=STAFF_ONLY
    )
    def consent_links(self, request: Request, pk: str | None = None) -> Response:
        link_status = get_consent_link_status(user_id=UUID(str(pk)))
        return Response(ConsentLinkStatusOutputSerializer(link_status).data)

    @extend_schema(
        description="Staff: make a consent link for the person (revoking the one they had) "
        "and answer its absolute URL, which holds the token; it is shown this once. It opens "
        "for CONSENT_LINK_TTL_H hours.",
        request=None,
        responses={201: ConsentLinkCreatedOutputSerializer},
    )
    @consent_links.mapping.post
    def create_consent_link(self, request: Request, pk: str | None = None) -> Response:
        created = create_consent_link(created_by=self.actor, user_id=UUID(str(pk)))
        return Response(
            ConsentLinkCreatedOutputSerializer(created, context={"request": request}).data,
            status=status.HTTP_201_CREATED,
        )

    @extend_schema(
        description="Staff: revoke the person's consent link, which then answers as an "
        "expired one. Nothing to revoke changes nothing.",
        request=None,
        responses=ConsentLinkStatusOutputSerializer,
    )
    @decorators.action(
        detail=True,
        methods=["POST"],
        url_path="consent-links/revoke",
        permission_classes=STAFF_ONLY,
    )
    def revoke_consent_link(self, request: Request, pk: str | None = None) -> Response:
        revoke_consent_link(revoked_by=self.actor, user_id=UUID(str(pk)))
        return Response(ConsentLinkStatusOutputSerializer(ConsentLinkStatus(link=None)).data)

    @extend_schema(request=PersonEraseInputSerializer, responses=ErasureReportOutputSerializer)
    @decorators.action(detail=True, methods=["POST"], url_path="erase")
    def erase(self, request: Request, pk: str | None = None) -> Response:
        body = request.data  # parsed first: a malformed body is a 400 whoever sends it
        person = get_person_to_erase(actor=self.actor, user_id=UUID(str(pk)))
        serializer = PersonEraseInputSerializer(data=body)
        serializer.is_valid(raise_exception=True)
        report = erase_person(
            actor=self.actor,
            user_id=person.pk,
            confirm_email=serializer.validated_data["email"],
            delete_account=serializer.validated_data["delete_account"],
        )
        return Response(ErasureReportOutputSerializer(report).data)

    @extend_schema(
        responses={
            (200, "application/zip"): OpenApiResponse(
                OpenApiTypes.BINARY,
                description="A ZIP, streamed, of everything kept of the person: reference "
                "photos, posters, identity versions, their rows as JSON, the consent history "
                "and the audit events about them, ending with manifest.json (each file's "
                "path, kind, id, size and sha256).",
            )
        }
    )
    @decorators.action(detail=True, methods=["GET"], url_path="export")
    def export(self, request: Request, pk: str | None = None) -> StreamingHttpResponse:
        export = export_person(actor=self.actor, user_id=UUID(str(pk)))
        response = StreamingHttpResponse(
            stream_export_zip(entries=export.entries, about=export.about),
            content_type="application/zip",
        )
        response["Content-Disposition"] = f'attachment; filename="{export.file_name}"'
        response["Cache-Control"] = "no-store"  # every export is its own audited event
        return response
