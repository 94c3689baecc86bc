from .add_error_code_enum import add_error_code_enum
from .api_auto_schema import ApiAutoSchema
from .api_error_codes import api_error_codes

__all__ = ["ApiAutoSchema", "add_error_code_enum", "api_error_codes"]
