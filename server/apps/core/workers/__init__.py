from .heartbeat import Heartbeat
from .resilient_worker import ResilientWorker

__all__ = ["Heartbeat", "ResilientWorker"]
