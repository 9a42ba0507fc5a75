"""``python -m newsclean``: the same command as the ``newsclean`` script."""

import sys

from .cli import main

sys.exit(main())
