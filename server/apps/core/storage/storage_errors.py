from boto3.exceptions import Boto3Error
from botocore.exceptions import BotoCoreError, ClientError

# What a failed storage call raises: OSError on the file system; on S3, botocore's errors,
# which are not OSErrors (an error answer is a ClientError, an unreachable endpoint a
# BotoCoreError) and boto3's own transfer errors.
STORAGE_ERRORS: tuple[type[Exception], ...] = (OSError, ClientError, BotoCoreError, Boto3Error)
