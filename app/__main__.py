"""``python -m app`` is the same as the ``netra`` command."""

from app.cli.main import main

raise SystemExit(main())
