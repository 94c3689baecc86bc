API_PREFIX = "/api/"


def is_api_path(*, path: str) -> bool:
    """Whether a request path is the API's, whose errors are JSON in the one shape."""
    return path.startswith(API_PREFIX)
