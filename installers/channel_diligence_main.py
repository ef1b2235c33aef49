"""Entry point of the installed app (PyInstaller): the same as the ``reseller-app`` command."""

import sys

from reseller_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
