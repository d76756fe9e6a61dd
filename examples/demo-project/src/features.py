"""Feature pipeline config (demo: deliberately unsafe)."""
import yaml


def load_config(text):
    return yaml.load(text)


def scale(expr, x):
    assert x is not None
    return eval(expr)
