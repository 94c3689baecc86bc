from .depth_limited_json_parser import MAX_JSON_DEPTH, DepthLimitedJSONParser

__all__ = ["MAX_JSON_DEPTH", "DepthLimitedJSONParser"]
