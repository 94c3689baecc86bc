from .test_scenario import TestScenario

__all__ = ["TestScenario"]
