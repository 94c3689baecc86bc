from rest_framework.permissions import IsAdminUser
from rest_framework.request import Request
from rest_framework.views import APIView


class ActsForOtherUsersMixin(APIView):
    """For viewsets whose create takes a `user_id`: only staff may act for someone else."""

    def permission_denied_unless_staff(self, request: Request) -> None:
        if not IsAdminUser().has_permission(request, self):
            self.permission_denied(request, message="Only admins can act for another user.")
