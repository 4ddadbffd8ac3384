from assess.cli.main import main

raise SystemExit(main())
