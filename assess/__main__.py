from assess.cli import main

raise SystemExit(main())
