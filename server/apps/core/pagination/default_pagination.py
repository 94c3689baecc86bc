from rest_framework.pagination import PageNumberPagination


class DefaultPagination(PageNumberPagination):
    """Every paginated list: `?page=`, REST_FRAMEWORK["PAGE_SIZE"] rows a page unless
    `?page_size=` asks for another number, up to `max_page_size`."""

    page_size_query_param = "page_size"
    max_page_size = 100
