"""gunicorn's settings that the project decides (bin/run and production pass `-c`)."""

from settings.common import FORWARDED_ALLOW_IPS

# gunicorn's default believes X-Forwarded-Proto from 127.0.0.1, so anything on this machine
# could make a plain request count as HTTPS; only a proxy of ours may.
forwarded_allow_ips = FORWARDED_ALLOW_IPS
