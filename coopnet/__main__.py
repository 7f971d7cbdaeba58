from coopnet.cli import main

raise SystemExit(main())
