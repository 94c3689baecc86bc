from typing import Any

from rest_framework import serializers


class TaskWorkerStatusOutputSerializer(serializers.Serializer[Any]):
    state = serializers.ChoiceField(
        choices=["inline", "running", "not_seen"],
        help_text=(
            "running: a worker was seen within WORKER_LOST_AFTER_S; not_seen: none was, so "
            "queued posters wait; inline: tasks run inside the request."
        ),
    )
    last_seen_at = serializers.DateTimeField(allow_null=True)
