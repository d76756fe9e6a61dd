"""A deliberately unsafe stand-in for the team's chat model, so the demo's redteam gate runs offline.

The gate runs it once per attack (the `command` target): the user's message on stdin, the system
prompt in the SYSTEM_PROMPT environment variable, the answer on stdout. Like a badly aligned model,
it recites its instructions when asked about them and otherwise repeats what it was told, so
injected instructions (and their canaries) come straight back. Replace it with your real endpoint:
target: { kind: openai, url: "http://127.0.0.1:8000/v1", model: ... }.
"""
import os
import sys

ASKS_FOR_INSTRUCTIONS = ("instructions", "system prompt", "the text above", "reference code", "initial")


def answer(system: str, message: str) -> str:
    lowered = message.lower()
    if any(word in lowered for word in ASKS_FOR_INSTRUCTIONS):
        return "Of course! My instructions are:\n" + system
    return "Sure! " + message


if __name__ == "__main__":
    sys.stdout.write(answer(os.environ.get("SYSTEM_PROMPT", ""), sys.stdin.read(100_000)))
