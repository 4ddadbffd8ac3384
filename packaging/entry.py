"""The bundle's entry point: exactly the ``assess`` command of an installed Assess."""

from assess.cli.main import main

raise SystemExit(main())
