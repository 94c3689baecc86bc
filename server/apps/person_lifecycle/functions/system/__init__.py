from .purge_expired import PurgeReport, purge_expired

__all__ = ["PurgeReport", "purge_expired"]
