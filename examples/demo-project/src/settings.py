"""Service settings (demo: deliberately unsafe).

The keys below are FAKE: made of FAKE/demo filler in the real shapes, so that the secrets gate has
something to find. Never put a real key in code: read it from the environment, as the last line does.
"""
import os

OPENAI_API_KEY = "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"  # planted fake key: openai
REPLICATE_API_TOKEN = "r8_eeEtAN7madRKoFoleeEtAN7madRKoFoleeEtA"  # planted fake key: replicate-api-token
GEMINI_KEY = "AIzaadN3mtAKeEyleoFoRKeadN3mtAKeEyleoFo"  # planted fake key: google-api-key
COHERE_API_KEY = os.environ.get("COHERE_API_KEY", "")  # safe: read from the environment
