from .get_test_user import get_test_user
from .list_test_scenarios_with_users import list_test_scenarios_with_users
from .seed_demo_data import DemoAdmin, seed_demo_data

__all__ = ["DemoAdmin", "get_test_user", "list_test_scenarios_with_users", "seed_demo_data"]
