from typing import Any

from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.views import APIView


class IsOwnerOrStaff(BasePermission):
    """Object access for the object's `user` and for staff; read functions scope lists."""

    def has_object_permission(self, request: Request, view: APIView, obj: Any) -> bool:
        return bool(request.user.is_staff or obj.user_id == request.user.pk)
