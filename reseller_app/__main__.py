"""``python -m reseller_app``: the same as the ``reseller-app`` command."""

import sys

from reseller_app.cli import main

sys.exit(main())
