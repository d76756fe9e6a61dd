"""Model and data loaders (demo: deliberately unsafe).

Every line marked `# planted: <rule>` is an unsafe load the code gate must report with that rule;
lines marked `# safe` are the fixed forms and must not be reported.
"""
import numpy as np
import torch as T
import yaml
from joblib import load as load_joblib
from keras.models import load_model
from transformers import AutoModelForCausalLM, AutoTokenizer
from huggingface_hub import hf_hub_download
import keras

PINNED = "3f1c2a9d8b7e6f5a4c3b2a1908f7e6d5c4b3a291"  # a 40-hex commit id


def load_checkpoint(path):
    return T.load(path, map_location="cpu")  # planted: torch-load-unsafe


def load_weights(path):
    return T.load(path, map_location="cpu", weights_only=True)  # safe


def load_classifier(path):
    return load_joblib(path)  # planted: joblib-load


def load_embeddings(path):
    return np.load(path, allow_pickle=True)  # planted: numpy-allow-pickle


def load_matrix(path):
    return np.load(path)  # safe


def read_config(path):
    with open(path) as f:
        unsafe = yaml.load(f, Loader=yaml.Loader)  # planted: yaml-unsafe-load
    with open(path) as f:
        return unsafe, yaml.load(f, Loader=yaml.SafeLoader)  # safe


def load_keras(path):
    keras.config.enable_unsafe_deserialization()  # planted: keras-unsafe-deserialization
    return load_model(path, safe_mode=False)  # planted: keras-unsafe-deserialization


def load_keras_safely(path):
    return load_model(path)  # safe


def load_llm(name):
    model = AutoModelForCausalLM.from_pretrained(name, revision=PINNED, trust_remote_code=True)  # planted: hf-trust-remote-code
    tok = AutoTokenizer.from_pretrained("demo-org/demo-llm", revision="main")  # planted: hf-unpinned-revision
    return model, tok


def load_llm_pinned():
    return AutoTokenizer.from_pretrained("demo-org/demo-llm", revision="3f1c2a9d8b7e6f5a4c3b2a1908f7e6d5c4b3a291")  # safe


def fetch_adapter():
    return hf_hub_download("demo-org/demo-adapter", "adapter.safetensors")  # planted: hf-unpinned-revision
