from reviewdesk.cli import main

raise SystemExit(main())
