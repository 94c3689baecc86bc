from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.viewsets import ViewSet

from apps.person_lifecycle.functions.public import give_consent_by_link, withdraw_consent_by_link
from apps.person_lifecycle.serializers import PersonConsentWithdrawInputSerializer
from apps.privacy.audit import request_client
from apps.privacy.functions.public import get_consent_link_page, get_live_consent_link
from apps.privacy.serializers import (
    ConsentLinkConsentOutputSerializer,
    ConsentLinkGiveInputSerializer,
    ConsentLinkPageOutputSerializer,
)
from apps.privacy.throttles import ConsentLinkThrottle

TOKEN = OpenApiParameter(
    "token",
    str,
    OpenApiParameter.PATH,
    description="The token of the consent link's URL. Unknown, revoked and expired tokens "
    "get one answer: 404 consent_link_invalid.",
)


class ConsentLinkViewSet(ViewSet):
    """A consent link, opened by its person with no account: the notice, their consent
    given themself, and its withdrawal.

    The token in the path is the whole authority. No session is read (no authentication
    classes), so a signed-in admin's cookie changes nothing here, and CSRF, which guards
    what a session cookie authorises, has nothing to guard: a forged request would need the
    token itself. Every request counts against the client address's throttle.
    """

    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = [ConsentLinkThrottle]

    @extend_schema(
        operation_id="consent_link_retrieve",
        description="What the link shows its person: whose link it is and until when, the "
        "notice in full (with the SHA-256 of its exact text), the scopes with their sentences "
        "as unticked choices, and the consent in force now, if any. No account needed.",
        parameters=[TOKEN],
        responses=ConsentLinkPageOutputSerializer,
    )
    def retrieve(self, request: Request, token: str) -> Response:
        return Response(ConsentLinkPageOutputSerializer(get_consent_link_page(token=token)).data)

    @extend_schema(
        operation_id="consent_link_give",
        description="The person gives their consent themself: the scopes they ticked (at "
        "least one), the notice's version and text_sha256 as shown (400 notice_outdated when "
        "the notice changed meanwhile) and their full name as their signature. Recorded as "
        "given by the person, with the provider the notice named, the time, the client "
        "address and user agent; the link keeps working until it expires.",
        parameters=[TOKEN],
        request=ConsentLinkGiveInputSerializer,
        responses={201: ConsentLinkConsentOutputSerializer},
    )
    def give(self, request: Request, token: str) -> Response:
        body = request.data  # read first: a malformed body is a 400 whatever the link
        get_live_consent_link(token=token)  # then one answer for every link that does not open
        serializer = ConsentLinkGiveInputSerializer(data=body)
        serializer.is_valid(raise_exception=True)
        consent = give_consent_by_link(
            token=token, client=request_client(request), **serializer.validated_data
        )
        return Response(
            ConsentLinkConsentOutputSerializer(consent).data, status=status.HTTP_201_CREATED
        )

    @extend_schema(
        operation_id="consent_link_withdraw",
        description="The person withdraws some scopes (every one when none is named) "
        "themself, with the same effects as a withdrawal by an admin: without face matching "
        "their face embeddings are deleted at once, and with nothing left their reference "
        "photos. 409 no_consent when no consent is in force.",
        parameters=[TOKEN],
        request=PersonConsentWithdrawInputSerializer,
        responses=ConsentLinkConsentOutputSerializer,
    )
    def withdraw(self, request: Request, token: str) -> Response:
        body = request.data  # read first: a malformed body is a 400 whatever the link
        get_live_consent_link(token=token)  # then one answer for every link that does not open
        serializer = PersonConsentWithdrawInputSerializer(data=body)
        serializer.is_valid(raise_exception=True)
        consent = withdraw_consent_by_link(
            token=token, scopes=serializer.validated_data["scopes"], client=request_client(request)
        )
        return Response(ConsentLinkConsentOutputSerializer(consent).data)
