"""Training entrypoint (demo: deliberately unsafe)."""
import pickle
import subprocess
import urllib.request


def fetch_checkpoint(url):
    # Problem: unpickling a file fetched over the network runs whatever code it carries.
    with urllib.request.urlopen(url) as resp:
        return pickle.loads(resp.read())


def resume(path):
    with open(path, "rb") as f:
        return pickle.load(f)


def launch(job_name):
    # Problem: shell=True with a user-controlled string.
    subprocess.call("python -m trainer --job " + job_name, shell=True)


SCRATCH = "/tmp/demo-train"
