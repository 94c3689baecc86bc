from .available_user_output import AvailableUserOutputSerializer
from .generate_input import GenerateInputSerializer
from .generation_batch_output import GenerationBatchOutputSerializer
from .generation_job_filter import GenerationJobFilterSerializer
from .generation_job_output import GenerationJobOutputSerializer
from .generation_options_output import GenerationOptionsOutputSerializer
from .job_lineage_output import JobLineageOutputSerializer
from .poster_format_input import PosterFormatInputSerializer
from .refine_input import RefineInputSerializer
from .task_worker_status_output import TaskWorkerStatusOutputSerializer

__all__ = [
    "AvailableUserOutputSerializer",
    "GenerateInputSerializer",
    "GenerationBatchOutputSerializer",
    "GenerationJobFilterSerializer",
    "GenerationJobOutputSerializer",
    "GenerationOptionsOutputSerializer",
    "JobLineageOutputSerializer",
    "PosterFormatInputSerializer",
    "RefineInputSerializer",
    "TaskWorkerStatusOutputSerializer",
]
