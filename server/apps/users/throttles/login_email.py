from rest_framework.request import Request


def login_email(request: Request) -> str:
    """The e-mail a sign-in attempt names, compared as sign-in compares it (any case).

    From the API's JSON body (`email`) or the Django admin's login form (`username`).
    """
    data = request.data
    value = (data.get("email") or data.get("username")) if hasattr(data, "get") else None
    return value.strip().lower() if isinstance(value, str) else ""
