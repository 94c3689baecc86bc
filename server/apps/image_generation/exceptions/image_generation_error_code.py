from enum import StrEnum


class ImageGenerationErrorCode(StrEnum):
    """The `code` of the errors the image generation API answers with. (Why a job itself
    failed is its `error_code`, one of GenerationJob.ErrorCode.)"""

    NOT_A_GENERATION_SUBJECT = "not_a_generation_subject"
    IDENTITY_OF_ANOTHER_USER = "identity_of_another_user"
    NO_REFERENCE_IMAGES = "no_reference_images"
    NO_REFERENCE_FACES = "no_reference_faces"
    JOB_FINISHED = "job_finished"
    JOB_NOT_SUCCEEDED = "job_not_succeeded"
    PARENT_NOT_SUCCEEDED = "parent_not_succeeded"
    NO_POSTER = "no_poster"
