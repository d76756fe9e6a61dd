"""Model server (demo: deliberately unsafe)."""
from flask import Flask

app = Flask(__name__)
ADMIN_PASSWORD = "changeme"


@app.route("/health")
def health():
    return "ok"


if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True)
