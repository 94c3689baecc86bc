from typing import Any

from django.contrib.auth import authenticate, login, logout
from django.middleware.csrf import get_token
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import csrf_protect
from drf_spectacular.utils import extend_schema
from rest_framework import decorators, status
from rest_framework.authentication import SessionAuthentication
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.viewsets import GenericViewSet

from apps.users.serializers import (
    CsrfOutputSerializer,
    LoginInputSerializer,
    SessionOutputSerializer,
    UserOutputSerializer,
)
from apps.users.throttles import LOGIN_THROTTLES


class AuthViewSet(GenericViewSet[Any]):
    """Session sign-in for the same-origin web client: CSRF cookie, login, logout."""

    permission_classes = [AllowAny]
    authentication_classes: list[type] = []

    @extend_schema(responses=CsrfOutputSerializer)
    @decorators.action(detail=False, methods=["GET"])
    def csrf(self, request: Request) -> Response:
        # get_token also makes the CSRF middleware set the cookie on this response.
        return Response({"csrf_token": get_token(request)})

    @extend_schema(responses=SessionOutputSerializer)
    @decorators.action(
        detail=False, methods=["GET"], authentication_classes=[SessionAuthentication]
    )
    def session(self, request: Request) -> Response:
        """Who is signed in (user null when nobody is): a 200 either way, for the page's start."""
        user = request.user if request.user.is_authenticated else None
        return Response(SessionOutputSerializer({"user": user}).data)

    @extend_schema(request=LoginInputSerializer, responses=UserOutputSerializer)
    @method_decorator(csrf_protect)
    @decorators.action(detail=False, methods=["POST"], throttle_classes=LOGIN_THROTTLES)
    def login(self, request: Request) -> Response:
        serializer = LoginInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = authenticate(
            request,
            email=serializer.validated_data["email"],
            password=serializer.validated_data["password"],
        )
        if user is None:  # the throttle's count of this attempt is already committed
            raise AuthenticationFailed("The e-mail address or password is not correct.")
        login(request, user)
        return Response(UserOutputSerializer(user).data)

    @extend_schema(request=None, responses={204: None})
    @method_decorator(csrf_protect)
    @decorators.action(detail=False, methods=["POST"])
    def logout(self, request: Request) -> Response:
        logout(request)
        return Response(status=status.HTTP_204_NO_CONTENT)
