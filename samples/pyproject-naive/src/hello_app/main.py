import os

from gunicorn.app.base import BaseApplication

from hello_app import app


class Server(BaseApplication):
    """gunicorn serving the Flask app, configured in code."""

    def __init__(self, application, options):
        self.application = application
        self.options = options
        super().__init__()

    def load_config(self):
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        return self.application


def main():
    port = os.environ.get("PORT", "8080")
    Server(app, {"bind": f"0.0.0.0:{port}", "workers": 2, "accesslog": "-"}).run()


if __name__ == "__main__":
    main()
