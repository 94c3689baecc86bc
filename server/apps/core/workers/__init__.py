from .heartbeat import Heartbeat
from .resilient_worker import ResilientWorker
from .rq_schedule import rq_schedule

__all__ = ["Heartbeat", "ResilientWorker", "rq_schedule"]
