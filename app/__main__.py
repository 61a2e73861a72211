"""``python -m app`` is the same as the ``netra`` command."""

import multiprocessing

from app.cli.main import main

if __name__ == "__main__":  # badge printing starts worker processes that import this module
    multiprocessing.freeze_support()  # the frozen Windows build starts them through this file
    raise SystemExit(main())
